//! The context-manager protocol behind `with` (lowering calls these by name): `__enter__`
//! and `__exit__` looked up on the type, as CPython 3.12 does.

use crate::exceptions::{self, raise_type_error};
use crate::object::Value;
use crate::{func, tuple};

/// `with mgr`: looks up `__enter__` and `__exit__`, then enters. Returns `(exit, value)`:
/// the bound `__exit__` and what `__enter__` returned.
pub fn enter(mgr: Value) -> Result<Value, ()> {
    let (enter, exit) = match crate::modules::contextlib::methods(mgr) {
        Some(pair) => pair,
        None if mgr.kind() == crate::object::Kind::File => {
            (func::builtin_method(mgr.ty(), mgr, "__enter__"), func::builtin_method(mgr.ty(), mgr, "__exit__"))
        }
        None => {
            let no_protocol = || format!("'{}' object does not support the context manager protocol", mgr.type_name());
            let Some(enter) = crate::class::special_bound(mgr, "__enter__") else {
                raise_type_error(&no_protocol());
                return Err(());
            };
            let Some(exit) = crate::class::special_bound(mgr, "__exit__") else {
                raise_type_error(&format!("{} (missed __exit__ method)", no_protocol()));
                return Err(());
            };
            (enter, exit)
        }
    };
    let value = crate::builtins::nonnull(func::call(enter, &[], Value::NULL))?;
    Ok(tuple::new(vec![exit, value]))
}

/// Leaving a `with` body without an exception: `exit(None, None, None)`.
pub fn exit(exit: Value) -> Result<Value, ()> {
    let none = Value::none();
    crate::builtins::nonnull(func::call(exit, &[none, none, none], Value::NULL))
}

/// Leaving a `with` body by exception `exc`: `exit(type(exc), exc, traceback)`; a true
/// result suppresses the exception. (krait has no traceback objects: the third argument is
/// `None`.)
pub fn exit_exception(exit: Value, exc: Value) -> Result<Value, ()> {
    let _ = exceptions::exc(exc);
    let ty = Value::from_static(exc.ty());
    let tb = crate::traceback::traceback_of(exc);
    crate::builtins::nonnull(func::call(exit, &[ty, exc, tb], Value::NULL))
}
