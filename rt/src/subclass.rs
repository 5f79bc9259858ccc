//! Classes deriving from `list`, `dict`, `int`, `float` and `str`. An instance is the builtin object
//! itself, its header typed by the class (so every builtin operation applies to it),
//! followed by an attribute dict (`object::WithDict`). The class's own methods come first: attribute
//! lookups and method calls look in the class before the builtin type, and the operators
//! consult the special methods it defines (`class::special`). `super()` reaches the builtin
//! behaviour through `as_builtin`, which hides the class's overrides for the duration.

use crate::cell::Global;
use crate::class::{self, ClassObj};
use crate::exceptions::raise_type_error;
use crate::object::{Kind, Value, WithDict};
use crate::{dict, list};

/// Whether instances of a class with a base of this kind are that builtin kind.
pub fn is_builtin_kind(kind: Kind) -> bool {
    matches!(kind, Kind::List | Kind::Dict | Kind::Int | Kind::Float | Kind::Str)
}

/// Whether `v` is an instance of a class deriving from `list`, `dict`, `int`, `float` or
/// `str`.
pub fn is_instance(v: Value) -> bool {
    !v.is_small_int() && v.ty().user && is_builtin_kind(v.kind())
}

/// A new instance of `c` made from `args` as the builtin type's constructor would (an empty
/// list or dict, which `__init__` fills; the int or str `int(*args)`/`str(*args)` makes).
pub fn new_instance(c: &'static ClassObj, args: &[Value], kwnames: Value) -> Value {
    let ty = &c.ty;
    let made = |entry: crate::func::BuiltinEntry| {
        // SAFETY: builtin entries follow the generic convention.
        unsafe { entry(args.as_ptr(), args.len(), kwnames) }
    };
    match ty.kind {
        Kind::List => list::new_subclass_instance(ty),
        Kind::Dict => dict::new_subclass_instance(ty),
        Kind::Int => match made(crate::builtins::krait_builtin_int) {
            v if v.is_null() => v,
            v => crate::int::new_subclass_instance(ty, v),
        },
        Kind::Float => match made(crate::builtins::krait_builtin_float) {
            v if v.is_null() => v,
            v => crate::float::new_subclass_instance(ty, crate::float::value(v)),
        },
        _ => match made(crate::builtins::krait_builtin_str) {
            v if v.is_null() => v,
            v => crate::str::new_subclass_instance(ty, v),
        },
    }
}

/// An instance of a class deriving from `int` or `str` with the value `v` (for enum members).
pub fn with_value(c: &'static ClassObj, v: Value) -> Value {
    match c.ty.kind {
        Kind::Int => crate::int::new_subclass_instance(&c.ty, v),
        _ => crate::str::new_subclass_instance(&c.ty, v),
    }
}

/// The attribute dict of an instance.
pub fn instance_dict(v: Value) -> Value {
    // SAFETY: callers check `is_instance`; the kind says which builtin object leads.
    unsafe {
        match v.kind() {
            Kind::List => v.obj::<WithDict<crate::list::ListObj>>().dict,
            Kind::Dict => v.obj::<WithDict<crate::dict::DictObj>>().dict,
            Kind::Int => v.obj::<WithDict<crate::int::IntObj>>().dict,
            Kind::Float => v.obj::<WithDict<crate::float::FloatObj>>().dict,
            _ => v.obj::<WithDict<crate::str::StrObj>>().dict,
        }
    }
}

/// `list.__init__(self, iterable=())` / `dict.__init__(self, *args, **kwargs)` on an
/// instance: fills it from the arguments (a list is emptied first, as CPython's).
pub fn builtin_init(obj: Value, args: &[Value], kwnames: Value) -> Value {
    if !matches!(obj.kind(), Kind::List | Kind::Dict) {
        // `int`, `float` and `str` are made whole by their constructor; `__init__` is
        // `object`'s.
        return Value::none();
    }
    let entry = if obj.kind() == Kind::List {
        crate::builtins::krait_builtin_list
    } else {
        crate::builtins::krait_builtin_dict
    };
    // SAFETY: builtin entries follow the generic convention.
    let made = unsafe { entry(args.as_ptr(), args.len(), kwnames) };
    if made.is_null() {
        return made;
    }
    if obj.kind() == Kind::List {
        *list::items(obj) = list::items(made).clone();
    } else if dict::merge(obj, made).is_err() {
        return Value::NULL;
    }
    Value::none()
}

/// The object whose class overrides `as_builtin` is hiding (null: none).
static BUILTIN_SELF: Global<Value> = Global::new(Value::NULL);

