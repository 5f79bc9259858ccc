//! `contextlib`: `contextmanager`, `suppress`, `nullcontext` and `closing` (the rest is not
//! provided yet). Their context managers are native objects whose `__enter__`/`__exit__`
//! `with` finds through [`methods`].

use crate::exceptions::{self, raise, raise_type_error};
use crate::func::split_args;
use crate::native::{self, NativeObj};
use crate::object::{Kind, TypeObject, Value};
use crate::{func, tuple};

#[rustfmt::skip]
pub const NAMES: &[&str] = &[
    "AbstractAsyncContextManager", "AbstractContextManager", "AsyncContextDecorator", "AsyncExitStack",
    "ContextDecorator", "ExitStack", "aclosing", "asynccontextmanager", "chdir", "closing", "contextmanager",
    "nullcontext", "redirect_stderr", "redirect_stdout", "suppress",
];

static GENERATOR_CM_TYPE: TypeObject = native::native_type("contextlib._GeneratorContextManager");
static SUPPRESS_TYPE: TypeObject = native::native_type("contextlib.suppress");
static NULLCONTEXT_TYPE: TypeObject = native::native_type("contextlib.nullcontext");
static CLOSING_TYPE: TypeObject = native::native_type("contextlib.closing");
static HELPER_TYPE: TypeObject = native::native_type("function");
static METHOD_TYPE: TypeObject = native::native_type("method");

pub fn getattr(name: &str) -> Option<Value> {
    Some(match name {
        "contextmanager" => super::builtin(contextlib_contextmanager, "contextmanager"),
        "suppress" => super::builtin(contextlib_suppress, "suppress"),
        "nullcontext" => super::builtin(contextlib_nullcontext, "nullcontext"),
        "closing" => super::builtin(contextlib_closing, "closing"),
        _ => return None,
    })
}

fn object_repr(o: &NativeObj) -> Result<String, ()> {
    Ok(format!("<{} object at {:#x}>", o.names[0], core::ptr::from_ref(o) as usize))
}

fn not_callable(o: &NativeObj, _: &[Value], _: Value) -> Value {
    raise_type_error(&format!("'{}' object is not callable", o.names[0].rsplit('.').next().unwrap_or("")))
}

fn manager(ty: &'static TypeObject, data: Vec<Value>) -> Value {
    native::new(ty, not_callable, object_repr, data, vec![ty.name.to_string()], Vec::new())
}

/// `@contextmanager`: the decorated generator function becomes a function returning a
/// context manager around the generator.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contextlib_contextmanager(ptr: *const Value, n: usize, _kwnames: Value) -> Value {
    let [f] = super::args_of(ptr, n) else {
        return raise_type_error(&format!("contextmanager() takes 1 positional argument but {n} were given"));
    };
    let name = if f.kind() == Kind::Function { func::qualname(*f).to_string() } else { "helper".into() };
    native::new(&HELPER_TYPE, helper_call, helper_repr, vec![*f], vec![name], Vec::new())
}

fn helper_call(o: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    let generator = func::call(o.data[0], args, kwnames);
    if generator.is_null() {
        return generator;
    }
    manager(&GENERATOR_CM_TYPE, vec![generator])
}

fn helper_repr(o: &NativeObj) -> Result<String, ()> {
    Ok(format!("<function {} at {:#x}>", o.names[0], core::ptr::from_ref(o) as usize))
}

/// `suppress(*exceptions)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contextlib_suppress(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    if let Some((k, _)) = kw.first() {
        return raise_type_error(&format!("suppress() got an unexpected keyword argument '{k}'"));
    }
    manager(&SUPPRESS_TYPE, vec![tuple::new(args.to_vec())])
}

/// `nullcontext(enter_result=None)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contextlib_nullcontext(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    match crate::args::bind_keywords("nullcontext", &["enter_result"], 0, args, &kw) {
        Ok(b) => manager(&NULLCONTEXT_TYPE, vec![b[0].unwrap_or(Value::none())]),
        Err(()) => Value::NULL,
    }
}

