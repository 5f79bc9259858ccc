//! `format(value, spec)`: the format-spec mini-language for int, float and str, and
//! printf-style `str % args`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::exceptions::{self, raise, raise_type_error};
use crate::object::{Kind, Value};
use crate::{float, int, repr, str, tuple};

/// A parsed format spec: `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
#[derive(Default, Debug)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    z: bool,
    alternate: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

/// Parses a format spec for a value of type `type_name` (named in CPython's messages).
fn parse_spec(spec: &str, type_name: &str) -> Result<Spec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.z = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        s.width = chars[start..i]
            .iter()
            .collect::<String>()
            .parse()
            .map_err(|_| "Too many decimal digits in format string".to_string())?;
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            return Err("Cannot specify both ',' and '_'.".into());
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err("Format specifier missing precision".into());
        }
        s.precision = Some(
            chars[start..i]
                .iter()
                .collect::<String>()
                .parse()
                .map_err(|_| "Too many decimal digits in format string".to_string())?,
        );
    }
    if chars.len() - i > 1 {
        return Err(format!("Invalid format specifier '{spec}' for object of type '{type_name}'"));
    }
    s.ty = chars.get(i).copied();
    if let Some(sep) = s.grouping {
        // A str's spec without a type means 's' here, as CPython's default type for str.
        let ty = if type_name == "str" { s.ty.or(Some('s')) } else { s.ty };
        match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(t) if (' '..='~').contains(&t) && t != ' ' => {
                return Err(format!("Cannot specify '{sep}' with '{t}'."));
            }
            Some(t) => return Err(format!("Cannot specify '{sep}' with '\\x{:x}'.", t as u32)),
        }
    }
    Ok(s)
}

/// Inserts `sep` every `every` digits from the right of `digits` (ASCII digits only).
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// `digits` grouped, with leading zeros (grouped too) up to `min_width` characters where the
/// spec pads with zeros after the sign (`0` flag, or fill `0` with `=`), as CPython pads
/// `format(7, "06,")` to `00,007`; a separator never comes first.
fn group_padded(spec: &Spec, digits: &str, sep: char, every: usize, min_width: usize) -> String {
    let zero_fill = if spec.align.is_none() {
        spec.zero && spec.fill.unwrap_or('0') == '0'
    } else {
        spec.align == Some('=') && spec.fill == Some('0')
    };
    let mut grouped = group(digits, sep, every);
    if zero_fill && grouped.len() < min_width {
        let mut padded = digits.to_string();
        while grouped.len() < min_width {
            padded.insert(0, '0');
            grouped = group(&padded, sep, every);
        }
    }
    grouped
}

/// A presentation type in CPython's "Unknown format code" message: itself if printable,
/// else `\x..`.
fn code(c: char) -> String {
    if ('!'..='~').contains(&c) { c.to_string() } else { format!("\\x{:x}", c as u32) }
}

/// Pads `body` (with `sign_prefix` kept in front for `=` alignment) to the spec's width.
fn pad(spec: &Spec, sign_prefix: &str, body: &str, default_align: char) -> String {
    // The `0` flag pads numbers after the sign; strings it pads on the right.
    let (fill, align) = if spec.zero && spec.align.is_none() {
        (spec.fill.unwrap_or('0'), if default_align == '<' { '<' } else { '=' })
    } else {
        (spec.fill.unwrap_or(' '), spec.align.unwrap_or(default_align))
    };
    let len = sign_prefix.chars().count() + body.chars().count();
    if len >= spec.width {
        return format!("{sign_prefix}{body}");
    }
    let n = spec.width - len;
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign_prefix}{body}{}", f(n)),
        '>' => format!("{}{sign_prefix}{body}", f(n)),
        '^' => format!("{}{sign_prefix}{body}{}", f(n / 2), f(n - n / 2)),
        _ => format!("{sign_prefix}{}{body}", f(n)),
    }
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

