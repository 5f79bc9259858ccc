//! `functools`: `reduce`, `partial`, `lru_cache`, `cache`, `total_ordering`, `cmp_to_key`,
//! `wraps`, `update_wrapper` and `cached_property` (the rest is not provided yet).

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
        "total_ordering" => super::builtin(functools_total_ordering, "total_ordering"),
        "cmp_to_key" => super::builtin(functools_cmp_to_key, "cmp_to_key"),
        "update_wrapper" => super::builtin(functools_update_wrapper, "update_wrapper"),
        "wraps" => super::builtin(functools_wraps, "wraps"),
        "cached_property" => super::builtin(functools_cached_property, "cached_property"),
        "singledispatch" => super::builtin(super::singledispatch::functools_singledispatch, "singledispatch"),
        "WRAPPER_ASSIGNMENTS" => names_tuple(WRAPPER_ASSIGNMENTS),
        "WRAPPER_UPDATES" => names_tuple(WRAPPER_UPDATES),
        _ => return None,
    })
}

const WRAPPER_ASSIGNMENTS: &[&str] =
    &["__module__", "__name__", "__qualname__", "__doc__", "__annotations__", "__type_params__"];
const WRAPPER_UPDATES: &[&str] = &["__dict__"];

fn names_tuple(names: &[&str]) -> Value {
    tuple::new(names.iter().map(|n| str::new_str(n)).collect())
}

/// `update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES)`:
/// copies `wrapped`'s name, docstring, ... to `wrapper`, merges its `__dict__` and sets
/// `wrapper.__wrapped__`; returns `wrapper`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn functools_update_wrapper(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let params = ["wrapper", "wrapped", "assigned", "updated"];
        let bound = crate::args::bind_keywords("update_wrapper", &params, 2, args, &kw)?;
        let assigned = match bound[2] {
            Some(v) => crate::iter::collect(v)?,
            None => WRAPPER_ASSIGNMENTS.iter().map(|n| str::new_str(n)).collect(),
        };
        let updated = match bound[3] {
            Some(v) => crate::iter::collect(v)?,
            None => WRAPPER_UPDATES.iter().map(|n| str::new_str(n)).collect(),
        };
        let (wrapper, wrapped) = (bound[0].unwrap_or(Value::NULL), bound[1].unwrap_or(Value::NULL));
        update_wrapper(wrapper, wrapped, &assigned, &updated)
    })
}

fn update_wrapper(wrapper: Value, wrapped: Value, assigned: &[Value], updated: &[Value]) -> Result<Value, ()> {
    use crate::func::getattr;
    for &name in assigned {
        let name = crate::builtins::attribute_name(&[wrapper, name])?;
        let v = getattr(wrapped, name);
        if v.is_null() {
            // Attributes `wrapped` lacks are skipped (AttributeError only).
            if !crate::builtins::take_attribute_error() {
                return Err(());
            }
            continue;
        }
        crate::builtins::setattr(wrapper, name, v)?;
    }
    for &name in updated {
        let name = crate::builtins::attribute_name(&[wrapper, name])?;
        let target = crate::builtins::nonnull(getattr(wrapper, name))?;
        let source = getattr(wrapped, name);
        if source.is_null() {
            if !crate::builtins::take_attribute_error() {
                return Err(());
            }
            continue;
        }
        crate::builtins::nonnull(crate::func::call_method(target, "update", &[source], Value::NULL))?;
    }
    crate::builtins::setattr(wrapper, "__wrapped__", wrapped)?;
    Ok(wrapper)
}

/// `wraps(wrapped, assigned=..., updated=...)`: `partial(update_wrapper, wrapped=wrapped,
/// assigned=assigned, updated=updated)`, as CPython builds it.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn functools_wraps(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let params = ["wrapped", "assigned", "updated"];
        let bound = crate::args::bind_keywords("wraps", &params, 1, args, &kw)?;
        let wrapped = bound[0].unwrap_or(Value::NULL);
        let assigned = bound[1].unwrap_or_else(|| names_tuple(WRAPPER_ASSIGNMENTS));
        let updated = bound[2].unwrap_or_else(|| names_tuple(WRAPPER_UPDATES));
        let func = super::builtin(functools_update_wrapper, "update_wrapper");
        let names = ["wrapped", "assigned", "updated"].map(String::from).to_vec();
        Ok(native::new(&PARTIAL_TYPE, partial_call, partial_repr, vec![func], names, vec![wrapped, assigned, updated]))
    })
}

