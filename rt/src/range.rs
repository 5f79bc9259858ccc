//! `range`.

use crate::exceptions::{self, raise, raise_type_error};
use crate::int;
use crate::object::{Header, Kind, OBJECT_TYPE, TypeObject, Value, new_atomic_object};
use crate::ops;

pub static RANGE_TYPE: TypeObject = TypeObject::new("range", Kind::Range, Some(&OBJECT_TYPE));

/// Bounds are kept as i128: ranges beyond that are rejected with `OverflowError`.
#[repr(C)]
pub struct RangeObj {
    pub header: Header,
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

pub fn obj(v: Value) -> &'static RangeObj {
    // SAFETY: callers check the kind first.
    unsafe { v.obj::<RangeObj>() }
}

pub fn len_of(start: i128, stop: i128, step: i128) -> i128 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

pub fn len(v: Value) -> i128 {
    let r = obj(v);
    len_of(r.start, r.stop, r.step)
}

fn arg(v: Value) -> Result<i128, ()> {
    match ops::index_value(v) {
        Some(i) => Ok(i),
        None if int::is_int(v) => {
            raise(&exceptions::OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
            Err(())
        }
        None => {
            raise_type_error(&format!("'{}' object cannot be interpreted as an integer", v.type_name()));
            Err(())
        }
    }
}

/// `range(...)` with one to three arguments.
pub fn new(args: &[Value]) -> Value {
    let r: Result<(i128, i128, i128), ()> = (|| match args.len() {
        1 => Ok((0, arg(args[0])?, 1)),
        2 => Ok((arg(args[0])?, arg(args[1])?, 1)),
        3 => Ok((arg(args[0])?, arg(args[1])?, arg(args[2])?)),
        0 => crate::exceptions::fail(raise_type_error("range expected at least 1 argument, got 0")),
        n => crate::exceptions::fail(raise_type_error(&format!("range expected at most 3 arguments, got {n}"))),
    })();
    let Ok((start, stop, step)) = r else { return Value::NULL };
    if step == 0 {
        return raise(&exceptions::VALUE_ERROR, "range() arg 3 must not be zero");
    }
    new_atomic_object(RangeObj { header: Header { ty: &RANGE_TYPE }, start, stop, step })
}

pub fn getitem(v: Value, index: Value) -> Value {
    let Some(i) = ops::index_value(index) else {
        return raise_type_error(&format!("range indices must be integers or slices, not {}", index.type_name()));
    };
    let r = obj(v);
    let n = len(v);
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return raise(&exceptions::INDEX_ERROR, "range object index out of range");
    }
    int::from_i128(r.start + j * r.step)
}

pub fn contains(v: Value, x: Value) -> Result<bool, ()> {
    if !int::is_int(x) {
        let items: Vec<Value> = (0..len(v)).map(|k| int::from_i128(obj(v).start + k * obj(v).step)).collect();
        for item in items {
            if ops::eq(item, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let Some(i) = ops::index_value(x) else { return Ok(false) };
    let r = obj(v);
    let inside = if r.step > 0 { r.start <= i && i < r.stop } else { r.stop < i && i <= r.start };
    Ok(inside && (i - r.start) % r.step == 0)
}

/// The position of `x` in the range, if it is there (ints directly, anything else by `==`).
fn position(v: Value, x: Value) -> Result<Option<i128>, ()> {
    let r = obj(v);
    if int::is_int(x) {
        if !contains(v, x)? {
            return Ok(None);
        }
        let i = ops::index_value(x).unwrap_or(0);
        return Ok(Some((i - r.start) / r.step));
    }
    for k in 0..len(v) {
        if ops::eq(int::from_i128(r.start + k * r.step), x)? {
            return Ok(Some(k));
        }
    }
    Ok(None)
}

/// `r.count(x)` and `r.index(x)`.
pub fn call_method(v: Value, name: &str, args: &[Value]) -> Option<Value> {
    let r: Result<Value, ()> = (|| match name {
        "count" | "index" => {
            if args.len() != 1 {
                raise_type_error(&format!("range.{name}() takes exactly one argument ({} given)", args.len()));
                return Err(());
            }
            let found = position(v, args[0])?;
            if name == "index" {
                let Some(k) = found else {
                    let shown = crate::repr::repr_string(args[0])?;
                    raise(&exceptions::VALUE_ERROR, &format!("{shown} is not in range"));
                    return Err(());
                };
                return Ok(int::from_i128(k));
            }
            if int::is_int(args[0]) {
                return Ok(int::from_i64(i64::from(found.is_some())));
            }
            let mut n = 0;
            for k in 0..len(v) {
                if ops::eq(int::from_i128(obj(v).start + k * obj(v).step), args[0])? {
                    n += 1;
                }
            }
            Ok(int::from_i64(n))
        }
        _ => Err(()),
    })();
    exceptions::method_result(r)
}

pub fn repr(v: Value) -> String {
    let r = obj(v);
    if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }
}