/// Whether `v`'s class's own methods are hidden right now (`super()` is running the
/// builtin type's).
pub fn hidden(v: Value) -> bool {
    let b = BUILTIN_SELF.get();
    !b.is_null() && b == v
}

/// Runs `f` with `v` seen as its builtin type: its class's overrides are skipped.
pub fn as_builtin<R>(v: Value, f: impl FnOnce() -> R) -> R {
    let saved = BUILTIN_SELF.get();
    BUILTIN_SELF.set(v);
    let r = f();
    BUILTIN_SELF.set(saved);
    r
}

/// `super().name(args)` reaching the builtin base: its `__init__`, special methods and
/// other methods, on the object itself.
pub fn super_call(obj: Value, name: &str, args: &[Value], kwnames: Value) -> Value {
    if name == "__init__" {
        return builtin_init(obj, args, kwnames);
    }
    as_builtin(obj, || {
        if kwnames.is_null()
            && let Some(r) = crate::dunder::call(obj, name, args)
        {
            return r;
        }
        crate::func::call_method(obj, name, args, kwnames)
    })
}

static SUPER_METHOD_TYPE: crate::object::TypeObject = crate::native::native_type("builtin_function_or_method");

/// `super().name` reaching the builtin base, as a value: calling it is `super_call`.
pub fn super_method(obj: Value, name: &str) -> Value {
    fn call(o: &crate::native::NativeObj, args: &[Value], kwnames: Value) -> Value {
        super_call(o.data[0], &o.names[0], args, kwnames)
    }
    fn repr(o: &crate::native::NativeObj) -> Result<String, ()> {
        Ok(format!("<built-in method {} of {} object at {:#x}>", o.names[0], o.data[0].type_name(), o.data[0].0))
    }
    crate::native::new(&SUPER_METHOD_TYPE, call, repr, vec![obj], vec![name.to_string()], Vec::new())
}

/// `obj.name` found on the instance or its class (before the builtin type's attributes).
pub fn getattr(obj: Value, name: &str) -> Option<Value> {
    if name == "__dict__" {
        return Some(instance_dict(obj));
    }
    if let Some(v) = class::namespace_get(instance_dict(obj), name) {
        return Some(v);
    }
    if hidden(obj) {
        return None;
    }
    let c = class::of_type(obj.ty())?;
    class::lookup(c, name).map(|a| class::resolve_on(a, obj))
}

/// `obj.name`: what `lookup` finds (the instance's attributes, the class's and the builtin
/// type's), else the class's `__getattr__`.
pub fn getattr_or_fallback(obj: Value, name: &str, lookup: impl FnOnce() -> Value) -> Value {
    let v = lookup();
    if !v.is_null() || hidden(obj) {
        return v;
    }
    let Some(fallback) = class::special(obj, "__getattr__") else { return v };
    if !crate::builtins::take_attribute_error() {
        return v;
    }
    class::call_with_self(fallback, obj, &[crate::str::new_str(name)], Value::NULL)
}

/// `obj.name = value` (`del` for null): the class's `__setattr__`/`__delattr__`, else the
/// attribute dict.
pub fn setattr(obj: Value, name: &str, value: Value) -> bool {
    let (method, args) = if value.is_null() {
        ("__delattr__", vec![crate::str::new_str(name)])
    } else {
        ("__setattr__", vec![crate::str::new_str(name), value])
    };
    if let Some(r) = class::call_special(obj, method, &args) {
        return !r.is_null();
    }
    class::set_in(instance_dict(obj), name, value, || format!("'{}' object has no attribute '{name}'", obj.type_name()))
}

/// `d[key]` of a dict instance whose class defines `__missing__`, for a key it lacks.
pub fn missing(d: Value, key: Value) -> Option<Value> {
    if hidden(d) {
        return None;
    }
    class::call_special(d, "__missing__", &[key])
}

/// `C(args)` for a class deriving from a builtin type: a new instance, initialised by the
/// class's `__init__` or else the builtin one.
pub fn instantiate(c: &'static ClassObj, args: &[Value], kwnames: Value) -> Value {
    let obj = new_instance(c, args, kwnames);
    if obj.is_null() {
        return obj;
    }
    let r = match class::lookup(c, "__init__") {
        Some(init) => class::call_with_self(init, obj, args, kwnames),
        None => builtin_init(obj, args, kwnames),
    };
    if r.is_null() {
        return r;
    }
    if !r.is_none() {
        return raise_type_error(&format!("__init__() should return None, not '{}'", r.type_name()));
    }
    obj
}
