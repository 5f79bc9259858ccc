//! `collections.defaultdict`: a class deriving from `dict` whose `__missing__` stores and
//! returns what its `default_factory` makes. The factory lives in the instance's attribute
//! dict (`subclass.rs`), where `d.default_factory` finds it.

use crate::builtins::nonnull;
use crate::cell::Global;
use crate::exceptions::raise_type_error;
use crate::native::{self, NativeObj};
use crate::object::{Kind, Value};
use crate::{dict, str};

static DEFAULTDICT: Global<Value> = Global::new(Value::NULL);

/// The `defaultdict` class, made on first use.
pub fn defaultdict_class() -> Value {
    native::collections_dict_class(
        &DEFAULTDICT,
        "defaultdict",
        &[
            ("__init__", init),
            ("__missing__", missing),
            ("__repr__", repr),
            ("copy", copy),
            ("__copy__", copy),
            ("__or__", or),
            ("__ror__", or),
        ],
    )
}

fn factory(d: Value) -> Value {
    crate::class::namespace_get(crate::subclass::instance_dict(d), "default_factory").unwrap_or(Value::none())
}

/// `defaultdict(default_factory=None, /, *args, **kwargs)`: the rest as `dict()` takes them.
fn init(_: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    let nkw = if kwnames.is_null() { 0 } else { crate::tuple::items(kwnames).len() };
    let npos = args.len() - nkw;
    let d = args[0];
    let (f, rest) = if npos > 1 { (args[1], &args[2..]) } else { (Value::none(), &args[1..]) };
    if !f.is_none() && !crate::builtins::is_callable(f) {
        return raise_type_error("first argument must be callable or None");
    }
    dict::setitem(crate::subclass::instance_dict(d), str::new_str("default_factory"), f);
    crate::subclass::builtin_init(d, rest, kwnames)
}

/// A missing key gets `default_factory()` (a `KeyError` without a factory).
fn missing(_: &NativeObj, args: &[Value], _: Value) -> Value {
    let [d, key] = args else { return raise_type_error("__missing__() takes exactly one argument") };
    let f = factory(*d);
    if f.is_none() {
        return dict::raise_key_error(*key);
    }
    let v = crate::func::call(f, &[], Value::NULL);
    if v.is_null() || !dict::setitem(*d, *key, v) {
        return Value::NULL;
    }
    v
}

/// `defaultdict(<factory repr>, {items})`, with the class's own name.
fn repr(_: &NativeObj, args: &[Value], _: Value) -> Value {
    let d = args[0];
    let r = (|| -> Result<String, ()> {
        let f = crate::repr::repr_string(factory(d))?;
        let items = crate::subclass::as_builtin(d, || crate::repr::repr_string(d))?;
        Ok(format!("{}({f}, {items})", d.type_name()))
    })();
    r.map_or(Value::NULL, |s| str::new_str(&s))
}

/// A new instance of `d`'s class with the same factory and `items`.
fn like(d: Value, items: Value) -> Value {
    crate::func::call(Value::from_static(d.ty()), &[factory(d), items], Value::NULL)
}

fn copy(_: &NativeObj, args: &[Value], _: Value) -> Value {
    like(args[0], args[0])
}

/// `d | other` and `other | d` with a dict: a new instance of `d`'s class with `d`'s factory,
/// the left operand's items first (the method's name says which side `d` is on).
fn or(o: &NativeObj, args: &[Value], _: Value) -> Value {
    let [d, other] = args else { return raise_type_error("expected 1 argument") };
    if other.is_small_int() || other.kind() != Kind::Dict {
        return Value::from_static(&crate::object::NOT_IMPLEMENTED);
    }
    let (first, second) = if o.names[0].ends_with("__ror__") { (*other, *d) } else { (*d, *other) };
    let r = (|| -> Result<Value, ()> {
        let new = nonnull(like(*d, first))?;
        dict::update(new, second)?;
        Ok(new)
    })();
    r.unwrap_or(Value::NULL)
}
