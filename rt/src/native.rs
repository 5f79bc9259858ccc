//! Callable objects implemented in Rust that carry state: `operator.itemgetter`,
//! `attrgetter`, `methodcaller` and `functools.partial`. Each has its own type (for `type()`
//! and messages) and a Rust function that performs the call over its stored values.

use crate::object::{Header, Kind, OBJECT_TYPE, TypeObject, Value, new_object};

pub type NativeCall = fn(&NativeObj, &[Value], Value) -> Value;
pub type NativeRepr = fn(&NativeObj) -> Result<String, ()>;

#[repr(C)]
pub struct NativeObj {
    pub header: Header,
    pub call: NativeCall,
    pub repr: NativeRepr,
    /// The values the call works with (the items to get, the wrapped function and its
    /// arguments, ...).
    pub data: Vec<Value>,
    /// Keyword names or attribute paths, when the object needs them.
    pub names: Vec<String>,
    /// Keyword values matching `names` (`partial`'s keywords).
    pub kwvalues: Vec<Value>,
    /// Set for methods the runtime makes for a class: looked up on an instance, they bind
    /// to it like a function.
    pub binds: bool,
    /// The attributes a program set (`__dict__`), for the types that have one; null until
    /// the first is set.
    pub dict: Value,
}

pub const fn native_type(name: &'static str) -> TypeObject {
    TypeObject::new(name, Kind::Native, Some(&OBJECT_TYPE))
}

pub fn new(
    ty: &'static TypeObject,
    call: NativeCall,
    repr: NativeRepr,
    data: Vec<Value>,
    names: Vec<String>,
    kwvalues: Vec<Value>,
) -> Value {
    new_object(NativeObj { header: Header { ty }, call, repr, data, names, kwvalues, binds: false, dict: Value::NULL })
}

/// A native callable that binds to instances when it is a class attribute.
pub fn new_method(
    ty: &'static TypeObject,
    call: NativeCall,
    repr: NativeRepr,
    data: Vec<Value>,
    names: Vec<String>,
) -> Value {
    new_object(NativeObj {
        header: Header { ty },
        call,
        repr,
        data,
        names,
        kwvalues: Vec::new(),
        binds: true,
        dict: Value::NULL,
    })
}

pub fn binds(v: Value) -> bool {
    obj(v).binds
}

fn obj(v: Value) -> &'static NativeObj {
    // SAFETY: callers check the kind is Native.
    unsafe { v.obj::<NativeObj>() }
}

/// The object behind a native callable, for the few that keep mutable state.
pub fn obj_mut(v: Value) -> &'static mut NativeObj {
    // SAFETY: callers check the kind is Native; single-threaded.
    unsafe { v.obj_mut::<NativeObj>() }
}

pub fn call(v: Value, args: &[Value], kwnames: Value) -> Value {
    let o = obj(v);
    (o.call)(o, args, kwnames)
}

pub fn repr(v: Value) -> Result<String, ()> {
    let o = obj(v);
    (o.repr)(o)
}

/// Whether objects of `v`'s type take attributes of the program's own, as CPython's
/// functions, `partial` objects and `lru_cache` wrappers do.
fn has_dict(v: Value) -> bool {
    matches!(v.type_name(), "function" | "functools.partial" | "functools._lru_cache_wrapper")
}

/// `v.name = value` (or `del v.name` with a null value) for a native object; `None` if its
/// type has no `__dict__`.
pub fn setattr(v: Value, name: &str, value: Value) -> Option<bool> {
    if !has_dict(v) {
        return None;
    }
    let o = obj_mut(v);
    if o.dict.is_null() {
        o.dict = crate::dict::new();
    }
    let key = crate::str::new_str(name);
    if !value.is_null() {
        crate::dict::setitem(o.dict, key, value);
        return Some(true);
    }
    if crate::dict::delitem(o.dict, key) {
        return Some(true);
    }
    crate::exceptions::take_pending();
    let msg = format!("'{}' object has no attribute '{name}'", v.type_name());
    crate::exceptions::raise(&crate::exceptions::ATTRIBUTE_ERROR, &msg);
    Some(false)
}

/// `partial`'s attributes (`func`, `args`, `keywords`), an lru-cache wrapper's `__wrapped__`,
/// and attributes the program set.
pub fn getattr(v: Value, name: &str) -> Option<Value> {
    if has_dict(v) {
        let o = obj(v);
        if name == "__dict__" {
            if o.dict.is_null() {
                obj_mut(v).dict = crate::dict::new();
            }
            return Some(obj(v).dict);
        }
        if !o.dict.is_null()
            && let Some(a) = crate::class::namespace_get(o.dict, name)
        {
            return Some(a);
        }
    }
    if let Some(a) = crate::traceback::object_getattr(v, name) {
        return Some(a);
    }
    if let Some(t) = crate::modules::dataclasses::initvar_getattr(v, name) {
        return Some(t);
    }
    if let Some(f) = crate::modules::dataclasses::field_getattr(v, name) {
        return Some(f);
    }
    if is_generic_alias(v) {
        return alias_getattr(v, name);
    }
    if let Some(a) = crate::modules::typing::attribute(v, name) {
        return Some(a);
    }
    if let Some(a) = crate::modules::singledispatch::attribute(v, name) {
        return Some(a);
    }
    if let Some(a) = crate::modules::contextlib::helper_attribute(v, name) {
        return Some(a);
    }
    if let Some(a) = crate::modules::itertools::attribute(v, name) {
        return Some(a);
    }
    let o = obj(v);
    if v.type_name() == "functools._lru_cache_wrapper" && name == "__wrapped__" {
        return Some(o.data[0]);
    }
    if v.type_name() != "functools.partial" {
        return None;
    }
    Some(match name {
        "func" => o.data[0],
        "args" => crate::tuple::new(o.data[1..].to_vec()),
        "keywords" => {
            let d = crate::dict::new();
            for (k, &val) in o.names.iter().zip(&o.kwvalues) {
                crate::dict::setitem(d, crate::str::new_str(k), val);
            }
            d
        }
        _ => return None,
    })
}

