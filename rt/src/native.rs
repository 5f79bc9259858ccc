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
}

pub const fn native_type(name: &'static str) -> TypeObject {
    TypeObject::new(name, Kind::Native, Some(&OBJECT_TYPE))
}

pub fn new(ty: &'static TypeObject, call: NativeCall, repr: NativeRepr, data: Vec<Value>, names: Vec<String>, kwvalues: Vec<Value>) -> Value {
    new_object(NativeObj { header: Header { ty }, call, repr, data, names, kwvalues, binds: false })
}

/// A native callable that binds to instances when it is a class attribute.
pub fn new_method(ty: &'static TypeObject, call: NativeCall, repr: NativeRepr, data: Vec<Value>, names: Vec<String>) -> Value {
    new_object(NativeObj { header: Header { ty }, call, repr, data, names, kwvalues: Vec::new(), binds: true })
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

/// `partial`'s attributes (`func`, `args`, `keywords`), an lru-cache wrapper's `__wrapped__`.
pub fn getattr(v: Value, name: &str) -> Option<Value> {
    if let Some(f) = crate::modules::dataclasses::field_getattr(v, name) {
        return Some(f);
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
