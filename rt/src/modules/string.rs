//! `string`: the character-class constants, `capwords` and `Template` (`Formatter` is not
//! provided yet).

use crate::func::split_args;
use crate::object::{Kind, Value};
use crate::str;

#[rustfmt::skip]
pub const NAMES: &[&str] = &[
    "Formatter", "Template", "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
    "octdigits", "printable", "punctuation", "whitespace",
];

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

pub fn getattr(name: &str) -> Option<Value> {
    let text = match name {
        "ascii_lowercase" => LOWER.to_string(),
        "ascii_uppercase" => UPPER.to_string(),
        "ascii_letters" => format!("{LOWER}{UPPER}"),
        "digits" => DIGITS.to_string(),
        "hexdigits" => "0123456789abcdefABCDEF".to_string(),
        "octdigits" => "01234567".to_string(),
        "punctuation" => PUNCTUATION.to_string(),
        "whitespace" => WHITESPACE.to_string(),
        "printable" => format!("{DIGITS}{LOWER}{UPPER}{PUNCTUATION}{WHITESPACE}"),
        "capwords" => return Some(super::builtin(string_capwords, "capwords")),
        "Template" => return Some(template_class()),
        _ => return None,
    };
    Some(str::from_string(text))
}

/// `capwords(s, sep=None)`: `sep.join(w.capitalize() for w in s.split(sep))`, with a single
/// space joining when `sep` is omitted.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn string_capwords(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    let mut sep = args.get(1).copied();
    for &(k, v) in &kw {
        if k != "sep" {
            return crate::exceptions::raise_type_error(&format!(
                "capwords() got an unexpected keyword argument '{k}'"
            ));
        }
        sep = Some(v);
    }
    if args.is_empty() || args.len() > 2 {
        return crate::exceptions::raise_type_error(&format!(
            "capwords() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        ));
    }
    let sep = sep.filter(|s| !s.is_none());
    let split_args: Vec<Value> = sep.into_iter().collect();
    let words = crate::func::call_method(args[0], "split", &split_args, Value::NULL);
    if words.is_null() {
        return words;
    }
    let mut parts = Vec::new();
    for &w in crate::list::items(words).iter() {
        let c = crate::func::call_method(w, "capitalize", &[], Value::NULL);
        if c.is_null() {
            return c;
        }
        parts.push(c);
    }
    let joiner = match sep {
        Some(s) if s.kind() == Kind::Str => s,
        _ => str::new_str(" "),
    };
    crate::func::call_method(joiner, "join", &[crate::list::new(parts)], Value::NULL)
}

// ---- Template ----

static TEMPLATE: crate::cell::Global<Value> = crate::cell::Global::new(Value::NULL);

/// The default `idpattern` of `Template` (shown as the class attribute).
const IDPATTERN: &str = "(?a:[_a-z][_a-z0-9]*)";

/// `string.Template`, made on first use: `$name`, `${name}` and `$$` substitution.
fn template_class() -> Value {
    crate::native::module_class(&TEMPLATE, "string", "Template", Vec::new, |ns| {
        let set = |k: &str, v: Value| crate::dict::setitem(ns, str::new_str(k), v);
        set("delimiter", str::new_str("$"));
        set("idpattern", str::new_str(IDPATTERN));
        set("braceidpattern", Value::none());
        crate::native::add_methods(
            ns,
            "Template",
            &[
                ("__init__", template_init),
                ("substitute", substitute),
                ("safe_substitute", safe_substitute),
                ("get_identifiers", get_identifiers),
                ("is_valid", is_valid),
            ],
        );
    })
}

fn run(f: impl FnOnce() -> Result<Value, ()>) -> Value {
    f().unwrap_or(Value::NULL)
}

fn nonnull(v: Value) -> Result<Value, ()> {
    if v.is_null() { Err(()) } else { Ok(v) }
}

fn template_init(_: &crate::native::NativeObj, args: &[Value], kwnames: Value) -> Value {
    run(|| {
        let (pos, kw) = split_args(args, kwnames);
        let b = crate::args::bind_keywords("Template.__init__", &["self", "template"], 2, pos, &kw)?;
        let this = b[0].unwrap_or(Value::NULL);
        if !crate::builtins::setattr(this, "template", b[1].unwrap_or(Value::NULL)).is_ok() {
            return Err(());
        }
        Ok(Value::none())
    })
}

/// One `$` placeholder of a template.
enum Placeholder {
    /// `$$`.
    Escaped,
    /// `$name` or `${name}`: the name and the placeholder as written.
    Named(String, String),
    /// A `$` followed by neither: at this char index (just after the `$`).
    Invalid(usize),
}

/// The template text of `this`, refusing subclasses that change the syntax (krait follows
/// only the default pattern).
fn template_text(this: Value) -> Result<String, ()> {
    let class_attr = |name: &str| crate::func::getattr(Value::from_static(this.ty()), name);
    let delimiter = nonnull(class_attr("delimiter"))?;
    let idpattern = nonnull(class_attr("idpattern"))?;
    let brace = nonnull(class_attr("braceidpattern"))?;
    let pattern = crate::func::getattr(Value::from_static(this.ty()), "pattern");
    if pattern.is_null() {
        crate::builtins::take_attribute_error();
    }
    let plain = |v: Value, text: &str| v.kind() == Kind::Str && str::as_str(v) == text;
    if !plain(delimiter, "$") || !plain(idpattern, IDPATTERN) || !brace.is_none() || !pattern.is_null() {
        crate::exceptions::raise(
            &crate::exceptions::NOT_IMPLEMENTED_ERROR,
            "krait does not support Template subclasses with their own delimiter or pattern yet",
        );
        return Err(());
    }
    let t = nonnull(crate::func::getattr(this, "template"))?;
    if t.kind() != Kind::Str {
        crate::exceptions::raise_type_error(&format!("expected string or bytes-like object, got '{}'", t.type_name()));
        return Err(());
    }
    Ok(str::as_str(t).to_string())
}

/// The template split into literal text and placeholders, as the default pattern matches
/// it (names are ASCII identifiers).
fn scan(text: &str) -> Vec<Result<String, Placeholder>> {
    let chars: Vec<char> = text.chars().collect();
    let is_start = |c: char| c == '_' || c.is_ascii_alphabetic();
    let is_part = |c: char| c == '_' || c.is_ascii_alphanumeric();
    let mut out = Vec::new();
    let mut literal = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '$' {
            literal.push(chars[i]);
            i += 1;
            continue;
        }
        out.push(Ok(core::mem::take(&mut literal)));
        let at = i + 1;
        let ident_end = |from: usize| {
            let mut j = from;
            while j < chars.len() && is_part(chars[j]) {
                j += 1;
            }
            j
        };
        if chars.get(at) == Some(&'$') {
            out.push(Err(Placeholder::Escaped));
            i = at + 1;
        } else if chars.get(at).is_some_and(|&c| is_start(c)) {
            let end = ident_end(at);
            out.push(Err(Placeholder::Named(chars[at..end].iter().collect(), chars[i..end].iter().collect())));
            i = end;
        } else if chars.get(at) == Some(&'{') && chars.get(at + 1).is_some_and(|&c| is_start(c)) && {
            let end = ident_end(at + 1);
            chars.get(end) == Some(&'}')
        } {
            let end = ident_end(at + 1);
            out.push(Err(Placeholder::Named(chars[at + 1..end].iter().collect(), chars[i..=end].iter().collect())));
            i = end + 1;
        } else {
            out.push(Err(Placeholder::Invalid(at)));
            i = at;
        }
    }
    out.push(Ok(literal));
    out
}

