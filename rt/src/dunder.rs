//! Special methods of builtin types called by name: `(1, 2).__repr__()`, `xs.__len__()`,
//! and `super().__repr__()` in a class deriving from a builtin type. Each is the operation
//! itself; a binary operator or comparison with an unsupported operand returns
//! `NotImplemented`, as CPython's slot wrappers do.

use crate::exceptions;
use crate::object::{Kind, Value};
use crate::ops::{self, BinOp, CmpOp};
use crate::{int, str};

/// Calls special method `name` of builtin object `obj`; `None` for names this does not
/// provide (the caller reports them).
pub fn call(obj: Value, name: &str, args: &[Value]) -> Option<Value> {
    let result: Result<Value, ()> = match (name, args) {
        ("__repr__", []) => crate::repr::repr_string(obj).map(|s| str::new_str(&s)),
        ("__str__", []) => crate::repr::str_string(obj).map(|s| str::new_str(&s)),
        ("__format__", [spec]) if spec.kind() == Kind::Str => {
            crate::format::format_value(obj, str::as_str(*spec)).map(|s| str::new_str(&s))
        }
        ("__len__", []) => ops::len(obj).map(|n| int::from_i128(n as i128)),
        ("__hash__", []) => ops::hash(obj).map(|h| int::from_i128(i128::from(h))),
        ("__bool__", []) => ops::truthy(obj).map(Value::bool),
        ("__contains__", [x]) => ops::contains(obj, *x).map(Value::bool),
        ("__getitem__", [i]) => crate::builtins::nonnull(ops::getitem(obj, *i)),
        ("__setitem__", [i, v]) => ok_none(ops::setitem(obj, *i, *v)),
        ("__delitem__", [i]) => ok_none(ops::delitem(obj, *i)),
        ("__iter__", []) => crate::builtins::nonnull(crate::iter::iter(obj)),
        ("__next__", []) if obj.kind() == Kind::Iterator => match crate::iter::next(obj) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => crate::exceptions::fail(crate::exceptions::raise(&crate::exceptions::STOP_ITERATION, "")),
            Err(()) => Err(()),
        },
        ("__neg__", []) => crate::builtins::nonnull(ops::neg(obj)),
        ("__pos__", []) => crate::builtins::nonnull(ops::pos(obj)),
        ("__invert__", []) => crate::builtins::nonnull(ops::invert(obj)),
        // `BaseException.__init__(e, *args)` sets the exception's arguments.
        ("__init__", args) if obj.kind() == Kind::Exception => {
            crate::exceptions::exc(obj).args = crate::tuple::new(args.to_vec());
            Ok(Value::none())
        }
        // (`T.__init__(x, ...)` is the type's method, called on `x`: not this.)
        ("__init__", _) if obj.kind() != Kind::Type => Ok(Value::none()),
        (_, [x]) if let Some(op) = comparison(name) => {
            if !accepts(obj, *x) {
                return Some(Value::from_static(&crate::object::NOT_IMPLEMENTED));
            }
            match ops::compare_builtin(op, obj, *x) {
                Ok(b) => Ok(Value::bool(b)),
                Err(()) => not_implemented(),
            }
        }
        (_, [x]) if let Some((op, reflected)) = binary(name) => {
            if is_number(obj) && is_number(*x) && !accepts(obj, *x) {
                return Some(Value::from_static(&crate::object::NOT_IMPLEMENTED));
            }
            let (a, b) = if reflected { (*x, obj) } else { (obj, *x) };
            match ops::binary(op, a, b) {
                r if r.is_null() => not_implemented(),
                r => Ok(r),
            }
        }
        _ => return None,
    };
    Some(result.unwrap_or(Value::NULL))
}

/// Whether `call` provides special method `name`.
pub fn provides(name: &str) -> bool {
    matches!(
        name,
        "__repr__"
            | "__str__"
            | "__format__"
            | "__len__"
            | "__hash__"
            | "__bool__"
            | "__contains__"
            | "__getitem__"
            | "__setitem__"
            | "__delitem__"
            | "__iter__"
            | "__neg__"
            | "__pos__"
            | "__invert__"
            | "__init__"
    ) || comparison(name).is_some()
        || binary(name).is_some()
}

fn is_number(v: Value) -> bool {
    matches!(v.kind(), Kind::Int | Kind::Bool | Kind::Float)
}

/// Whether `obj`'s type's slot handles `other` itself (else it returns `NotImplemented`):
/// an instance of the type that defines the slot (`int`'s for a bool), or an int for a float.
fn accepts(obj: Value, other: Value) -> bool {
    let mut own = if obj.kind() == Kind::Bool { &crate::int::INT_TYPE } else { obj.ty() };
    // An instance of a class deriving from a builtin type: the builtin type's slot.
    while own.user
        && let Some(base) = own.base
    {
        own = base;
    }
    other.ty().is_subtype(own) || (obj.kind() == Kind::Float && matches!(other.kind(), Kind::Int | Kind::Bool))
}

fn ok_none(done: bool) -> Result<Value, ()> {
    if done { Ok(Value::none()) } else { Err(()) }
}

/// `NotImplemented` in place of a `TypeError` from the operation (other errors propagate).
fn not_implemented() -> Result<Value, ()> {
    let e = exceptions::pending();
    if !e.is_null() && e.ty().is_subtype(&exceptions::TYPE_ERROR) {
        exceptions::take_pending();
        return Ok(Value::from_static(&crate::object::NOT_IMPLEMENTED));
    }
    Err(())
}

/// The comparison of a rich-comparison method name (`__lt__`), by the names class dispatch uses.
fn comparison(name: &str) -> Option<CmpOp> {
    (0..6).map(CmpOp::from_code).find(|&op| crate::class::cmp_name(op) == name)
}

/// The operator of a binary special method, and whether it is the reflected one.
fn binary(name: &str) -> Option<(BinOp, bool)> {
    (0..13).map(BinOp::from_code).find_map(|op| {
        let [plain, reflected, _] = crate::class::binop_names(op);
        if name == plain {
            Some((op, false))
        } else if name == reflected {
            Some((op, true))
        } else {
            None
        }
    })
}