/// The qualified name a runtime-made method reports (`P.__init__`): its first name.
pub fn qualname(v: Value) -> String {
    obj(v).names.first().cloned().unwrap_or_default()
}

// ---- `list[int]` and friends: types.GenericAlias ----

static GENERIC_ALIAS_TYPE: TypeObject = native_type("types.GenericAlias");

/// `T[args]` of a builtin container type: an alias that prints as `list[int]` and calls `T`.
pub fn generic_alias(origin: Value, args: Value) -> Value {
    let args = if args.kind() == Kind::Tuple { args } else { crate::tuple::new(vec![args]) };
    new(&GENERIC_ALIAS_TYPE, alias_call, alias_repr, vec![origin, args], Vec::new(), Vec::new())
}

pub fn is_generic_alias(v: Value) -> bool {
    !v.is_small_int() && core::ptr::eq(v.ty(), &GENERIC_ALIAS_TYPE)
}

fn alias_call(o: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    crate::func::call(o.data[0], args, kwnames)
}

/// The class a generic alias stands for (`list` for `list[int]`).
pub fn alias_origin(v: Value) -> Value {
    obj(v).data[0]
}

/// How a generic alias shows a type argument: a class by its (qualified) name.
pub fn type_repr(v: Value) -> Result<String, ()> {
    if v.kind() == Kind::Type {
        // SAFETY: kind Type means the value is a TypeObject.
        let t = unsafe { v.obj::<TypeObject>() };
        return Ok(match crate::class::of_type(t) {
            Some(c) => crate::class::qualified_name(c),
            None => t.name.to_string(),
        });
    }
    if v.kind() == Kind::Ellipsis {
        return Ok("...".into());
    }
    if v.is_none() {
        return Ok("None".into());
    }
    crate::repr::repr_string(v)
}

fn alias_repr(o: &NativeObj) -> Result<String, ()> {
    let items: Result<Vec<String>, ()> = crate::tuple::items(o.data[1]).iter().map(|&a| type_repr(a)).collect();
    Ok(format!("{}[{}]", type_repr(o.data[0])?, items?.join(", ")))
}

/// `a == b` of two generic aliases: same origin and arguments.
pub fn alias_eq(a: Value, b: Value) -> Result<bool, ()> {
    let (x, y) = (obj(a), obj(b));
    Ok(x.data[0] == y.data[0] && crate::ops::eq(x.data[1], y.data[1])?)
}

/// `__origin__` and `__args__` of a generic alias.
fn alias_getattr(v: Value, name: &str) -> Option<Value> {
    let o = obj(v);
    match name {
        "__origin__" => Some(o.data[0]),
        "__args__" => Some(o.data[1]),
        _ => None,
    }
}

static METHOD_TYPE: TypeObject = native_type("function");

/// A method implemented in Rust for a class a module makes (`self` comes first in `args`).
pub fn method(qualname: &str, call: NativeCall) -> Value {
    fn repr(o: &NativeObj) -> Result<String, ()> {
        Ok(format!("<function {} at {:#x}>", o.names[0], core::ptr::from_ref(o) as usize))
    }
    new_method(&METHOD_TYPE, call, repr, Vec::new(), vec![qualname.to_string()])
}

/// Puts methods implemented in Rust into the namespace `ns` of class `class` (their
/// qualified names are `class.name`).
pub fn add_methods(ns: Value, class: &str, methods: &[(&str, NativeCall)]) {
    for &(name, call) in methods {
        crate::dict::setitem(ns, crate::str::new_str(name), method(&format!("{class}.{name}"), call));
    }
}

/// `!=` from an `__eq__` result: a bool negated, anything else (`NotImplemented`, an error)
/// as it is.
pub fn negated(eq: Value) -> Value {
    if eq.is_null() || !eq.has_type(&crate::object::BOOL_TYPE) { eq } else { Value::bool(eq != Value::bool(true)) }
}

/// A class of `collections` deriving from `dict`, made on first use into `cell`, with
/// `methods` implemented in Rust (`Counter`, `defaultdict`).
pub fn collections_dict_class(
    cell: &'static crate::cell::Global<Value>,
    name: &str,
    methods: &[(&str, NativeCall)],
) -> Value {
    module_class(
        cell,
        "collections",
        name,
        || vec![Value::from_static(&crate::dict::DICT_TYPE)],
        |ns| {
            add_methods(ns, name, methods);
        },
    )
}

/// A class of module `module` made on first use into `cell`: `bases`, and a namespace with
/// `__module__` and what `fill` adds.
pub fn module_class(
    cell: &'static crate::cell::Global<Value>,
    module: &str,
    name: &str,
    bases: impl FnOnce() -> Vec<Value>,
    fill: impl FnOnce(Value),
) -> Value {
    let c = cell.get();
    if !c.is_null() {
        return c;
    }
    let ns = crate::dict::new();
    crate::dict::setitem(ns, crate::str::new_str("__module__"), crate::str::new_str(module));
    fill(ns);
    let c = crate::class::make_class(name, name, &bases(), ns).unwrap_or(Value::NULL);
    cell.set(c);
    c
}