/// CPython's `ValueError` for an invalid placeholder at char index `i` of `text`: the line
/// and column as `text[:i].splitlines(keepends=True)` counts them.
fn invalid(text: &str, i: usize) -> Result<Value, ()> {
    let prefix: Vec<char> = text.chars().take(i).collect();
    // Where each line `splitlines` would give starts.
    let mut starts = vec![0];
    let mut pos = 0;
    while pos < prefix.len() {
        let c = prefix[pos];
        pos += 1;
        if c == '\r' && prefix.get(pos) == Some(&'\n') {
            pos += 1;
        }
        let breaks = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if breaks && pos < prefix.len() {
            starts.push(pos);
        }
    }
    let (lineno, colno) = if prefix.is_empty() { (1, 1) } else { (starts.len(), i - starts[starts.len() - 1]) };
    crate::exceptions::raise(
        &crate::exceptions::VALUE_ERROR,
        &format!("Invalid placeholder in string: line {lineno}, col {colno}"),
    );
    Err(())
}

/// `substitute` and `safe_substitute`: `(self, mapping=..., /, **kws)`.
fn substitution(name: &str, args: &[Value], kwnames: Value, safe: bool) -> Result<Value, ()> {
    let (pos, kw) = split_args(args, kwnames);
    if pos.len() > 2 {
        crate::exceptions::raise_type_error(&format!(
            "Template.{name}() takes from 1 to 2 positional arguments but {} were given",
            pos.len()
        ));
        return Err(());
    }
    let text = template_text(pos[0])?;
    let kws = crate::dict::new();
    for &(k, v) in &kw {
        crate::dict::setitem(kws, str::new_str(k), v);
    }
    let mapping = pos.get(1).copied();
    // `ChainMap(kws, mapping)` when both are given.
    let lookup = |key: &str| -> Value {
        let k = str::new_str(key);
        if mapping.is_none() || crate::dict::table(kws).len() > 0 {
            if let Ok(Some(v)) = crate::dict::table(kws).get(k, str::hash(k)) {
                return v;
            }
            if mapping.is_none() {
                return crate::ops::getitem(kws, k);
            }
        }
        crate::ops::getitem(mapping.unwrap_or(kws), k)
    };
    let mut out = String::new();
    for part in scan(&text) {
        match part {
            Ok(literal) => out.push_str(&literal),
            Err(Placeholder::Escaped) => out.push('$'),
            Err(Placeholder::Named(n, written)) => {
                let v = lookup(&n);
                if v.is_null() {
                    if safe && crate::exceptions::pending().ty().is_subtype(&crate::exceptions::KEY_ERROR) {
                        crate::exceptions::take_pending();
                        out.push_str(&written);
                        continue;
                    }
                    return Err(());
                }
                out.push_str(str::as_str(nonnull(crate::repr::krait_str(v))?));
            }
            Err(Placeholder::Invalid(i)) => {
                if safe {
                    out.push('$');
                    continue;
                }
                return invalid(&text, i);
            }
        }
    }
    Ok(str::from_string(out))
}

fn substitute(_: &crate::native::NativeObj, args: &[Value], kwnames: Value) -> Value {
    run(|| substitution("substitute", args, kwnames, false))
}

fn safe_substitute(_: &crate::native::NativeObj, args: &[Value], kwnames: Value) -> Value {
    run(|| substitution("safe_substitute", args, kwnames, true))
}

fn get_identifiers(_: &crate::native::NativeObj, args: &[Value], _: Value) -> Value {
    run(|| {
        let mut ids: Vec<String> = Vec::new();
        for part in scan(&template_text(args[0])?) {
            if let Err(Placeholder::Named(n, _)) = part
                && !ids.contains(&n)
            {
                ids.push(n);
            }
        }
        Ok(crate::list::new(ids.iter().map(|s| str::new_str(s)).collect()))
    })
}

fn is_valid(_: &crate::native::NativeObj, args: &[Value], _: Value) -> Value {
    run(|| Ok(Value::bool(!scan(&template_text(args[0])?).iter().any(|p| matches!(p, Err(Placeholder::Invalid(_)))))))
}
