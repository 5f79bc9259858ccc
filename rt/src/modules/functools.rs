//! `functools`: `reduce`, `partial`, `lru_cache` and `cache` (the rest is not provided yet).

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
static LRU_WRAPPER_TYPE: TypeObject = native::native_type("functools._lru_cache_wrapper");
static LRU_DECORATOR_TYPE: TypeObject = native::native_type("function");
pub static CACHE_INFO: crate::tuple::StructSeq =
    crate::tuple::StructSeq::new("CacheInfo", &["hits", "misses", "maxsize", "currsize"]);

/// Separates positional from keyword arguments in a cache key (CPython's `kwd_mark`).
static KWD_MARK: crate::object::NoneObj =
    crate::object::NoneObj { header: crate::object::Header { ty: &crate::object::OBJECT_TYPE } };

pub fn getattr(name: &str) -> Option<Value> {
    Some(match name {
        "reduce" => super::builtin(functools_reduce, "reduce"),
        "partial" => super::builtin(functools_partial, "partial"),
        "lru_cache" => super::builtin(functools_lru_cache, "lru_cache"),
        "cache" => super::builtin(functools_cache, "cache"),
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

/// `lru_cache(maxsize=128, typed=False)` as a decorator factory, or `@lru_cache` directly.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn functools_lru_cache(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    let mut maxsize = args.first().copied().unwrap_or(Value::small(128));
    for &(k, v) in &kw {
        match k {
            "maxsize" => maxsize = v,
            "typed" => {}
            _ => return raise_type_error(&format!("lru_cache() got an unexpected keyword argument '{k}'")),
        }
    }
    if kw.is_empty() && args.len() == 1 && crate::builtins::is_callable(args[0]) {
        return wrapper(args[0], Value::small(128));
    }
    if !maxsize.is_none() && !crate::int::is_int(maxsize) {
        return raise_type_error("Expected first argument to be an integer, a callable, or None");
    }
    // A negative maxsize means 0, as in CPython.
    if crate::int::is_int(maxsize) && crate::ops::index_value(maxsize).is_some_and(|m| m < 0) {
        maxsize = Value::small(0);
    }
    native::new(&LRU_DECORATOR_TYPE, decorate, decorator_repr, vec![maxsize], Vec::new(), Vec::new())
}

/// `@cache`: `lru_cache(maxsize=None)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn functools_cache(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    if !kw.is_empty() || args.len() != 1 {
        return raise_type_error(&format!("cache() takes 1 positional argument but {} were given", args.len()));
    }
    wrapper(args[0], Value::none())
}

fn decorate(o: &NativeObj, args: &[Value], _kwnames: Value) -> Value {
    match args {
        [f] => wrapper(*f, o.data[0]),
        _ => raise_type_error("decorating function takes exactly one argument"),
    }
}

fn decorator_repr(o: &NativeObj) -> Result<String, ()> {
    Ok(format!("<function lru_cache.<locals>.decorating_function at {:#x}>", o as *const NativeObj as usize))
}

/// The caching wrapper of `func`: data is [func, cache dict, maxsize, hits, misses].
fn wrapper(func: Value, maxsize: Value) -> Value {
    let data = vec![func, crate::dict::new(), maxsize, Value::small(0), Value::small(0)];
    native::new(&LRU_WRAPPER_TYPE, cached_call, wrapper_repr, data, Vec::new(), Vec::new())
}

fn wrapper_repr(o: &NativeObj) -> Result<String, ()> {
    Ok(format!("<functools._lru_cache_wrapper object at {:#x}>", o as *const NativeObj as usize))
}

fn counter(v: Value) -> i64 {
    v.as_small()
}

fn cached_call(o: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    let o: &'static mut NativeObj = native::obj_mut(Value::from_ptr(o as *const NativeObj as *mut NativeObj));
    let (func, cache, maxsize) = (o.data[0], o.data[1], o.data[2]);
    let kw: &[Value] = if kwnames.is_null() { &[] } else { tuple::items(kwnames) };
    let npos = args.len() - kw.len();
    let mut key_items = args[..npos].to_vec();
    if !kw.is_empty() {
        key_items.push(Value::from_static(&KWD_MARK));
        for (k, &name) in kw.iter().enumerate() {
            key_items.push(name);
            key_items.push(args[npos + k]);
        }
    }
    let key = tuple::new(key_items);
    let Ok(h) = crate::ops::hash(key) else { return Value::NULL };
    let limit = if maxsize.is_none() { None } else { crate::ops::index_value(maxsize) };
    match crate::dict::table(cache).get(key, h) {
        Ok(Some(v)) => {
            o.data[3] = Value::small(counter(o.data[3]) + 1);
            if limit.is_some() {
                // Most recently used last.
                let _ = crate::dict::table(cache).remove(key, h);
                let _ = crate::dict::table(cache).set(key, h, v);
            }
            return v;
        }
        Ok(None) => {}
        Err(()) => return Value::NULL,
    }
    o.data[4] = Value::small(counter(o.data[4]) + 1);
    let r = crate::func::call(func, args, kwnames);
    if r.is_null() || limit == Some(0) {
        return r;
    }
    let t = crate::dict::table(cache);
    if t.set(key, h, r).is_err() {
        return Value::NULL;
    }
    if let Some(m) = limit
        && t.len() as i128 > m
    {
        let oldest = t.live().next().copied();
        if let Some(e) = oldest {
            let _ = t.remove(e.key, e.hash);
        }
    }
    r
}

/// `wrapper.cache_info()` and `wrapper.cache_clear()`.
pub fn wrapper_method(v: Value, name: &str, args: &[Value]) -> Option<Value> {
    if v.type_name() != "functools._lru_cache_wrapper" {
        return None;
    }
    let o = native::obj_mut(v);
    if !args.is_empty() {
        return Some(raise_type_error(&format!("{name}() takes no arguments ({} given)", args.len())));
    }
    match name {
        "cache_info" => {
            let size = crate::dict::table(o.data[1]).len() as i64;
            Some(CACHE_INFO.instance(vec![o.data[3], o.data[4], o.data[2], Value::small(size)]))
        }
        "cache_clear" => {
            o.data[1] = crate::dict::new();
            o.data[3] = Value::small(0);
            o.data[4] = Value::small(0);
            Some(Value::none())
        }
        _ => None,
    }
}
