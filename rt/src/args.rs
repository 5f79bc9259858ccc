//! Arguments of builtin methods converted as CPython's argument converters convert them, with
//! their errors: `Py_ssize_t` and C `int` parameters, slice bounds (`find(sub, start, end)`),
//! and the type name `_PyArg_BadArgument` shows (`None` for None).

use crate::exceptions::{self, raise, raise_type_error};
use crate::int;
use crate::object::Value;

/// An int argument as an `i128`, `Err(Some(sign))` for an int beyond `i128` (positive or
/// negative), `Err(None)` for a non-int.
fn int_value(v: Value) -> Result<i128, Option<bool>> {
    match crate::ops::index_value(v) {
        Some(i) => Ok(i),
        None if int::is_int(v) => Err(Some(int::to_big(v).sign() != num_bigint::Sign::Minus)),
        None => Err(None),
    }
}

fn not_an_integer(v: Value) {
    raise_type_error(&format!("'{}' object cannot be interpreted as an integer", v.type_name()));
}

/// A `Py_ssize_t` parameter: an int (or `__index__`) that fits in a C `ssize_t`.
pub fn ssize(v: Value) -> Result<i64, ()> {
    match int_value(v) {
        Ok(i) if i64::try_from(i).is_ok() => Ok(i as i64),
        Ok(_) | Err(Some(_)) => {
            raise(&exceptions::OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
            Err(())
        }
        Err(None) => {
            not_an_integer(v);
            Err(())
        }
    }
}

/// An optional `Py_ssize_t` parameter: `default` when omitted (None is not "omitted").
pub fn opt_ssize(v: Option<&Value>, default: i64) -> Result<i64, ()> {
    v.map_or(Ok(default), |&v| ssize(v))
}

/// A C `int` parameter (`expandtabs(tabsize)`).
pub fn c_int(v: Value) -> Result<i32, ()> {
    match int_value(v) {
        Ok(i) if i32::try_from(i).is_ok() => Ok(i as i32),
        Ok(_) | Err(Some(_)) => {
            raise(&exceptions::OVERFLOW_ERROR, "Python int too large to convert to C int");
            Err(())
        }
        Err(None) => {
            not_an_integer(v);
            Err(())
        }
    }
}

/// An optional C `int` parameter: `default` when omitted.
pub fn c_int_or(v: Option<&Value>, default: i32) -> Result<i32, ()> {
    v.map_or(Ok(default), |&v| c_int(v))
}

/// A slice bound given as an argument (`str.find(sub, start, end)`): None or omitted is
/// `default`, huge ints clamp (as CPython's `_PyEval_SliceIndex`).
pub fn slice_index(v: Option<&Value>, default: i128) -> Result<i128, ()> {
    match v {
        None => Ok(default),
        Some(v) if v.is_none() => Ok(default),
        Some(&v) => slice_bound(v, "slice indices must be integers or None or have an __index__ method"),
    }
}

/// A slice bound that may not be None (`list.index(x, start, end)`).
pub fn slice_index_not_none(v: Option<&Value>, default: i128) -> Result<i128, ()> {
    v.map_or(Ok(default), |&v| slice_bound(v, "slice indices must be integers or have an __index__ method"))
}

fn slice_bound(v: Value, msg: &str) -> Result<i128, ()> {
    match int_value(v) {
        Ok(i) => Ok(i),
        Err(Some(positive)) => Ok(if positive { i128::from(i64::MAX) } else { i128::from(i64::MIN) }),
        Err(None) => {
            raise_type_error(msg);
            Err(())
        }
    }
}

/// The type name in CPython's "argument must be X, not Y" errors: `None` for None.
pub fn bad_type_name(v: Value) -> &'static str {
    if v.is_none() { "None" } else { v.type_name() }
}

/// Refuses (with `MemoryError`, as a failed allocation in CPython) to build an object of
/// `bytes` bytes that no machine could hold.
pub fn check_size(bytes: u128) -> Result<(), ()> {
    if bytes > 1 << 44 {
        raise(&exceptions::MEMORY_ERROR, "");
        return Err(());
    }
    Ok(())
}

/// A sequence index (`xs[i]`): ints beyond `i128` become `i128::MAX`/`MIN`, which are out of
/// range of any sequence and which `index_error` reports as CPython does; `None` for a
/// non-int.
pub fn seq_index(index: Value) -> Option<i128> {
    match int_value(index) {
        Ok(i) => Some(i),
        Err(Some(positive)) => Some(if positive { i128::MAX } else { i128::MIN }),
        Err(None) => None,
    }
}

/// Raises the `IndexError` for an index out of range: `msg`, or for an int too large for a
/// C `ssize_t`, CPython's "cannot fit" message.
pub fn index_error(index: Value, msg: &str) -> Value {
    if int::is_int(index) && ssize_fits(index) {
        raise(&exceptions::INDEX_ERROR, msg)
    } else {
        raise(&exceptions::INDEX_ERROR, "cannot fit 'int' into an index-sized integer")
    }
}

fn ssize_fits(v: Value) -> bool {
    matches!(int_value(v), Ok(i) if i64::try_from(i).is_ok())
}

/// Binds the arguments of a library function written in Python in CPython (`def
/// name(p0, p1, ..., pn=..., ...)` with the first `required` parameters required) to its
/// parameters by position and keyword, with CPython's messages for bad calls.
pub fn bind_keywords(
    name: &str,
    params: &[&str],
    required: usize,
    args: &[Value],
    kw: &[(&str, Value)],
) -> Result<Vec<Option<Value>>, ()> {
    if args.len() > params.len() {
        let takes = if required == params.len() {
            format!("{required}")
        } else {
            format!("from {required} to {}", params.len())
        };
        let was = if args.len() == 1 { "was" } else { "were" };
        let msg = format!("{name}() takes {takes} positional arguments but {} {was} given", args.len());
        raise_type_error(&msg);
        return Err(());
    }
    let mut bound: Vec<Option<Value>> = params.iter().map(|_| None).collect();
    for (slot, &a) in bound.iter_mut().zip(args) {
        *slot = Some(a);
    }
    for &(k, v) in kw {
        let Some(i) = params.iter().position(|p| *p == k) else {
            raise_type_error(&format!("{name}() got an unexpected keyword argument '{k}'"));
            return Err(());
        };
        if bound[i].is_some() {
            raise_type_error(&format!("{name}() got multiple values for argument '{k}'"));
            return Err(());
        }
        bound[i] = Some(v);
    }
    let missing: Vec<String> =
        (0..required).filter(|&i| bound[i].is_none()).map(|i| format!("'{}'", params[i])).collect();
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        raise_type_error(&format!("{name}() missing {} required positional argument{s}: {list}", missing.len()));
        return Err(());
    }
    Ok(bound)
}
