//! `bisect`: binary search of sorted sequences with `<` (and a `key`), and insertion keeping
//! them sorted, as CPython's C module does it.

use crate::exceptions::{self, raise, raise_type_error};
use crate::object::Value;
use crate::ops::{self, CmpOp};
use crate::{func, int};

#[rustfmt::skip]
pub const NAMES: &[&str] = &["bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"];

pub fn getattr(name: &str) -> Option<Value> {
    let name: &'static str = NAMES.iter().find(|n| **n == name)?;
    let f: func::BuiltinEntry = match name {
        "bisect" | "bisect_right" => bisect_bisect_right,
        "bisect_left" => bisect_bisect_left,
        "insort" | "insort_right" => bisect_insort_right,
        "insort_left" => bisect_insort_left,
        _ => return None,
    };
    Some(super::builtin(f, name))
}

fn nonnull(v: Value) -> Result<Value, ()> {
    if v.is_null() { Err(()) } else { Ok(v) }
}

/// The arguments `(a, x, lo, hi, key)` of every function of the module.
struct Search {
    a: Value,
    x: Value,
    lo: i64,
    hi: i64,
    key: Value,
}

fn arguments(name: &str, args: &[Value], kw: &[(&str, Value)]) -> Result<Search, ()> {
    let b = crate::args::bind_keywords(name, &["a", "x", "lo", "hi", "key"], 2, args, kw)?;
    if args.len() > 4 {
        raise_type_error(&format!("{name}() takes at most 4 positional arguments ({} given)", args.len()));
        return Err(());
    }
    let a = b[0].unwrap_or(Value::NULL);
    let lo = match b[2] {
        Some(v) => crate::args::ssize(v)?,
        None => 0,
    };
    if lo < 0 {
        raise(&exceptions::VALUE_ERROR, "lo must be non-negative");
        return Err(());
    }
    let hi = match b[3].filter(|h| !h.is_none()) {
        Some(v) => crate::args::ssize(v)?,
        None => ops::len(a)? as i64,
    };
    let key = b[4].filter(|k| !k.is_none()).unwrap_or(Value::NULL);
    Ok(Search { a, x: b[1].unwrap_or(Value::NULL), lo, hi, key })
}

/// The insertion point of `x` (already a key when `s.key` is set): after equal items with
/// `right`, before them otherwise.
fn search(s: &Search, x: Value, right: bool) -> Result<i64, ()> {
    let (mut lo, mut hi) = (s.lo, s.hi);
    while lo < hi {
        // As CPython: the midpoint without overflow for any `Py_ssize_t` bounds.
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = nonnull(ops::getitem(s.a, int::from_i64(mid)))?;
        if !s.key.is_null() {
            item = nonnull(func::call(s.key, &[item], Value::NULL))?;
        }
        let go_left =
            if right { ops::compare_bool(CmpOp::Lt, x, item)? } else { !ops::compare_bool(CmpOp::Lt, item, x)? };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn insort(name: &str, args: &[Value], kw: &[(&str, Value)], right: bool) -> Result<Value, ()> {
    let s = arguments(name, args, kw)?;
    let x = if s.key.is_null() { s.x } else { nonnull(func::call(s.key, &[s.x], Value::NULL))? };
    let at = search(&s, x, right)?;
    nonnull(func::call_method(s.a, "insert", &[int::from_i64(at), s.x], Value::NULL))?;
    Ok(Value::none())
}

module_function!(bisect_bisect_right, |args, kw| {
    let s = arguments("bisect_right", args, &kw)?;
    Ok(int::from_i64(search(&s, s.x, true)?))
});

module_function!(bisect_bisect_left, |args, kw| {
    let s = arguments("bisect_left", args, &kw)?;
    Ok(int::from_i64(search(&s, s.x, false)?))
});

module_function!(bisect_insort_right, |args, kw| insort("insort_right", args, &kw, true));
module_function!(bisect_insort_left, |args, kw| insort("insort_left", args, &kw, false));
