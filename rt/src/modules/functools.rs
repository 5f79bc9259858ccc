//! `functools`: `reduce` and `partial` (the rest is not provided yet).

use crate::exceptions::raise_type_error;
use crate::func::split_args;
use crate::native::{self, NativeObj};
use crate::object::{TypeObject, Value};
use crate::{repr, str, tuple};

#[rustfmt::skip]
pub const NAMES: &[&str] = &[
    "GenericAlias", "RLock", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "cache", "cached_property", "cmp_to_key",
    "get_cache_token", "lru_cache", "namedtuple", "partial", "partialmethod", "recursive_repr", "reduce",
    "singledispatch", "singledispatchmethod", "total_ordering", "update_wrapper", "wraps",
];

static PARTIAL_TYPE: TypeObject = native::native_type("functools.partial");

pub fn getattr(name: &str) -> Option<Value> {
    Some(match name {
        "reduce" => super::builtin(functools_reduce, "reduce"),
        "partial" => super::builtin(functools_partial, "partial"),
        _ => return None,
    })
}

/// `reduce(function, iterable[, initial])`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn functools_reduce(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    let r = (|| -> Result<Value, ()> {
        if !kw.is_empty() {
            raise_type_error("reduce() takes no keyword arguments");
            return Err(());
        }
        if args.len() < 2 || args.len() > 3 {
            let msg = if args.len() < 2 { "at least 2 arguments" } else { "at most 3 arguments" };
            raise_type_error(&format!("reduce expected {msg}, got {}", args.len()));
            return Err(());
        }
        let it = crate::iter::iter(args[1]);
        if it.is_null() {
            crate::exceptions::take_pending();
            raise_type_error("reduce() arg 2 must support iteration");
            return Err(());
        }
        let mut acc = match args.get(2) {
            Some(&v) => v,
            None => match crate::iter::next(it)? {
                Some(v) => v,
                None => {
                    raise_type_error("reduce() of empty iterable with no initial value");
                    return Err(());
                }
            },
        };
        while let Some(x) = crate::iter::next(it)? {
            acc = crate::builtins::nonnull(crate::func::call(args[0], &[acc, x], Value::NULL))?;
        }
        Ok(acc)
    })();
    r.unwrap_or(Value::NULL)
}

/// `partial(func, *args, **keywords)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn functools_partial(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    let Some((&func, rest)) = args.split_first() else {
        return raise_type_error("type 'partial' takes at least one argument");
    };
    if !crate::builtins::is_callable(func) {
        return raise_type_error("the first argument must be callable");
    }
    let mut data = vec![func];
    data.extend_from_slice(rest);
    let names = kw.iter().map(|(k, _)| k.to_string()).collect();
    let values = kw.iter().map(|&(_, v)| v).collect();
    native::new(&PARTIAL_TYPE, partial_call, partial_repr, data, names, values)
}

/// Calls the wrapped function with the stored arguments first and the stored keywords
/// overridden by the call's.
fn partial_call(o: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    let (pos, kw) = split_args(args, kwnames);
    let mut all = o.data[1..].to_vec();
    all.extend_from_slice(pos);
    let mut names: Vec<String> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    for (k, &v) in o.names.iter().zip(&o.kwvalues) {
        if !kw.iter().any(|(name, _)| name == k) {
            names.push(k.clone());
            values.push(v);
        }
    }
    for &(k, v) in &kw {
        names.push(k.to_string());
        values.push(v);
    }
    all.extend(values);
    let names = if names.is_empty() { Value::NULL } else { tuple::new(names.iter().map(|n| str::new_str(n)).collect()) };
    crate::func::call(o.data[0], &all, names)
}

fn partial_repr(o: &NativeObj) -> Result<String, ()> {
    let mut parts: Vec<String> = Vec::new();
    for &v in &o.data {
        parts.push(repr::repr_string(v)?);
    }
    for (k, &v) in o.names.iter().zip(&o.kwvalues) {
        parts.push(format!("{k}={}", repr::repr_string(v)?));
    }
    Ok(format!("functools.partial({})", parts.join(", ")))
}