fn format_int(v: &BigInt, spec: &Spec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if spec.z {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".into());
        }
        if spec.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".into());
        }
        let Some(c) = v.to_u32().and_then(char::from_u32) else {
            // An empty message: the exception is already pending.
            raise(&exceptions::OVERFLOW_ERROR, "%c arg not in range(0x110000)");
            return Err(String::new());
        };
        return Ok(pad(spec, "", &c.to_string(), '<'));
    }
    let (radix, prefix) = match ty {
        'd' | 'n' => (10, ""),
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => return Err(format!("Unknown format code '{}' for object of type 'int'", code(ty))),
    };
    if radix == 10 && v.bits() > 14_000 {
        // Over about 4200 digits: let `str()` apply `sys.get_int_max_str_digits()`.
        if crate::int::to_decimal(crate::int::from_big(v.clone())).is_err() {
            return Err(String::new());
        }
    }
    let mag = v.abs().to_str_radix(radix);
    let mag = if ty == 'X' { mag.to_uppercase() } else { mag };
    let prefix = if spec.alternate { prefix } else { "" };
    let sign = sign_str(v.is_negative(), spec.sign);
    let digits = match spec.grouping {
        Some(',') if radix != 10 => return Err(format!("Cannot specify ',' with '{ty}'.")),
        Some(sep) => {
            let min_width = spec.width.saturating_sub(sign.len() + prefix.len());
            group_padded(spec, &mag, sep, if radix == 10 { 3 } else { 4 }, min_width)
        }
        None => mag,
    };
    Ok(pad(spec, &format!("{sign}{prefix}"), &digits, '>'))
}

/// Scientific notation with CPython's exponent layout (`e+05`).
fn sci(x: f64, prec: usize, upper: bool, alternate: bool) -> String {
    let s = format!("{:.*e}", prec, x.abs());
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let m = if alternate && prec == 0 { format!("{m}.") } else { m.to_string() };
    let out = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    if upper { out.to_uppercase() } else { out }
}

/// `g` formatting of a non-negative finite float.
fn general(x: f64, prec: usize, alternate: bool, upper: bool, repr_like: bool) -> String {
    let p = prec.max(1);
    if x == 0.0 {
        return if alternate {
            format!("0.{}", "0".repeat(p - 1))
        } else if repr_like {
            "0.0".into()
        } else {
            "0".into()
        };
    }
    let s = format!("{:.*e}", p - 1, x);
    let exp: i32 = s.split_once('e').map_or(0, |(_, e)| e.parse().unwrap_or(0));
    let strip = |t: String| -> String {
        if alternate && !t.contains('.') {
            format!("{t}.")
        } else if alternate || !t.contains('.') {
            t
        } else {
            let t = t.trim_end_matches('0');
            let t = t.strip_suffix('.').unwrap_or(t);
            t.to_string()
        }
    };
    if exp >= -4 && exp < p as i32 {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let mut t = strip(format!("{x:.decimals$}"));
        if repr_like && !t.contains('.') {
            t.push_str(".0");
        }
        t
    } else {
        let t = sci(x, p - 1, upper, alternate);
        let (m, e) = t.split_once(if upper { 'E' } else { 'e' }).unwrap_or((&t, ""));
        format!("{}{}{e}", strip(m.to_string()), if upper { 'E' } else { 'e' })
    }
}

