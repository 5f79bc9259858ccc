//! `functools.singledispatch`: a function that picks an implementation by the class of its
//! first argument (the first class of its MRO with one registered), with `register` (by
//! class, or by the first parameter's annotation, unions included), `dispatch` and
//! `registry`.

use crate::exceptions::raise_type_error;
use crate::native::{self, NativeObj};
use crate::object::{Kind, TypeObject, Value};
use crate::{dict, str, tuple};

static DISPATCHER_TYPE: TypeObject = native::native_type("function");
static REGISTER_TYPE: TypeObject = native::native_type("function");

const DEFAULT: usize = 0;
const REGISTRY: usize = 1;

/// `singledispatch(func)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn functools_singledispatch(ptr: *const Value, n: usize, _kwnames: Value) -> Value {
    let [func] = super::args_of(ptr, n) else {
        return raise_type_error(&format!("singledispatch() takes 1 positional argument but {n} were given"));
    };
    let registry = dict::new();
    dict::setitem(registry, Value::from_static(&crate::object::OBJECT_TYPE), *func);
    let name = crate::func::getattr(*func, "__name__");
    let name = if name.is_null() || name.kind() != Kind::Str {
        crate::exceptions::take_pending();
        "singledispatch function".to_string()
    } else {
        str::as_str(name).to_string()
    };
    native::new(&DISPATCHER_TYPE, call, repr, vec![*func, registry], vec![name], Vec::new())
}

fn repr(o: &NativeObj) -> Result<String, ()> {
    Ok(format!("<function {} at {:#x}>", o.names[0], core::ptr::from_ref(o) as usize))
}

/// The implementation for class `cls`: the first class of its MRO registered.
fn dispatch(o: &NativeObj, cls: Value) -> Result<Value, ()> {
    let mro = crate::builtins::nonnull(crate::func::getattr(cls, "__mro__"))?;
    for &t in tuple::items(mro) {
        if let Some(f) = dict::table(o.data[REGISTRY]).get(t, crate::ops::hash(t)?)? {
            return Ok(f);
        }
    }
    Ok(o.data[DEFAULT])
}

fn call(o: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    let npos = args.len() - if kwnames.is_null() { 0 } else { tuple::items(kwnames).len() };
    if npos == 0 {
        return raise_type_error(&format!("{} requires at least 1 positional argument", o.names[0]));
    }
    match dispatch(o, Value::from_static(args[0].ty())) {
        Ok(f) => crate::func::call(f, args, kwnames),
        Err(()) => Value::NULL,
    }
}

/// `f.register`, `f.dispatch`, `f.registry`, and the wrapped function's names.
pub fn attribute(v: Value, name: &str) -> Option<Value> {
    if !v.has_type(&DISPATCHER_TYPE) {
        return None;
    }
    let o = native::obj_mut(v);
    Some(match name {
        "register" | "dispatch" => native::new(
            &REGISTER_TYPE,
            if name == "register" { register } else { dispatch_method },
            repr,
            vec![v],
            vec![name.to_string()],
            Vec::new(),
        ),
        "registry" => {
            let copy = dict::new();
            if dict::update(copy, o.data[REGISTRY]).is_err() {
                return Some(Value::NULL);
            }
            copy
        }
        "__wrapped__" => o.data[DEFAULT],
        "__name__" | "__qualname__" | "__doc__" | "__module__" => crate::func::getattr(o.data[DEFAULT], name),
        _ => return None,
    })
}

fn dispatcher(o: &NativeObj) -> &'static NativeObj {
    native::obj_mut(o.data[0])
}

fn dispatch_method(o: &NativeObj, args: &[Value], _: Value) -> Value {
    let [cls] = args else { return raise_type_error("dispatch() takes exactly one argument") };
    dispatch(dispatcher(o), *cls).unwrap_or(Value::NULL)
}

fn is_class(v: Value) -> bool {
    !v.is_small_int() && v.kind() == Kind::Type
}

/// Registers `func` for `cls` (each member of a union).
fn store(o: &NativeObj, cls: Value, func: Value) -> Result<(), ()> {
    let classes = match crate::modules::typing::union_members(cls) {
        Some(members) => tuple::items(members).to_vec(),
        None => vec![cls],
    };
    for c in classes {
        if !is_class(c) {
            let shown = crate::repr::repr_string(c)?;
            raise_type_error(&format!("Invalid annotation for 'cls'. {shown} is not a class."));
            return Err(());
        }
        if !dict::setitem(o.data[REGISTRY], c, func) {
            return Err(());
        }
    }
    Ok(())
}

/// `register(cls, func)`, `@register(cls)`, or `@register` on a function whose first
/// parameter is annotated with the class.
fn register(o: &NativeObj, args: &[Value], _: Value) -> Value {
    let d = dispatcher(o);
    let r = (|| -> Result<Value, ()> {
        match args {
            [cls, func] => {
                store(d, *cls, *func)?;
                Ok(*func)
            }
            [cls] if is_class(*cls) || crate::modules::typing::union_members(*cls).is_some() => {
                let decorator = native::new(
                    &REGISTER_TYPE,
                    register_with,
                    repr,
                    vec![o.data[0], *cls],
                    vec!["register".into()],
                    Vec::new(),
                );
                Ok(decorator)
            }
            [func] => {
                let annotations = crate::builtins::nonnull(crate::func::getattr(*func, "__annotations__"))?;
                let first = dict::table(annotations)
                    .live()
                    .find(|e| e.key.kind() != Kind::Str || str::as_str(e.key) != "return")
                    .map(|e| e.value);
                let Some(cls) = first else {
                    let shown = crate::repr::repr_string(*func)?;
                    raise_type_error(&format!(
                        "Invalid first argument to `register()`: {shown}. Use either `@register(some_class)` or plain `@register` on an annotated function."
                    ));
                    return Err(());
                };
                store(d, cls, *func)?;
                Ok(*func)
            }
            _ => {
                raise_type_error(&format!(
                    "register() takes from 1 to 2 positional arguments but {} were given",
                    args.len()
                ));
                Err(())
            }
        }
    })();
    r.unwrap_or(Value::NULL)
}

/// The decorator `register(cls)` returns.
fn register_with(o: &NativeObj, args: &[Value], _: Value) -> Value {
    let [func] = args else { return raise_type_error("register() decorator takes one function") };
    let d = native::obj_mut(o.data[0]);
    match store(d, o.data[1], *func) {
        Ok(()) => *func,
        Err(()) => Value::NULL,
    }
}
