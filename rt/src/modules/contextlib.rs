//! `contextlib`: `contextmanager`, `suppress`, `nullcontext`, `closing` and `ExitStack` (the
//! rest is not provided yet). Their context managers are native objects whose `__enter__`/`__exit__`
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
static EXIT_STACK_TYPE: TypeObject = native::native_type("contextlib.ExitStack");
static HELPER_TYPE: TypeObject = native::native_type("function");
static METHOD_TYPE: TypeObject = native::native_type("method");

pub fn getattr(name: &str) -> Option<Value> {
    Some(match name {
        "contextmanager" => super::builtin(contextlib_contextmanager, "contextmanager"),
        "suppress" => super::builtin(contextlib_suppress, "suppress"),
        "nullcontext" => super::builtin(contextlib_nullcontext, "nullcontext"),
        "closing" => super::builtin(contextlib_closing, "closing"),
        "ExitStack" => super::builtin(contextlib_exitstack, "ExitStack"),
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
    let helper = native::new(&HELPER_TYPE, helper_call, helper_repr, vec![*f], vec![name], Vec::new());
    // As `functools.wraps` leaves it.
    let dict = crate::dict::new();
    crate::dict::setitem(dict, crate::str::new_str("__wrapped__"), *f);
    native::obj_mut(helper).dict = dict;
    helper
}

/// The attributes `functools.wraps` gives the function `contextmanager` returns.
pub fn helper_attribute(v: Value, name: &str) -> Option<Value> {
    if !core::ptr::eq(v.ty(), &HELPER_TYPE) {
        return None;
    }
    let wrapped = native::obj_mut(v).data[0];
    match name {
        "__name__" | "__qualname__" | "__doc__" | "__module__" => Some(func::getattr(wrapped, name)),
        _ => None,
    }
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

/// The bound `__enter__` and `__exit__` of one of this module's context managers.
pub fn methods(mgr: Value) -> Option<(Value, Value)> {
    let (enter, exit): (native::NativeCall, native::NativeCall) = if mgr.has_type(&GENERATOR_CM_TYPE) {
        (generator_enter, generator_exit)
    } else if mgr.has_type(&SUPPRESS_TYPE) {
        (return_none, suppress_exit)
    } else if mgr.has_type(&EXIT_STACK_TYPE) {
        (return_self, exit_stack_exit)
    } else if mgr.has_type(&NULLCONTEXT_TYPE) || mgr.has_type(&CLOSING_TYPE) {
        (return_data, if mgr.has_type(&CLOSING_TYPE) { closing_exit } else { return_none })
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
    // CPython's `__enter__` deletes the manager's `args` (a manager is not reusable), so a
    // second `with` fails looking them up.
    let manager = native::obj_mut(o.data[0]);
    if manager.data.len() > 1 {
        let msg = "'_GeneratorContextManager' object has no attribute 'args'";
        return raise(&exceptions::ATTRIBUTE_ERROR, msg);
    }
    manager.data.push(Value::none());
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
    let frames = if exceptions::is_exception(exc) { exceptions::exc(exc).traceback.len() } else { 0 };
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
        // The same exception came back out: `with` re-raises it, with the traceback it had
        // (CPython's `exc.__traceback__ = traceback`).
        exceptions::take_pending();
        exceptions::exc(exc).traceback.truncate(frames);
        return Value::bool(false);
    }
    Value::NULL
}

fn return_self(o: &NativeObj, _: &[Value], _: Value) -> Value {
    o.data[0]
}

/// `ExitStack()`: its data holds the callbacks, three values each: whether it is an
/// `__exit__`-like callback (given the exception details), the callable, and for a plain
/// callback its arguments (a tuple) and keywords (`names` of the object).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contextlib_exitstack(_: *const Value, n: usize, _: Value) -> Value {
    if n != 0 {
        return raise_type_error(&format!("ExitStack() takes no arguments ({n} given)"));
    }
    manager(&EXIT_STACK_TYPE, Vec::new())
}

/// The methods of an `ExitStack`; `None` for other objects and names.
pub fn exit_stack_method(stack: Value, name: &str, args: &[Value], kwnames: Value) -> Option<Value> {
    if !stack.has_type(&EXIT_STACK_TYPE) {
        return None;
    }
    let o = native::obj_mut(stack);
    Some(match name {
        "enter_context" => {
            let [cm] = args else {
                return Some(raise_type_error("enter_context() takes exactly one argument"));
            };
            let entered = match crate::context::enter(*cm) {
                Ok(t) => t,
                Err(()) => return Some(Value::NULL),
            };
            let (exit, value) = (tuple::items(entered)[0], tuple::items(entered)[1]);
            o.data.extend([Value::bool(true), exit, Value::none()]);
            value
        }
        "push" => {
            let [exit] = args else { return Some(raise_type_error("push() takes exactly one argument")) };
            // An object with `__exit__`, or a callable taking the exception details.
            let callback = crate::class::special_bound(*exit, "__exit__").unwrap_or(*exit);
            o.data.extend([Value::bool(true), callback, Value::none()]);
            *exit
        }
        "callback" => {
            let Some((&f, rest)) = args.split_first() else {
                return Some(raise_type_error(
                    "ExitStack.callback() missing 1 required positional argument: 'callback'",
                ));
            };
            // The arguments, keywords included, are replayed as given.
            o.data.extend([Value::bool(false), f, tuple::new(rest.to_vec())]);
            let names = if kwnames.is_null() {
                String::new()
            } else {
                tuple::items(kwnames).iter().map(|&k| crate::str::as_str(k)).collect::<Vec<_>>().join(",")
            };
            o.names.push(names);
            f
        }
        "pop_all" => {
            let moved = manager(&EXIT_STACK_TYPE, std::mem::take(&mut o.data));
            let names: Vec<String> = o.names.drain(1..).collect();
            native::obj_mut(moved).names.extend(names);
            moved
        }
        "close" => {
            let none = Value::none();
            let r = exit_stack_unwind(stack, [none, none, none]);
            if r.is_null() { r } else { Value::none() }
        }
        _ => return None,
    })
}

fn exit_stack_exit(o: &NativeObj, args: &[Value], _: Value) -> Value {
    let details = [0, 1, 2].map(|i| args.get(i).copied().unwrap_or(Value::none()));
    exit_stack_unwind(o.data[0], details)
}

/// Runs the callbacks, last first, as `ExitStack.__exit__` does: a callback that returns a
/// true value suppresses the exception; one that raises replaces it.
fn exit_stack_unwind(stack: Value, mut details: [Value; 3]) -> Value {
    let received = !details[1].is_none();
    let mut suppressed = false;
    let mut pending: Value = Value::NULL;
    let o = native::obj_mut(stack);
    while o.data.len() >= 3 {
        let n = o.data.len();
        let (is_exit, f, extra) = (o.data[n - 3], o.data[n - 2], o.data[n - 1]);
        o.data.truncate(n - 3);
        let r = if is_exit == Value::bool(true) {
            func::call(f, &details, Value::NULL)
        } else {
            let names = o.names.pop().unwrap_or_default();
            let items = tuple::items(extra);
            let kwnames = if names.is_empty() {
                Value::NULL
            } else {
                tuple::new(names.split(',').map(crate::str::new_str).collect())
            };
            // A plain callback's result counts as `None` (it never suppresses).
            match func::call(f, items, kwnames) {
                r if r.is_null() => r,
                _ => Value::none(),
            }
        };
        if r.is_null() {
            // The new exception replaces the one being handled (chained to it).
            let e = exceptions::take_pending();
            if !details[1].is_none() && exceptions::exc(e).context.is_null() && e != details[1] {
                exceptions::exc(e).context = details[1];
            }
            details = [Value::from_static(e.ty()), e, Value::none()];
            pending = e;
            suppressed = false;
            continue;
        }
        if is_exit == Value::bool(true) && crate::ops::truthy(r).unwrap_or(false) {
            suppressed = true;
            pending = Value::NULL;
            details = [Value::none(), Value::none(), Value::none()];
        }
    }
    if !pending.is_null() {
        exceptions::set_pending(pending);
        return Value::NULL;
    }
    Value::bool(received && suppressed)
}
