//! `slice` objects, and slice bounds as CPython's `PySlice_GetIndicesEx` computes them.

use crate::exceptions::{self, raise};
use crate::object::{Header, Kind, OBJECT_TYPE, TypeObject, Value, new_object};
use crate::ops;

pub static SLICE_TYPE: TypeObject = TypeObject::new("slice", Kind::Slice, Some(&OBJECT_TYPE));

/// `slice(start, stop, step)`; an omitted bound is `None`.
#[repr(C)]
pub struct SliceObj {
    pub header: Header,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub fn new(start: Value, stop: Value, step: Value) -> Value {
    let or_none = |v: Value| if v.is_null() { Value::none() } else { v };
    new_object(SliceObj {
        header: Header { ty: &SLICE_TYPE },
        start: or_none(start),
        stop: or_none(stop),
        step: or_none(step),
    })
}

pub fn obj(v: Value) -> &'static SliceObj {
    // SAFETY: callers check the kind is Slice.
    unsafe { v.obj::<SliceObj>() }
}

/// Resolves a slice object against a sequence of length `len`.
pub fn resolve_object(s: Value, len: usize) -> Result<Bounds, ()> {
    let o = obj(s);
    resolve(o.start, o.stop, o.step, len)
}

/// `x[a:b:c]` as a value for `x[...] = v` and `del x[...]`; null bounds are omitted ones.
#[unsafe(no_mangle)]
pub extern "C" fn krait_slice_new(start: Value, stop: Value, step: Value) -> Value {
    new(start, stop, step)
}

/// Resolved bounds of `seq[start:stop:step]` for a sequence of length `len`.
#[derive(Clone, Copy, Debug)]
pub struct Bounds {
    pub start: isize,
    pub stop: isize,
    pub step: isize,
    pub len: usize,
}

impl Bounds {
    /// The indices the slice selects, in order.
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |k| (self.start + k as isize * self.step) as usize)
    }
}

/// `del xs[a:b:c]` on a vector, for the resolved bounds of the slice.
pub fn delete<T>(xs: &mut Vec<T>, b: Bounds) {
    if b.step == 1 {
        xs.drain(b.start as usize..b.stop.max(b.start) as usize);
        return;
    }
    let mut doomed = vec![false; xs.len()];
    for i in b.indices() {
        doomed[i] = true;
    }
    let mut k = 0;
    xs.retain(|_| {
        k += 1;
        !doomed[k - 1]
    });
}

/// The `start`/`end` arguments of `find`, `count`, `startswith`, … resolved against a
/// sequence of length `len`, as CPython's `ADJUST_INDICES`: `None` when the range is empty
/// in a way that finds nothing, not even the empty string (a start past the end).
pub fn search_range(len: usize, start: Option<&Value>, end: Option<&Value>) -> Result<Option<(usize, usize)>, ()> {
    let n = len as i128;
    let fix = |i: i128| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = crate::args::slice_index(start, 0)?;
    let (a, b) = (if start > n { start } else { fix(start) }, fix(crate::args::slice_index(end, n)?));
    Ok(if a > b { None } else { Some((a as usize, b as usize)) })
}

/// Converts a slice bound to an isize, clamping huge ints (Python does the same).
#[inline]
fn bound(v: Value) -> Result<Option<isize>, ()> {
    if v.is_small_int() {
        return Ok(Some(v.as_small() as isize));
    }
    if v.is_null() {
        return Ok(None);
    }
    other_bound(v)
}

#[cold]
fn other_bound(v: Value) -> Result<Option<isize>, ()> {
    if v.is_none() {
        return Ok(None);
    }
    match ops::index_value(v) {
        Some(i) => Ok(Some(i.clamp(isize::MIN as i128 / 2, isize::MAX as i128 / 2) as isize)),
        None => {
            raise(&exceptions::TYPE_ERROR, "slice indices must be integers or None or have an __index__ method");
            Err(())
        }
    }
}

/// Resolves `start`, `stop`, `step` (each a value or null for "omitted") against `len`.
#[inline(always)]
pub fn resolve(start: Value, stop: Value, step: Value, len: usize) -> Result<Bounds, ()> {
    let step = bound(step)?.unwrap_or(1);
    if step == 0 {
        raise(&exceptions::VALUE_ERROR, "slice step cannot be zero");
        return Err(());
    }
    let len_i = len as isize;
    let adjust = |v: Option<isize>, default: isize, lower: isize, upper: isize| match v {
        None => default,
        Some(i) if i < 0 => (i + len_i).max(lower),
        Some(i) => i.min(upper),
    };
    let (start, stop) = if step > 0 {
        (adjust(bound(start)?, 0, 0, len_i), adjust(bound(stop)?, len_i, 0, len_i))
    } else {
        (adjust(bound(start)?, len_i - 1, -1, len_i - 1), adjust(bound(stop)?, -1, -1, len_i - 1))
    };
    // Steps of 1 and -1 (the common ones) need no division.
    let count = match step {
        1 => (stop - start).max(0),
        -1 => (start - stop).max(0),
        _ if step > 0 && stop > start => (stop - start - 1) / step + 1,
        _ if step < 0 && start > stop => (start - stop - 1) / (-step) + 1,
        _ => 0,
    };
    Ok(Bounds { start, stop, step, len: count as usize })
}

/// `s.indices(length)`: the start, stop and step a sequence of that length would use.
pub fn indices(s: Value, args: &[Value]) -> Value {
    let [length] = args else {
        return crate::exceptions::raise_type_error(&format!(
            "slice.indices() takes exactly one argument ({} given)",
            args.len()
        ));
    };
    let Ok(n) = crate::args::ssize(*length) else { return Value::NULL };
    if n < 0 {
        return raise(&exceptions::VALUE_ERROR, "length should not be negative");
    }
    let o = obj(s);
    match resolve(o.start, o.stop, o.step, n as usize) {
        Ok(b) => {
            // `resolve` gives a stop of -1 for a backward slice running off the start.
            let items = [b.start, b.stop, b.step].map(|v| crate::int::from_i64(v as i64));
            crate::tuple::new(items.to_vec())
        }
        Err(()) => Value::NULL,
    }
}
