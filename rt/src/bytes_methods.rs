//! The methods of `bytes` and `bytearray` (CPython's `bytes_methods.c` and friends): byte
//! strings with ASCII-only notions of case, digits and white space.

use crate::bytes::{self, buffer, byte_value, data, data_mut, like, require_buffer};
use crate::exceptions::{self, raise, raise_type_error};
use crate::object::{Kind, TypeObject, Value};
use crate::{codecs, int, list, ops, slice, str, tuple};

/// White space as `bytes.split()` and `strip()` see it (no `\x1c`..`\x1f`, unlike `str`).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Checks the number of arguments, with the message CPython gives for the method: the
/// positional-only methods of Argument Clinic say "expected", the others "takes".
fn check_args(v: Value, name: &str, args: &[Value], min: usize, max: usize) -> Result<(), ()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let clinic = matches!(name, "center" | "ljust" | "rjust" | "replace" | "strip" | "lstrip" | "rstrip" | "insert");
    let msg = if clinic && n < min {
        format!("{name} expected at least {min} argument{}, got {n}", plural(min))
    } else if clinic {
        format!("{name} expected at most {max} argument{}, got {n}", plural(max))
    } else if max == 0 {
        format!("{}.{name}() takes no arguments ({n} given)", v.type_name())
    } else if min == max && min == 1 {
        format!("{name}() takes exactly one argument ({n} given)")
    } else if n < min {
        format!("{name}() takes at least {min} argument{} ({n} given)", plural(min))
    } else {
        format!("{name}() takes at most {max} argument{} ({n} given)", plural(max))
    };
    raise_type_error(&msg);
    Err(())
}

/// The needle of `find`, `count`, `index`: a byte value or bytes.
fn needle(v: Value) -> Result<Vec<u8>, ()> {
    if int::is_int(v) {
        return Ok(vec![byte_value(v, "byte must be in range(0, 256)")?]);
    }
    buffer(v).map(<[u8]>::to_vec).ok_or_else(|| {
        raise_type_error(&format!("argument should be integer or bytes-like object, not '{}'", v.type_name()));
    })
}

/// A `chars` argument of the strip family: bytes, or `None` for white space.
fn strip_set(v: Option<&Value>) -> Result<Option<&'static [u8]>, ()> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(&v) => require_buffer(v).map(Some),
    }
}

fn strip<'a>(d: &'a [u8], chars: Option<&[u8]>, left: bool, right: bool) -> &'a [u8] {
    let strip = |b: &u8| chars.map_or(is_space(*b), |c| c.contains(b));
    let start = if left { d.iter().position(|b| !strip(b)).unwrap_or(d.len()) } else { 0 };
    let end = if right { d.iter().rposition(|b| !strip(b)).map_or(start, |i| i + 1).max(start) } else { d.len() };
    &d[start..end]
}

/// `split()`/`rsplit()` on runs of white space.
fn split_whitespace(d: &[u8], maxsplit: i128, from_right: bool) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    if from_right {
        let mut end = d.len();
        loop {
            while end > 0 && is_space(d[end - 1]) {
                end -= 1;
            }
            if end == 0 {
                break;
            }
            if maxsplit >= 0 && parts.len() as i128 >= maxsplit {
                parts.push(&d[..end]);
                break;
            }
            let start = d[..end].iter().rposition(|&b| is_space(b)).map_or(0, |i| i + 1);
            parts.push(&d[start..end]);
            end = start;
        }
        parts.reverse();
    } else {
        let mut start = 0;
        loop {
            while start < d.len() && is_space(d[start]) {
                start += 1;
            }
            if start == d.len() {
                break;
            }
            if maxsplit >= 0 && parts.len() as i128 >= maxsplit {
                parts.push(&d[start..]);
                break;
            }
            let end = d[start..].iter().position(|&b| is_space(b)).map_or(d.len(), |i| start + i);
            parts.push(&d[start..end]);
            start = end;
        }
    }
    parts
}