/// `cached_property(func)`: a descriptor whose value is computed on first access and kept in
/// the instance's `__dict__`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn functools_cached_property(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    match crate::args::bind_keywords("cached_property", &["func"], 1, args, &kw) {
        Ok(b) => crate::class::new_descriptor(
            &crate::class::CACHED_PROPERTY_TYPE,
            b[0].unwrap_or(Value::NULL),
            Value::NULL,
            Value::NULL,
        ),
        Err(()) => Value::NULL,
    }
}

/// `reduce(function, iterable[, initial])`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn functools_reduce(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
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
    })
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
    // A partial of a partial (without attributes of its own) is flattened, as CPython's.
    let flat = func.has_type(&PARTIAL_TYPE) && native::obj_mut(func).dict.is_null();
    let (mut data, mut names, mut values): (Vec<Value>, Vec<String>, Vec<Value>) = if flat {
        let inner = native::obj_mut(func);
        (inner.data.clone(), inner.names.clone(), inner.kwvalues.clone())
    } else {
        (vec![func], Vec::new(), Vec::new())
    };
    data.extend_from_slice(rest);
    for &(k, v) in &kw {
        match names.iter().position(|n| n == k) {
            Some(i) => values[i] = v,
            None => {
                names.push(k.to_string());
                values.push(v);
            }
        }
    }
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
    let names =
        if names.is_empty() { Value::NULL } else { tuple::new(names.iter().map(|n| str::new_str(n)).collect()) };
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
    if !matches!(name, "cache_info" | "cache_clear") {
        return None;
    }
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

// ---- total_ordering and cmp_to_key ----

static ORDERING_METHOD_TYPE: TypeObject = native::native_type("function");
const ORDER_NAMES: [&str; 4] = ["__lt__", "__le__", "__gt__", "__ge__"];

/// `@total_ordering`: fills in the comparison methods a class lacks from the one it defines
/// (the first of `__lt__`, `__le__`, `__gt__`, `__ge__`), by CPython's formulas.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn functools_total_ordering(ptr: *const Value, n: usize, _kwnames: Value) -> Value {
    let args = super::args_of(ptr, n);
    let [cls] = args else {
        return raise_type_error(&format!("total_ordering() takes 1 positional argument but {n} were given"));
    };
    let Some(c) = crate::class::as_class(*cls) else {
        return raise_type_error("total_ordering() needs a class");
    };
    let defined: Vec<&str> = ORDER_NAMES.iter().copied().filter(|op| crate::class::lookup(c, op).is_some()).collect();
    let Some(&root) = defined.first() else {
        return crate::exceptions::raise(
            &crate::exceptions::VALUE_ERROR,
            "must define at least one ordering operation: < > <= >=",
        );
    };
    for op in ORDER_NAMES {
        if defined.contains(&op) {
            continue;
        }
        let m = native::new_method(
            &ORDERING_METHOD_TYPE,
            derived_compare,
            ordering_repr,
            vec![str::new_str(root), str::new_str(op)],
            vec![format!("_{}_from_{}", &op[2..4], &root[2..4])],
        );
        if !crate::class::class_setattr(*cls, op, m) {
            return Value::NULL;
        }
    }
    *cls
}

fn ordering_repr(o: &NativeObj) -> Result<String, ()> {
    Ok(format!("<function {} at {:#x}>", o.names[0], o as *const NativeObj as usize))
}