fn format_float(x: f64, spec: &Spec) -> Result<String, String> {
    let ty = spec.ty;
    if let Some(c) = ty
        && !matches!(c, 'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'n' | '%')
    {
        return Err(format!("Unknown format code '{}' for object of type 'float'", code(c)));
    }
    let negative = x.is_sign_negative() && !x.is_nan();
    let mut ax = x.abs();
    let upper = matches!(ty, Some('F' | 'E' | 'G'));
    let body = if ax.is_finite() {
        match ty {
            None if spec.precision.is_none() => float::repr(ax),
            None => general(ax, spec.precision.unwrap_or(6), spec.alternate, false, true),
            Some('f' | 'F') => {
                let p = spec.precision.unwrap_or(6);
                let t = format!("{ax:.p$}");
                if spec.alternate && p == 0 { format!("{t}.") } else { t }
            }
            Some('e' | 'E') => sci(ax, spec.precision.unwrap_or(6), upper, spec.alternate),
            Some('g' | 'G' | 'n') => general(ax, spec.precision.unwrap_or(6), spec.alternate, upper, false),
            // `%`, the only type left (they are checked above).
            Some(_) => {
                ax *= 100.0;
                let p = spec.precision.unwrap_or(6);
                format!("{ax:.p$}%")
            }
        }
    } else {
        let t = if ax.is_nan() { "nan" } else { "inf" };
        let t = if ty == Some('%') { format!("{t}%") } else { t.to_string() };
        if upper { t.to_uppercase() } else { t }
    };
    // `z` turns a negative zero (after rounding) into a positive one.
    let negative = negative && !(spec.z && body.chars().all(|c| matches!(c, '0' | '.' | '%' | 'e' | 'E' | '+' | '-')));
    let body = match spec.grouping {
        Some(sep) => {
            let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                Some(i) => body.split_at(i),
                None => (body.as_str(), ""),
            };
            let min_width = spec.width.saturating_sub(sign_str(negative, spec.sign).len() + rest.chars().count());
            format!("{}{rest}", group_padded(spec, int_part, sep, 3, min_width))
        }
        None => body,
    };
    Ok(pad(spec, sign_str(negative, spec.sign), &body, '>'))
}

fn format_str(s: &str, spec: &Spec) -> Result<String, String> {
    match spec.ty {
        None | Some('s') => {}
        Some(c) => return Err(format!("Unknown format code '{}' for object of type 'str'", code(c))),
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".into()),
        Some(_) => return Err("Sign not allowed in string format specifier".into()),
        None => {}
    }
    if spec.z {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let t: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(spec, "", &t, '<'))
}

/// `format(v, spec)` as a Rust string.
pub fn format_value(v: Value, spec: &str) -> Result<String, ()> {
    if let Some(r) = crate::class::call_special(v, "__format__", &[str::new_str(spec)]) {
        if r.is_null() {
            return Err(());
        }
        if r.kind() != Kind::Str {
            raise_type_error(&format!("__format__ must return a str, not {}", r.type_name()));
            return Err(());
        }
        return Ok(str::as_str(r).to_string());
    }
    if spec.is_empty() {
        return repr::str_string(v);
    }
    let parsed = match parse_spec(spec, v.type_name()) {
        Ok(s) => s,
        Err(msg) => {
            raise(&exceptions::VALUE_ERROR, &msg);
            return Err(());
        }
    };
    let result = match v.kind() {
        _ if v.is_small_int() || matches!(v.kind(), Kind::Int | Kind::Bool) => {
            if matches!(parsed.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
                let f = int::to_f64(v)?;
                format_float(f, &parsed)
            } else {
                format_int(&int::to_big(v), &parsed)
            }
        }
        Kind::Float => {
            if matches!(parsed.ty, Some('d' | 'b' | 'o' | 'x' | 'X' | 'c')) {
                Err(format!("Unknown format code '{}' for object of type 'float'", parsed.ty.unwrap_or('d')))
            } else {
                format_float(float::value(v), &parsed)
            }
        }
        Kind::Str => format_str(str::as_str(v), &parsed),
        _ => {
            raise_type_error(&format!("unsupported format string passed to {}.__format__", v.type_name()));
            return Err(());
        }
    };
    result.map_err(|msg| {
        // An empty message means the exception is already pending (the digit limit).
        if !exceptions::has_pending() {
            raise(&exceptions::VALUE_ERROR, &msg);
        }
    })
}

