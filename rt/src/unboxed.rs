//! Operators on operands that generated code may hold unboxed: a `Dyn` local with a float
//! shadow (codegen's `function::numbers`) passes its word, which is `UNBOXED` when the value
//! is the float passed beside it. Generated code does the commonest cases inline (two floats,
//! two small ints); these entry points do the rest out of line, with Python's semantics:
//! a float result is returned unboxed too, anything else goes through `ops`' dispatch on
//! objects (the unboxed operand boxed first).

use crate::float::{self, FLOAT_TYPE};
use crate::object::Value;
use crate::ops::{self, BinOp, CmpOp};

/// The word that says "the value is the float beside it": even (not a small int), not null
/// (a bound local) and not a pointer; distinct from the iterator's "exhausted" word 2.
pub const UNBOXED: Value = Value(6);

/// An operand as a float, for an operation with a float: an unboxed or exact float, or a
/// small int (converted as `float.__add__` converts it, correctly rounded).
fn as_float(v: Value, f: f64) -> Option<(f64, bool)> {
    if v == UNBOXED {
        Some((f, true))
    } else if v.is_small_int() {
        Some((v.as_small() as f64, false))
    } else if v.has_type(&FLOAT_TYPE) {
        Some((float::value(v), true))
    } else {
        None
    }
}

/// The operand as an object.
fn boxed(v: Value, f: f64) -> Value {
    if v == UNBOXED { float::new(f) } else { v }
}

/// `a op b` (`a op= b` when `inplace`): a float result goes to `*out` and the result is
/// `UNBOXED`; otherwise the result object; null with the exception pending on error.
///
/// # Safety
/// `out` points to writable memory for an `f64`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_number_binary(
    code: u32,
    a: Value,
    fa: f64,
    b: Value,
    fb: f64,
    inplace: bool,
    out: *mut f64,
) -> Value {
    let op = BinOp::from_code(code);
    if let (Some((x, xf)), Some((y, yf))) = (as_float(a, fa), as_float(b, fb))
        && (xf || yf)
    {
        let r = match op {
            BinOp::Add => Ok(x + y),
            BinOp::Sub => Ok(x - y),
            BinOp::Mul => Ok(x * y),
            BinOp::TrueDiv => float::truediv(x, y),
            BinOp::FloorDiv => float::floordiv(x, y),
            BinOp::Mod => float::rem(x, y),
            BinOp::Pow => float::pow(x, y),
            _ => return binary_objects(op, boxed(a, fa), boxed(b, fb), inplace),
        };
        return match r {
            Ok(r) => {
                // SAFETY: the caller passes a slot for the float.
                unsafe { out.write(r) };
                UNBOXED
            }
            Err(()) => Value::NULL,
        };
    }
    binary_objects(op, boxed(a, fa), boxed(b, fb), inplace)
}

fn binary_objects(op: BinOp, a: Value, b: Value, inplace: bool) -> Value {
    if inplace { ops::inplace(op, a, b) } else { ops::binary(op, a, b) }
}

/// `a op b` as a bool: 1 or 0, -1 with the exception pending on error.
#[unsafe(no_mangle)]
pub extern "C" fn krait_number_compare(code: u32, a: Value, fa: f64, b: Value, fb: f64) -> i32 {
    match ops::compare_bool(CmpOp::from_code(code), boxed(a, fa), boxed(b, fb)) {
        Ok(r) => i32::from(r),
        Err(()) => -1,
    }
}

/// `a op b` as an object (`True`/`False` or whatever a rich comparison returns); null on
/// error.
#[unsafe(no_mangle)]
pub extern "C" fn krait_number_compare_object(code: u32, a: Value, fa: f64, b: Value, fb: f64) -> Value {
    ops::krait_compare(code, boxed(a, fa), boxed(b, fb))
}

/// `-a`: a float result unboxed in `*out` (the result `UNBOXED`), else the object.
///
/// # Safety
/// `out` points to writable memory for an `f64`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_number_neg(a: Value, fa: f64, out: *mut f64) -> Value {
    if let Some((x, true)) = as_float(a, fa) {
        // SAFETY: the caller passes a slot for the float.
        unsafe { out.write(-x) };
        return UNBOXED;
    }
    ops::neg(boxed(a, fa))
}