/// `split(sep)`/`rsplit(sep)` on a non-empty separator.
fn split_on<'a>(d: &'a [u8], sep: &[u8], maxsplit: i128, from_right: bool) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    if from_right {
        let mut end = d.len();
        while maxsplit < 0 || (parts.len() as i128) < maxsplit {
            let Some(i) = bytes::rfind(&d[..end], sep) else { break };
            parts.push(&d[i + sep.len()..end]);
            end = i;
        }
        parts.push(&d[..end]);
        parts.reverse();
    } else {
        let mut start = 0;
        while maxsplit < 0 || (parts.len() as i128) < maxsplit {
            let Some(i) = bytes::find(&d[start..], sep) else { break };
            parts.push(&d[start..start + i]);
            start += i + sep.len();
        }
        parts.push(&d[start..]);
    }
    parts
}

fn count(hay: &[u8], sub: &[u8]) -> usize {
    if sub.is_empty() {
        return hay.len() + 1;
    }
    let (mut n, mut i) = (0, 0);
    while let Some(k) = bytes::find(&hay[i..], sub) {
        n += 1;
        i += k + sub.len();
    }
    n
}

fn replace(d: &[u8], old: &[u8], new: &[u8], max: i128) -> Vec<u8> {
    let mut out = Vec::with_capacity(d.len());
    let mut n = 0;
    if old.is_empty() {
        // An empty pattern matches before every byte and at the end.
        for &b in d {
            if max < 0 || n < max {
                out.extend_from_slice(new);
                n += 1;
            }
            out.push(b);
        }
        if max < 0 || n < max {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while max < 0 || n < max {
        let Some(k) = bytes::find(&d[i..], old) else { break };
        out.extend_from_slice(&d[i..i + k]);
        out.extend_from_slice(new);
        i += k + old.len();
        n += 1;
    }
    out.extend_from_slice(&d[i..]);
    out
}

/// `title()`: the first letter of each run of letters upper case, the rest lower case.
fn title(d: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    d.iter()
        .map(|&b| {
            let out = if prev_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            prev_cased = b.is_ascii_alphabetic();
            out
        })
        .collect()
}

fn is_title(d: &[u8]) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for &b in d {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `splitlines(keepends)`: lines end at `\n`, `\r` or `\r\n`.
fn splitlines(d: &[u8], keep: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < d.len() {
        if d[i] == b'\n' || d[i] == b'\r' {
            let mut end = i + 1;
            if d[i] == b'\r' && d.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(if keep { &d[start..end] } else { &d[start..i] });
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        out.push(&d[start..]);
    }
    out
}

/// `hex(sep, bytes_per_sep)`: groups of `bytes_per_sep` bytes counted from the right (from the
/// left when negative), joined by `sep`.
fn hex(d: &[u8], sep: Option<Value>, per: i128) -> Result<String, ()> {
    let digits = |b: &u8| format!("{b:02x}");
    let sep = match sep {
        None => return Ok(d.iter().map(digits).collect()),
        Some(s) if s.is_none() => return Ok(d.iter().map(digits).collect()),
        Some(s) => {
            let text: Vec<char> = if s.kind() == Kind::Str {
                str::as_str(s).chars().collect()
            } else if let Some(b) = buffer(s) {
                b.iter().map(|&b| char::from(b)).collect()
            } else {
                raise_type_error(&format!("object of type '{}' has no len()", s.type_name()));
                return Err(());
            };
            if text.len() != 1 {
                raise(&exceptions::VALUE_ERROR, "sep must be length 1.");
                return Err(());
            }
            if !text[0].is_ascii() {
                raise(&exceptions::VALUE_ERROR, "sep must be ASCII.");
                return Err(());
            }
            text[0]
        }
    };
    let group = per.unsigned_abs().max(1) as usize;
    if per == 0 {
        return Ok(d.iter().map(digits).collect());
    }
    let mut out = String::with_capacity(d.len() * 3);
    for (i, b) in d.iter().enumerate() {
        // Counting from the right: a separator goes before byte i when the bytes after it
        // fill whole groups.
        let boundary = if per > 0 { (d.len() - i).is_multiple_of(group) } else { i.is_multiple_of(group) };
        if i > 0 && boundary {
            out.push(sep);
        }
        out.push_str(&digits(b));
    }
    Ok(out)
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`.
pub fn fromhex(ty: &'static TypeObject, args: &[Value]) -> Result<Value, ()> {
    if args.len() != 1 {
        raise_type_error(&format!("fromhex() takes exactly one argument ({} given)", args.len()));
        return Err(());
    }
    if args[0].kind() != Kind::Str {
        raise_type_error(&format!("fromhex() argument must be str, not {}", crate::args::bad_type_name(args[0])));
        return Err(());
    }
    let s = str::as_str(args[0]);
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |pos: usize| {
        raise(&exceptions::VALUE_ERROR, &format!("non-hexadecimal number found in fromhex() arg at position {pos}"));
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() || chars[i] == '\x0b' {
            i += 1;
            continue;
        }
        let Some(hi) = chars[i].to_digit(16).filter(|_| chars[i].is_ascii()) else {
            bad(i);
            return Err(());
        };
        let Some(lo) = chars.get(i + 1).and_then(|c| c.to_digit(16).filter(|_| c.is_ascii())) else {
            bad(i + 1);
            return Err(());
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(bytes::new(ty, out))
}

/// `bytes.maketrans(from, to)`: a 256-byte translation table.
pub fn maketrans(args: &[Value]) -> Result<Value, ()> {
    if args.len() != 2 {
        raise_type_error(&format!("maketrans expected 2 arguments, got {}", args.len()));
        return Err(());
    }
    let (from, to) = (require_buffer(args[0])?, require_buffer(args[1])?);
    if from.len() != to.len() {
        raise(&exceptions::VALUE_ERROR, "maketrans arguments must have same length");
        return Err(());
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(to) {
        table[usize::from(f)] = t;
    }
    Ok(bytes::new_bytes(table))
}

/// The fill byte of `ljust`, `rjust` and `center`.
fn fill_byte(name: &str, v: Option<&Value>) -> Result<u8, ()> {
    match v {
        None => Ok(b' '),
        Some(&f) => match buffer(f) {
            Some([b]) => Ok(*b),
            _ => {
                raise_type_error(&format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    f.type_name()
                ));
                Err(())
            }
        },
    }
}

/// A `str` argument of `decode` (`None` where a keyword argument skipped it).
fn text_arg(v: Option<&Value>, method: &str, what: &str, default: &'static str) -> Result<&'static str, ()> {
    match v {
        None => Ok(default),
        Some(&s) if s.is_none() => Ok(default),
        Some(&s) if s.kind() == Kind::Str => Ok(str::as_str(s)),
        Some(&s) => {
            raise_type_error(&format!(
                "{method}() argument '{what}' must be str, not {}",
                crate::args::bad_type_name(s)
            ));
            Err(())
        }
    }
}

/// A sequence of results, each a bytes object of the receiver's type.
fn parts_list(v: Value, parts: Vec<&[u8]>) -> Value {
    list::new(parts.into_iter().map(|p| like(v, p.to_vec())).collect())
}

/// `b.name(*args)`: `None` when the method does not exist.
#[allow(clippy::too_many_lines)]
pub fn call_method(v: Value, name: &str, args: &[Value]) -> Option<Value> {
    let d = data(v);
    let r: Result<Value, ()> = (|| match name {
        "decode" => {
            check_args(v, name, args, 0, 2)?;
            let encoding = text_arg(args.first(), name, "encoding", "utf-8")?;
            let errors = text_arg(args.get(1), name, "errors", "strict")?;
            Ok(str::from_string(codecs::decode(d, encoding, errors)?))
        }
        "hex" => {
            check_args(v, name, args, 0, 2)?;
            Ok(str::from_string(hex(d, args.first().copied(), i128::from(crate::args::opt_ssize(args.get(1), 1)?))?))
        }
        "count" | "find" | "rfind" | "index" | "rindex" => {
            check_args(v, name, args, 1, 3)?;
            let sub = needle(args[0])?;
            let range = slice::search_range(d.len(), args.get(1), args.get(2))?;
            if name == "count" {
                return Ok(int::from_i64(range.map_or(0, |(a, b)| count(&d[a..b], &sub)) as i64));
            }
            let found = range.and_then(|(a, b)| {
                let hay = &d[a..b];
                let pos = if name.starts_with('r') { bytes::rfind(hay, &sub) } else { bytes::find(hay, &sub) };
                pos.map(|p| (a + p) as i64)
            });
            match found {
                Some(i) => Ok(int::from_i64(i)),
                None if name.ends_with("index") => {
                    exceptions::fail(raise(&exceptions::VALUE_ERROR, "subsection not found"))
                }
                None => Ok(int::from_i64(-1)),
            }
        }
        "startswith" | "endswith" => {
            check_args(v, name, args, 1, 3)?;
            let Some((a, b)) = slice::search_range(d.len(), args.get(1), args.get(2))? else {
                return Ok(Value::bool(false));
            };
            let hay = &d[a..b];
            let test = |p: &[u8]| if name == "startswith" { hay.starts_with(p) } else { hay.ends_with(p) };
            let wrong = |x: Value| {
                raise_type_error(&format!("{name} first arg must be bytes or a tuple of bytes, not {}", x.type_name()));
            };
            if args[0].kind() == Kind::Tuple {
                // The first match decides; later items are not checked (as in CPython).
                for &p in tuple::items(args[0]) {
                    if test(buffer(p).ok_or_else(|| wrong(p))?) {
                        return Ok(Value::bool(true));
                    }
                }
                return Ok(Value::bool(false));
            }
            Ok(Value::bool(test(buffer(args[0]).ok_or_else(|| wrong(args[0]))?)))
        }
        "split" | "rsplit" => {
            check_args(v, name, args, 0, 2)?;
            let maxsplit = i128::from(crate::args::opt_ssize(args.get(1), -1)?);
            let from_right = name == "rsplit";
            match strip_set(args.first())? {
                None => Ok(parts_list(v, split_whitespace(d, maxsplit, from_right))),
                Some([]) => exceptions::fail(raise(&exceptions::VALUE_ERROR, "empty separator")),
                Some(sep) => Ok(parts_list(v, split_on(d, sep, maxsplit, from_right))),
            }
        }
        "strip" | "lstrip" | "rstrip" => {
            check_args(v, name, args, 0, 1)?;
            let chars = strip_set(args.first())?;
            Ok(like(v, strip(d, chars, name != "rstrip", name != "lstrip").to_vec()))
        }
        "join" => {
            check_args(v, name, args, 1, 1)?;
            let items = crate::iter::collect_or(args[0], "can only join an iterable")?;
            let mut out = Vec::new();
            for (i, &item) in items.iter().enumerate() {
                let Some(b) = buffer(item) else {
                    raise_type_error(&format!(
                        "sequence item {i}: expected a bytes-like object, {} found",
                        item.type_name()
                    ));
                    return Err(());
                };
                if i > 0 {
                    out.extend_from_slice(d);
                }
                out.extend_from_slice(b);
            }
            Ok(like(v, out))
        }
        "replace" => {
            check_args(v, name, args, 2, 3)?;
            let (old, new) = (require_buffer(args[0])?, require_buffer(args[1])?);
            Ok(like(v, replace(d, old, new, i128::from(crate::args::opt_ssize(args.get(2), -1)?))))
        }
        "upper" | "lower" | "swapcase" | "capitalize" | "title" => {
            check_args(v, name, args, 0, 0)?;
            Ok(like(
                v,
                match name {
                    "upper" => d.to_ascii_uppercase(),
                    "lower" => d.to_ascii_lowercase(),
                    "swapcase" => d
                        .iter()
                        .map(|b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() })
                        .collect(),
                    "capitalize" => {
                        let mut out = d.to_ascii_lowercase();
                        if let Some(first) = out.first_mut() {
                            first.make_ascii_uppercase();
                        }
                        out
                    }
                    _ => title(d),
                },
            ))
        }
        "isdigit" | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower" | "istitle" | "isascii" => {
            check_args(v, name, args, 0, 0)?;
            let all = |f: fn(&u8) -> bool| !d.is_empty() && d.iter().all(f);
            Ok(Value::bool(match name {
                "isdigit" => all(u8::is_ascii_digit),
                "isalpha" => all(u8::is_ascii_alphabetic),
                "isalnum" => all(u8::is_ascii_alphanumeric),
                "isspace" => all(|b| is_space(*b)),
                "isupper" => d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase),
                "islower" => d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase),
                "istitle" => is_title(d),
                _ => d.is_ascii(),
            }))
        }
        "partition" | "rpartition" => {
            check_args(v, name, args, 1, 1)?;
            let sep = require_buffer(args[0])?;
            if sep.is_empty() {
                return exceptions::fail(raise(&exceptions::VALUE_ERROR, "empty separator"));
            }
            let found = if name == "partition" { bytes::find(d, sep) } else { bytes::rfind(d, sep) };
            let part = |p: &[u8]| like(v, p.to_vec());
            let parts = match found {
                Some(i) => vec![part(&d[..i]), part(sep), part(&d[i + sep.len()..])],
                None if name == "partition" => vec![part(d), part(b""), part(b"")],
                None => vec![part(b""), part(b""), part(d)],
            };
            Ok(tuple::new(parts))
        }
        "removeprefix" | "removesuffix" => {
            check_args(v, name, args, 1, 1)?;
            let p = require_buffer(args[0])?;
            let rest = if name == "removeprefix" { d.strip_prefix(p) } else { d.strip_suffix(p) };
            Ok(like(v, rest.unwrap_or(d).to_vec()))
        }
        "ljust" | "rjust" | "center" => {
            check_args(v, name, args, 1, 2)?;
            let width = i128::from(crate::args::opt_ssize(args.first(), 0)?);
            let fill = fill_byte(name, args.get(1))?;
            let n = d.len() as i128;
            if width <= n {
                return Ok(like(v, d.to_vec()));
            }
            crate::args::check_size(width as u128)?;
            let (left, right) = str::justify_padding(name, width, (width - n) as usize);
            let mut out = vec![fill; left];
            out.extend_from_slice(d);
            out.resize(out.len() + right, fill);
            Ok(like(v, out))
        }
        "zfill" => {
            check_args(v, name, args, 1, 1)?;
            let width = i128::from(crate::args::opt_ssize(args.first(), 0)?);
            let n = d.len() as i128;
            if width <= n {
                return Ok(like(v, d.to_vec()));
            }
            crate::args::check_size(width as u128)?;
            let pad = (width - n) as usize;
            let sign = usize::from(matches!(d.first(), Some(b'+' | b'-')));
            let mut out = d[..sign].to_vec();
            out.resize(sign + pad, b'0');
            out.extend_from_slice(&d[sign..]);
            Ok(like(v, out))
        }
        "splitlines" => {
            check_args(v, name, args, 0, 1)?;
            let keep = match args.first() {
                Some(&k) => ops::truthy(k)?,
                None => false,
            };
            Ok(parts_list(v, splitlines(d, keep)))
        }
        "expandtabs" => {
            check_args(v, name, args, 0, 1)?;
            Ok(like(
                v,
                str::expand_tabs(d.iter().copied(), i128::from(crate::args::c_int_or(args.first(), 8)?), u32::from),
            ))
        }
        "translate" => {
            check_args(v, name, args, 1, 2)?;
            let table = if args[0].is_none() { None } else { Some(require_buffer(args[0])?) };
            if table.is_some_and(|t| t.len() != 256) {
                return exceptions::fail(raise(
                    &exceptions::VALUE_ERROR,
                    "translation table must be 256 characters long",
                ));
            }
            let delete = match args.get(1) {
                Some(&x) => require_buffer(x)?,
                None => b"",
            };
            let out =
                d.iter().filter(|b| !delete.contains(b)).map(|&b| table.map_or(b, |t| t[usize::from(b)])).collect();
            Ok(like(v, out))
        }
        _ if bytes::is_bytearray(v) => bytearray_method(v, name, args),
        _ => Err(()),
    })();
    exceptions::method_result(r)
}

/// The methods only a `bytearray` has: those that change it.
fn bytearray_method(v: Value, name: &str, args: &[Value]) -> Result<Value, ()> {
    let range_msg = "byte must be in range(0, 256)";
    match name {
        "append" => {
            check_args(v, name, args, 1, 1)?;
            let b = byte_value(args[0], range_msg)?;
            data_mut(v).push(b);
            Ok(Value::none())
        }
        "extend" => {
            check_args(v, name, args, 1, 1)?;
            let more = match buffer(args[0]) {
                Some(b) => b.to_vec(),
                None => {
                    let items = crate::iter::collect(args[0]).map_err(|()| {
                        if exceptions::pending().ty().is_subtype(&exceptions::TYPE_ERROR) {
                            exceptions::take_pending();
                            raise_type_error(&format!("can't extend bytearray with {}", args[0].type_name()));
                        }
                    })?;
                    items.into_iter().map(|x| byte_value(x, range_msg)).collect::<Result<Vec<u8>, ()>>()?
                }
            };
            data_mut(v).extend_from_slice(&more);
            Ok(Value::none())
        }
        "pop" => {
            check_args(v, name, args, 0, 1)?;
            let i = i128::from(crate::args::opt_ssize(args.first(), -1)?);
            let d = data_mut(v);
            if d.is_empty() {
                return exceptions::fail(raise(&exceptions::INDEX_ERROR, "pop from empty bytearray"));
            }
            match list::norm_index(i, d.len()) {
                Some(j) => Ok(Value::small(i64::from(d.remove(j)))),
                None => exceptions::fail(raise(&exceptions::INDEX_ERROR, "pop index out of range")),
            }
        }
        "insert" => {
            check_args(v, name, args, 2, 2)?;
            let i = i128::from(crate::args::opt_ssize(args.first(), 0)?);
            let b = byte_value(args[1], range_msg)?;
            let d = data_mut(v);
            let n = d.len() as i128;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
            d.insert(at as usize, b);
            Ok(Value::none())
        }
        "remove" => {
            check_args(v, name, args, 1, 1)?;
            let b = byte_value(args[0], range_msg)?;
            let d = data_mut(v);
            match d.iter().position(|&x| x == b) {
                Some(i) => {
                    d.remove(i);
                    Ok(Value::none())
                }
                None => exceptions::fail(raise(&exceptions::VALUE_ERROR, "value not found in bytearray")),
            }
        }
        "clear" | "reverse" => {
            check_args(v, name, args, 0, 0)?;
            let d = data_mut(v);
            if name == "clear" {
                d.clear();
            } else {
                d.reverse();
            }
            Ok(Value::none())
        }
        "copy" => {
            check_args(v, name, args, 0, 0)?;
            Ok(like(v, data(v).to_vec()))
        }
        _ => Err(()),
    }
}