/// printf-style `fmt % args` for the conversions scripts use: `%s %r %d %i %f %e %g %x %o %c %%`
/// with flags, width and precision.
pub fn percent(fmt: Value, args: Value) -> Value {
    let f: Vec<char> = str::as_str(fmt).chars().collect();
    percent_format(&f, args, false).map_or(Value::NULL, str::from_string)
}

/// `b % args` for `bytes` and `bytearray` (PEP 461): the same conversions, with `%s`/`%b`
/// taking bytes-like objects, `%r`/`%a` giving `ascii()`, and keys of a mapping being bytes.
/// The format and the result are handled as Latin-1 text, one character per byte.
pub fn percent_bytes(fmt: Value, args: Value) -> Value {
    let f: Vec<char> = crate::bytes::data(fmt).iter().map(|&b| char::from(b)).collect();
    match percent_format(&f, args, true) {
        Ok(text) => crate::bytes::like(fmt, text.chars().map(|c| c as u8).collect()),
        Err(()) => Value::NULL,
    }
}

/// Bytes as Latin-1 text: one character per byte.
fn latin1(d: &[u8]) -> String {
    d.iter().map(|&b| char::from(b)).collect()
}

fn percent_format(f: &[char], args: Value, bytes_mode: bool) -> Result<String, ()> {
    let items: Vec<Value> = if args.kind() == Kind::Tuple { tuple::items(args).to_vec() } else { vec![args] };
    let is_mapping = args.kind() == Kind::Dict;
    let mut out = String::new();
    let mut next = 0;
    let mut i = 0;
    let r: Result<(), ()> = (|| {
        while i < f.len() {
            if f[i] != '%' {
                out.push(f[i]);
                i += 1;
                continue;
            }
            i += 1;
            let mut key_arg = None;
            if f.get(i) == Some(&'(') {
                // `%(name)s`: the value is `args[name]`, parentheses nesting inside the name.
                let mut depth = 1;
                let start = i + 1;
                i += 1;
                while i < f.len() && depth > 0 {
                    match f[i] {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                }
                if depth > 0 {
                    raise(&exceptions::VALUE_ERROR, "incomplete format key");
                    return Err(());
                }
                if !is_mapping {
                    raise_type_error("format requires a mapping");
                    return Err(());
                }
                let key: String = f[start..i - 1].iter().collect();
                let key = if bytes_mode {
                    crate::bytes::new_bytes(key.chars().map(|c| c as u8).collect())
                } else {
                    str::from_string(key)
                };
                let v = crate::ops::getitem(args, key);
                if v.is_null() {
                    return Err(());
                }
                key_arg = Some(v);
            }
            let mut flags = String::new();
            while i < f.len() && matches!(f[i], '-' | '+' | ' ' | '#' | '0') {
                flags.push(f[i]);
                i += 1;
            }
            // `*` takes a width or precision from the arguments.
            let star = |next: &mut usize| -> Result<i128, ()> {
                let arg = items.get(*next).copied().filter(|&a| int::is_int(a) && !is_mapping);
                *next += 1;
                arg.and_then(crate::ops::index_value).ok_or_else(|| {
                    raise_type_error("* wants int");
                })
            };
            let mut width = String::new();
            if f.get(i) == Some(&'*') {
                let w = star(&mut next)?;
                if w < 0 {
                    flags.push('-');
                }
                width = w.unsigned_abs().to_string();
                i += 1;
            }
            while i < f.len() && f[i].is_ascii_digit() {
                width.push(f[i]);
                i += 1;
            }
            let mut precision = None;
            if i < f.len() && f[i] == '.' {
                i += 1;
                let mut p = String::new();
                if f.get(i) == Some(&'*') {
                    p = star(&mut next)?.max(0).to_string();
                    i += 1;
                }
                while i < f.len() && f[i].is_ascii_digit() {
                    p.push(f[i]);
                    i += 1;
                }
                precision = Some(p);
            }
            let Some(&conv) = f.get(i) else {
                raise(&exceptions::VALUE_ERROR, "incomplete format");
                return Err(());
            };
            i += 1;
            if conv == '%' {
                out.push('%');
                continue;
            }
            let arg = match key_arg {
                Some(v) => v,
                None => {
                    let Some(&arg) = items.get(next) else {
                        raise_type_error("not enough arguments for format string");
                        return Err(());
                    };
                    next += 1;
                    arg
                }
            };
            let align = if flags.contains('-') { "<" } else { ">" };
            let sign = if flags.contains('+') {
                "+"
            } else if flags.contains(' ') {
                " "
            } else {
                ""
            };
            let zero = if flags.contains('0') && !flags.contains('-') { "0" } else { "" };
            let alt = if flags.contains('#') { "#" } else { "" };
            let prec =
                precision.as_ref().map(|p| format!(".{}", if p.is_empty() { "0" } else { p })).unwrap_or_default();
            let text_spec = format!("{align}{width}{prec}");
            let piece = match conv {
                's' | 'b' if bytes_mode => match crate::bytes::buffer(arg) {
                    Some(d) => format_value(str::from_string(latin1(d)), &text_spec)?,
                    None => {
                        raise_type_error(&format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            arg.type_name()
                        ));
                        return Err(());
                    }
                },
                'r' | 'a' if bytes_mode => {
                    let text = str::as_str(crate::repr::krait_ascii(arg)).to_string();
                    format_value(str::from_string(text), &text_spec)?
                }
                'c' if bytes_mode => {
                    let byte = match crate::bytes::buffer(arg) {
                        Some([b]) => *b,
                        _ if int::is_int(arg) => {
                            match crate::ops::index_value(arg).and_then(|i| u8::try_from(i).ok()) {
                                Some(b) => b,
                                None => {
                                    raise(&exceptions::OVERFLOW_ERROR, "%c arg not in range(256)");
                                    return Err(());
                                }
                            }
                        }
                        _ => {
                            raise_type_error("%c requires an integer in range(256) or a single byte");
                            return Err(());
                        }
                    };
                    format_value(str::from_string(char::from(byte).to_string()), &format!("{align}{width}"))?
                }
                's' => format_value(str::from_string(repr::str_string(arg)?), &text_spec)?,
                'r' => format_value(str::from_string(repr::repr_string(arg)?), &text_spec)?,
                'a' => format_value(crate::repr::krait_ascii(arg), &text_spec)?,
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    let n = if arg.kind() == Kind::Float && matches!(conv, 'd' | 'i' | 'u') {
                        float::to_int(float::value(arg))
                    } else if int::is_int(arg) {
                        arg
                    } else {
                        let what = if matches!(conv, 'd' | 'i' | 'u') { "a real number" } else { "an integer" };
                        raise_type_error(&format!("%{conv} format: {what} is required, not {}", arg.type_name()));
                        return Err(());
                    };
                    if n.is_null() {
                        return Err(());
                    }
                    let t = match conv {
                        'x' | 'X' | 'o' => conv,
                        _ => 'd',
                    };
                    format_value(
                        n,
                        &format!("{}{sign}{alt}{zero}{width}{t}", if zero.is_empty() { align } else { "" }),
                    )?
                }
                'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                    let x = if arg.kind() == Kind::Float {
                        float::value(arg)
                    } else if int::is_int(arg) {
                        int::to_f64(arg)?
                    } else {
                        raise_type_error(&format!("must be real number, not {}", arg.type_name()));
                        return Err(());
                    };
                    let prec = if prec.is_empty() { ".6".to_string() } else { prec.clone() };
                    format_value(
                        float::new(x),
                        &format!("{}{sign}{alt}{zero}{width}{prec}{conv}", if zero.is_empty() { align } else { "" }),
                    )?
                }
                'c' => {
                    let c = if arg.kind() == Kind::Str && str::char_len(arg) == 1 {
                        str::as_str(arg).to_string()
                    } else if int::is_int(arg) {
                        format_value(arg, "c")?
                    } else {
                        raise_type_error("%c requires int or char");
                        return Err(());
                    };
                    format_value(str::from_string(c), &format!("{align}{width}"))?
                }
                c => {
                    raise(
                        &exceptions::VALUE_ERROR,
                        &format!("unsupported format character '{c}' (0x{:x}) at index {}", c as u32, i - 1),
                    );
                    return Err(());
                }
            };
            out.push_str(&piece);
        }
        // A mapping argument need not be used up (CPython checks only tuples and single values).
        if next < items.len() && !is_mapping {
            let what = if bytes_mode { "bytes" } else { "string" };
            raise_type_error(&format!("not all arguments converted during {what} formatting"));
            return Err(());
        }
        Ok(())
    })();
    r.map(|()| out)
}