/// `closing(thing)`: `thing.close()` on exit.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contextlib_closing(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    match crate::args::bind_keywords("closing", &["thing"], 1, args, &kw) {
        Ok(b) => manager(&CLOSING_TYPE, vec![b[0].unwrap_or(Value::none())]),
        Err(()) => Value::NULL,
    }
}

fn is(v: Value, ty: &'static TypeObject) -> bool {
    !v.is_small_int() && core::ptr::eq(v.ty(), ty)
}

/// The bound `__enter__` and `__exit__` of one of this module's context managers.
pub fn methods(mgr: Value) -> Option<(Value, Value)> {
    let (enter, exit): (native::NativeCall, native::NativeCall) = if is(mgr, &GENERATOR_CM_TYPE) {
        (generator_enter, generator_exit)
    } else if is(mgr, &SUPPRESS_TYPE) {
        (return_none, suppress_exit)
    } else if is(mgr, &NULLCONTEXT_TYPE) || is(mgr, &CLOSING_TYPE) {
        (return_data, if is(mgr, &CLOSING_TYPE) { closing_exit } else { return_none })
    } else {
        return None;
    };
    let method = |call, name: &str| {
        native::new(&METHOD_TYPE, call, object_repr, vec![mgr], vec![format!("{}.{name}", mgr.type_name())], Vec::new())
    };
    Some((method(enter, "__enter__"), method(exit, "__exit__")))
}

/// The data of the manager a method is bound to.
fn data(o: &NativeObj) -> &'static [Value] {
    // SAFETY: `methods` binds every method to one of this module's native objects.
    &unsafe { o.data[0].obj::<NativeObj>() }.data
}

fn return_none(_: &NativeObj, _: &[Value], _: Value) -> Value {
    Value::none()
}

fn return_data(o: &NativeObj, _: &[Value], _: Value) -> Value {
    data(o)[0]
}

fn suppress_exit(o: &NativeObj, args: &[Value], _: Value) -> Value {
    let Some(&ty) = args.first() else { return Value::bool(false) };
    if ty.is_none() || ty.kind() != Kind::Type {
        return Value::bool(false);
    }
    // SAFETY: kind checked.
    let t = unsafe { ty.obj::<TypeObject>() };
    let suppressed = tuple::items(data(o)[0]).iter().any(|&c| {
        // SAFETY: only types are compared as types.
        c.kind() == Kind::Type && t.is_subtype(unsafe { c.obj::<TypeObject>() })
    });
    Value::bool(suppressed)
}

fn closing_exit(o: &NativeObj, _: &[Value], _: Value) -> Value {
    let r = func::call_method(data(o)[0], "close", &[], Value::NULL);
    if r.is_null() { r } else { Value::none() }
}

fn generator_enter(o: &NativeObj, _: &[Value], _: Value) -> Value {
    match crate::iter::next(data(o)[0]) {
        Ok(Some(v)) => v,
        Ok(None) => raise(&exceptions::RUNTIME_ERROR, "generator didn't yield"),
        Err(()) => Value::NULL,
    }
}

/// `__exit__` of a `@contextmanager` manager: finishes the generator, or throws the
/// exception into it at its `yield` (a true result: the generator swallowed it).
fn generator_exit(o: &NativeObj, args: &[Value], _: Value) -> Value {
    let generator = data(o)[0];
    let exc = args.get(1).copied().unwrap_or(Value::none());
    if args.first().is_none_or(|t| t.is_none()) {
        return match crate::iter::next(generator) {
            Ok(Some(_)) => raise(&exceptions::RUNTIME_ERROR, "generator didn't stop"),
            Ok(None) => Value::bool(false),
            Err(()) => Value::NULL,
        };
    }
    let r = func::call_method(generator, "throw", &[exc], Value::NULL);
    if !r.is_null() {
        return raise(&exceptions::RUNTIME_ERROR, "generator didn't stop after throw()");
    }
    let raised = exceptions::pending();
    if raised.ty().is_subtype(&exceptions::STOP_ITERATION) {
        exceptions::take_pending();
        return Value::bool(raised != exc);
    }
    if raised == exc {
        // The same exception came back out: `with` re-raises it.
        exceptions::take_pending();
        return Value::bool(false);
    }
    Value::NULL
}