/// One derived comparison: the root method's result combined with equality as CPython's
/// `functools` does (`_gt_from_lt`: `not (a < b) and a != b`, ...).
fn derived_compare(o: &NativeObj, args: &[Value], _kwnames: Value) -> Value {
    let [a, b] = args else { return raise_type_error("expected 2 arguments") };
    let (root, target) = (str::as_str(o.data[0]), str::as_str(o.data[1]));
    let Some(f) = crate::class::special(*a, root) else { return Value::from_static(&crate::object::NOT_IMPLEMENTED) };
    let r = crate::class::call_with_self(f, *a, &[*b], Value::NULL);
    if r.is_null() || r.kind() == crate::object::Kind::NotImplemented {
        return r;
    }
    let result = (|| -> Result<bool, ()> {
        let t = crate::ops::truthy(r)?;
        let eq = || crate::ops::compare_bool(crate::ops::CmpOp::Eq, *a, *b);
        let ne = || crate::ops::compare_bool(crate::ops::CmpOp::Ne, *a, *b);
        Ok(match (root, target) {
            ("__lt__", "__le__") | ("__gt__", "__ge__") => t || eq()?,
            ("__le__", "__lt__") | ("__ge__", "__gt__") => t && ne()?,
            ("__lt__", "__gt__") | ("__gt__", "__lt__") => !t && ne()?,
            ("__le__", "__ge__") | ("__ge__", "__le__") => !t || eq()?,
            // `>=` from `<`, `>` from `<=`, `<=` from `>`, `<` from `>=`.
            _ => !t,
        })
    })();
    result.map_or(Value::NULL, Value::bool)
}

static KEY_METHOD_TYPE: TypeObject = native::native_type("function");

/// `cmp_to_key(cmp)`: a class whose instances wrap a value and compare through `cmp`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn functools_cmp_to_key(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    let cmp = match (args, &kw[..]) {
        ([f], []) => *f,
        ([], [("mycmp", f)]) => *f,
        _ => return raise_type_error("cmp_to_key() takes exactly 1 argument"),
    };
    let ns = crate::dict::new();
    let method = |name: &str, call: native::NativeCall| {
        native::new_method(&KEY_METHOD_TYPE, call, ordering_repr, vec![cmp], vec![format!("K.{name}")])
    };
    crate::dict::setitem(ns, str::new_str("__init__"), method("__init__", key_init));
    for (name, call) in [
        ("__lt__", key_lt as native::NativeCall),
        ("__le__", key_le),
        ("__gt__", key_gt),
        ("__ge__", key_ge),
        ("__eq__", key_eq),
    ] {
        crate::dict::setitem(ns, str::new_str(name), method(name, call));
    }
    crate::dict::setitem(ns, str::new_str("__hash__"), Value::none());
    crate::class::make_class("K", "K", &[], ns).unwrap_or(Value::NULL)
}

fn key_init(_o: &NativeObj, args: &[Value], _kwnames: Value) -> Value {
    let [k, obj] = args else { return raise_type_error("K() takes exactly 1 argument") };
    if crate::class::object_setattr(*k, "obj", *obj) { Value::none() } else { Value::NULL }
}

fn key_compare(o: &NativeObj, args: &[Value], test: fn(i128) -> bool) -> Value {
    let [a, b] = args else { return raise_type_error("expected 2 arguments") };
    if !core::ptr::eq(a.ty(), b.ty()) {
        return raise_type_error("other argument must be K instance");
    }
    let (x, y) = (crate::class::instance_getattr(*a, "obj"), crate::class::instance_getattr(*b, "obj"));
    let r = crate::func::call(o.data[0], &[x, y], Value::NULL);
    if r.is_null() {
        return r;
    }
    // The comparison result is compared with 0, as CPython's `K` does.
    match crate::ops::index_value(r) {
        Some(n) => Value::bool(test(n)),
        None => match crate::ops::compare_bool(crate::ops::CmpOp::Lt, r, Value::small(0)) {
            Ok(lt) => {
                let gt = crate::ops::compare_bool(crate::ops::CmpOp::Gt, r, Value::small(0)).unwrap_or(false);
                Value::bool(test(if lt {
                    -1
                } else if gt {
                    1
                } else {
                    0
                }))
            }
            Err(()) => Value::NULL,
        },
    }
}

fn key_lt(o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    key_compare(o, args, |n| n < 0)
}
fn key_le(o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    key_compare(o, args, |n| n <= 0)
}
fn key_gt(o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    key_compare(o, args, |n| n > 0)
}
fn key_ge(o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    key_compare(o, args, |n| n >= 0)
}
fn key_eq(o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    key_compare(o, args, |n| n == 0)
}