/// The positional argument `i` of `str.format`.
/// The positional argument `i` of `str.format`; `format_map` has none (`args` is `None`).
fn positional(args: Option<&[Value]>, i: usize) -> Result<Value, ()> {
    let Some(args) = args else {
        raise(&exceptions::VALUE_ERROR, "Format string contains positional fields");
        return Err(());
    };
    match args.get(i) {
        Some(&v) => Ok(v),
        None => {
            raise(&exceptions::INDEX_ERROR, &format!("Replacement index {i} out of range for positional args tuple"));
            Err(())
        }
    }
}

/// Resolves the field name of a `str.format` replacement field (`0`, `name`, `0[1]`, `x[key]`).
fn format_field(
    name: &str,
    args: Option<&[Value]>,
    kwargs: &dyn Fn(&str) -> Result<Option<Value>, ()>,
    auto: &mut Option<usize>,
    manual: &mut bool,
) -> Result<Value, ()> {
    let (first, rest) = match name.find(['.', '[']) {
        Some(i) => name.split_at(i),
        None => (name, ""),
    };
    let mut v = if first.is_empty() {
        if *manual {
            raise(
                &exceptions::VALUE_ERROR,
                "cannot switch from manual field specification to automatic field numbering",
            );
            return Err(());
        }
        let i = auto.map_or(0, |n| n + 1);
        *auto = Some(i);
        positional(args, i)?
    } else if let Ok(i) = first.parse::<usize>() {
        if auto.is_some() {
            raise(
                &exceptions::VALUE_ERROR,
                "cannot switch from automatic field numbering to manual field specification",
            );
            return Err(());
        }
        *manual = true;
        positional(args, i)?
    } else {
        match kwargs(first)? {
            Some(v) => v,
            None => {
                exceptions::raise_with(&exceptions::KEY_ERROR, str::new_str(first));
                return Err(());
            }
        }
    };
    let mut rest = rest;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                raise(&exceptions::VALUE_ERROR, "Missing ']' in format string");
                return Err(());
            };
            let key = &r[..end];
            let index = match key.parse::<i64>() {
                Ok(i) if !key.starts_with(['-', '+']) => int::from_i64(i),
                _ => str::new_str(key),
            };
            v = crate::ops::getitem(v, index);
            if v.is_null() {
                return Err(());
            }
            rest = &r[end + 1..];
        } else if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            v = crate::func::getattr(v, &r[..end]);
            if v.is_null() {
                return Err(());
            }
            rest = &r[end..];
        } else {
            raise(&exceptions::VALUE_ERROR, "Only '.' or '[' may follow ']' in format field specifier");
            return Err(());
        }
    }
    Ok(v)
}

