//! `string`: the character-class constants and `capwords` (`Template` and `Formatter` are
//! not provided yet).

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