/// `fmt.format(*args, **kwargs)`, or `fmt.format_map(mapping)` with `args` `None`.
pub fn str_format(
    fmt: &str,
    args: Option<&[Value]>,
    kwargs: &dyn Fn(&str) -> Result<Option<Value>, ()>,
) -> Result<String, ()> {
    let mut auto = None;
    let mut manual = false;
    format_template(fmt, args, kwargs, &mut auto, &mut manual, 2)
}

fn format_template(
    fmt: &str,
    args: Option<&[Value]>,
    kwargs: &dyn Fn(&str) -> Result<Option<Value>, ()>,
    auto: &mut Option<usize>,
    manual: &mut bool,
    depth: u32,
) -> Result<String, ()> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            raise(&exceptions::VALUE_ERROR, "Single '}' encountered in format string");
            return Err(());
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // A replacement field: find its matching '}' (format specs may nest one level). In the
        // field name, braces inside `[...]` are part of an index.
        let mut level = 1;
        let mut j = i + 1;
        let (mut in_name, mut in_bracket) = (true, false);
        while j < chars.len() {
            match chars[j] {
                '[' if in_name => in_bracket = true,
                ']' if in_bracket => in_bracket = false,
                _ if in_bracket => {}
                ':' | '!' if in_name => in_name = false,
                '{' => level += 1,
                '}' => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            let msg = if i + 1 == chars.len() {
                "Single '{' encountered in format string"
            } else if in_name {
                "expected '}' before end of string"
            } else {
                "unmatched '{' in format spec"
            };
            raise(&exceptions::VALUE_ERROR, msg);
            return Err(());
        }
        let field: String = chars[i + 1..j].iter().collect();
        // field_name [! conversion] [: spec]; the name ends at the first '!' or ':' outside brackets.
        let mut end = field.len();
        let mut in_bracket = false;
        for (k, ch) in field.char_indices() {
            match ch {
                '[' => in_bracket = true,
                ']' => in_bracket = false,
                '!' | ':' if !in_bracket => {
                    end = k;
                    break;
                }
                _ => {}
            }
        }
        let name = &field[..end];
        let mut tail = &field[end..];
        let mut conversion = None;
        if let Some(t) = tail.strip_prefix('!') {
            let mut cs = t.chars();
            let msg = match (cs.next(), cs.next()) {
                (Some(cv @ ('r' | 's' | 'a')), None | Some(':')) => {
                    conversion = Some(cv);
                    None
                }
                (None, _) => Some("unmatched '{' in format spec".to_string()),
                (Some(_), Some(c)) if c != ':' => Some("expected ':' after conversion specifier".to_string()),
                (Some(cv), _) => Some(format!("Unknown conversion specifier {cv}")),
            };
            if let Some(msg) = msg {
                raise(&exceptions::VALUE_ERROR, &msg);
                return Err(());
            }
            tail = &t[1..];
        }
        let spec = tail.strip_prefix(':').unwrap_or("");
        let spec = if spec.contains('{') {
            if depth == 0 {
                raise(&exceptions::VALUE_ERROR, "Max string recursion exceeded");
                return Err(());
            }
            format_template(spec, args, kwargs, auto, manual, depth - 1)?
        } else {
            spec.to_string()
        };
        let mut v = format_field(name, args, kwargs, auto, manual)?;
        v = match conversion {
            Some('r') => str::from_string(repr::repr_string(v)?),
            Some('s') => str::from_string(repr::str_string(v)?),
            Some(_) => {
                let a = crate::repr::krait_ascii(v);
                if a.is_null() {
                    return Err(());
                }
                a
            }
            None => v,
        };
        out.push_str(&format_value(v, &spec)?);
        i = j + 1;
    }
    Ok(out)
}

// ---- entry points for generated code ----

/// `format(v, spec)` where `spec` is a str value (possibly empty).
#[unsafe(no_mangle)]
pub extern "C" fn krait_format(v: Value, spec: Value) -> Value {
    let spec = if spec.is_null() { "" } else { str::as_str(spec) };
    match format_value(v, spec) {
        Ok(s) => str::from_string(s),
        Err(()) => Value::NULL,
    }
}

/// Concatenates the `n` str pieces of an f-string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_str_build(ptr: *const Value, n: usize) -> Value {
    // SAFETY: codegen passes `n` str values.
    let parts = unsafe { core::slice::from_raw_parts(ptr, n) };
    let mut out = String::new();
    for &p in parts {
        out.push_str(str::as_str(p));
    }
    str::from_string(out)
}
