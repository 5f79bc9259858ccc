//! `list`.

use crate::exceptions::{self, raise, raise_type_error};
use crate::floatvec::FloatVec;
use crate::int;
use crate::object::{Header, Kind, OBJECT_TYPE, TypeObject, Value, new_object};
use crate::ops;
use crate::slice;

#[unsafe(export_name = "krait_list_type")]
pub static LIST_TYPE: TypeObject = TypeObject::new("list", Kind::List, Some(&OBJECT_TYPE));

// Compiled code reads and writes lists at these offsets (codegen's `layout.rs`).
const _: () = assert!(core::mem::offset_of!(ListObj, items) == 8);
const _: () = assert!(core::mem::offset_of!(ListObj, floats) == 32);
const _: () = assert!(core::mem::offset_of!(ListObj, unboxed) == 56);

/// A list's elements. A list that typed code fills with floats keeps them unboxed (`floats`,
/// with `items` empty); anything else that needs the elements as values (`items`) boxes them
/// first, once, and the list stays boxed. No semantics change: only typed code, which keeps
/// its floats unboxed anyway, stores into the unboxed form.
#[repr(C)]
pub struct ListObj {
    pub header: Header,
    items: Vec<Value>,
    floats: FloatVec,
    unboxed: bool,
    /// Set once the boxed items were checked for being all floats (see `float_storage`).
    scanned: bool,
}

pub fn new(items: Vec<Value>) -> Value {
    new_object(ListObj {
        header: Header { ty: &LIST_TYPE },
        items,
        floats: FloatVec::new(),
        unboxed: false,
        scanned: false,
    })
}

/// An empty list that is an instance of `ty`, a class deriving from `list`.
pub fn new_subclass_instance(ty: &'static crate::object::TypeObject) -> Value {
    new_object(crate::object::WithDict {
        obj: ListObj {
            header: Header { ty },
            items: Vec::new(),
            floats: FloatVec::new(),
            unboxed: false,
            scanned: false,
        },
        dict: crate::dict::new(),
    })
}

fn obj(v: Value) -> &'static mut ListObj {
    // SAFETY: callers check the kind first; the runtime is single-threaded.
    unsafe { v.obj_mut::<ListObj>() }
}

/// The elements as values, boxing unboxed floats first.
#[inline]
pub fn items(v: Value) -> &'static mut Vec<Value> {
    let o = obj(v);
    if o.unboxed {
        box_items(o);
    }
    &mut o.items
}

/// Boxes an unboxed list's floats into its items, for good.
#[cold]
fn box_items(o: &mut ListObj) {
    o.items = o.floats.iter().map(|&f| crate::float::new(f)).collect();
    o.floats.clear();
    o.unboxed = false;
    o.scanned = true;
}

/// `len(xs)`, without boxing.
pub fn len(v: Value) -> usize {
    let o = obj(v);
    if o.unboxed { o.floats.len() } else { o.items.len() }
}

/// Item `i` (in range) as a value, without changing the storage (iteration uses this).
pub fn get(v: Value, i: usize) -> Option<Value> {
    let o = obj(v);
    if o.unboxed { o.floats.get(i).map(|&f| crate::float::new(f)) } else { o.items.get(i).copied() }
}

/// The unboxed floats of a list that holds only floats, converting it if it is still boxed
/// (at most once per list: `scanned`); `None` if it holds anything else.
fn float_storage(o: &'static mut ListObj) -> Option<&'static mut FloatVec> {
    if !o.unboxed {
        if o.scanned && !o.items.is_empty() {
            return None;
        }
        o.scanned = true;
        // Exactly floats: a subclass's instances keep their class.
        if !o.items.iter().all(|x| x.has_type(&crate::float::FLOAT_TYPE)) {
            return None;
        }
        o.floats = o.items.drain(..).map(crate::float::value).collect();
        o.unboxed = true;
    }
    Some(&mut o.floats)
}

/// Resolves a possibly negative index against `len`.
pub fn norm_index(i: i128, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i128 } else { i };
    if j >= 0 && j < len as i128 { Some(j as usize) } else { None }
}

/// `seq.index(x, start, stop)` of a list or tuple: the first position of `x` within the
/// bounds, which are clamped as slice bounds are.
pub fn index_in(xs: &[Value], x: Value, start: Option<&Value>, stop: Option<&Value>) -> Result<Option<usize>, ()> {
    let n = xs.len() as i128;
    let clamp = |i: i128| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let (a, b) =
        (clamp(crate::args::slice_index_not_none(start, 0)?), clamp(crate::args::slice_index_not_none(stop, n)?));
    let items = xs.to_vec();
    for (i, &item) in items.iter().enumerate().take(b).skip(a) {
        if ops::eq(item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

pub fn getitem(v: Value, index: Value) -> Value {
    if index.is_small_int() {
        let xs = items(v);
        let i = index.as_small();
        let j = if i < 0 { i + xs.len() as i64 } else { i };
        if let Some(&x) = usize::try_from(j).ok().and_then(|j| xs.get(j)) {
            return x;
        }
    }
    let Some(i) = crate::args::seq_index(index) else {
        return raise_type_error(&format!("list indices must be integers or slices, not {}", index.type_name()));
    };
    let xs = items(v);
    match norm_index(i, xs.len()) {
        Some(j) => xs[j],
        None => crate::args::index_error(index, "list index out of range"),
    }
}

pub fn setitem(v: Value, index: Value, value: Value) -> bool {
    if index.kind() == Kind::Slice {
        return set_slice(v, index, value).is_ok();
    }
    let Some(i) = crate::args::seq_index(index) else {
        raise_type_error(&format!("list indices must be integers or slices, not {}", index.type_name()));
        return false;
    };
    let xs = items(v);
    match norm_index(i, xs.len()) {
        Some(j) => {
            xs[j] = value;
            true
        }
        None => {
            crate::args::index_error(index, "list assignment index out of range");
            false
        }
    }
}

/// `xs[a:b:c] = value` (CPython's `list_ass_subscript`) for a slice object.
fn set_slice(v: Value, index: Value, value: Value) -> Result<(), ()> {
    let b = slice::resolve_object(index, items(v).len())?;
    assign_slice(v, b, value)
}

/// `xs[start:stop:step] = value`, each bound null when omitted.
pub fn set_slice_bounds(v: Value, start: Value, stop: Value, step: Value, value: Value) -> Result<(), ()> {
    let b = slice::resolve(start, stop, step, items(v).len())?;
    assign_slice(v, b, value)
}

/// `xs[start:stop:step] = src[from:to:by]` for exact lists `xs` and `src`: the items
/// selected from `src` go straight into place, without the list CPython makes of them
/// (bounds are resolved in CPython's order: the source's first).
pub fn set_slice_of_slice(v: Value, bounds: [Value; 3], src: Value, from: [Value; 3]) -> Result<(), ()> {
    let f = slice::resolve(from[0], from[1], from[2], items(src).len())?;
    let b = slice::resolve(bounds[0], bounds[1], bounds[2], items(v).len())?;
    let xs = items(src);
    // The selected items are copied out first, as `src` may be `xs` itself.
    const SMALL: usize = 32;
    if f.len <= SMALL {
        let mut buf = [core::mem::MaybeUninit::<Value>::uninit(); SMALL];
        for (o, i) in buf.iter_mut().zip(f.indices()) {
            o.write(xs[i]);
        }
        // SAFETY: the first `f.len` items were written just above.
        let selected = unsafe { core::slice::from_raw_parts(buf.as_ptr().cast::<Value>(), f.len) };
        assign_items(v, b, selected)
    } else {
        let selected: Vec<Value> = f.indices().map(|i| xs[i]).collect();
        assign_items(v, b, &selected)
    }
}

/// `xs[b] = value` for resolved bounds `b`: a step of 1 replaces the range with any number
/// of items; another step needs exactly as many items as it selects.
fn assign_slice(v: Value, b: slice::Bounds, value: Value) -> Result<(), ()> {
    // Another exact list or a tuple: its items, no copy made.
    if value != v
        && !value.is_small_int()
        && (core::ptr::eq(value.ty(), &LIST_TYPE) || core::ptr::eq(value.ty(), &crate::tuple::TUPLE_TYPE))
    {
        let new_items: &[Value] = if value.kind() == Kind::List { items(value) } else { crate::tuple::items(value) };
        return assign_items(v, b, new_items);
    }
    let new_items = if value == v {
        items(v).clone()
    } else {
        crate::iter::collect(value).map_err(|()| {
            if exceptions::pending().ty().is_subtype(&exceptions::TYPE_ERROR) {
                exceptions::take_pending();
                raise_type_error("must assign iterable to extended slice");
            }
        })?
    };
    assign_items(v, b, &new_items)
}

/// `xs[b] = new_items`, `new_items` not borrowed from `xs`.
fn assign_items(v: Value, b: slice::Bounds, new_items: &[Value]) -> Result<(), ()> {
    let xs = items(v);
    if b.step == 1 {
        let start = b.start as usize;
        let stop = (b.stop.max(b.start)) as usize;
        if stop - start == new_items.len() {
            xs[start..stop].copy_from_slice(new_items);
        } else {
            xs.splice(start..stop, new_items.iter().copied());
        }
        return Ok(());
    }
    if new_items.len() != b.len {
        raise(
            &exceptions::VALUE_ERROR,
            &format!("attempt to assign sequence of size {} to extended slice of size {}", new_items.len(), b.len),
        );
        return Err(());
    }
    for (i, &x) in b.indices().zip(new_items) {
        xs[i] = x;
    }
    Ok(())
}

/// `del xs[a:b:c]`.
pub fn del_slice(v: Value, index: Value) -> bool {
    let xs = items(v);
    let Ok(b) = slice::resolve_object(index, xs.len()) else { return false };
    slice::delete(xs, b);
    true
}

pub fn getslice(v: Value, start: Value, stop: Value, step: Value) -> Value {
    let xs = items(v);
    let Ok(b) = slice::resolve(start, stop, step, xs.len()) else { return Value::NULL };
    let (from, n) = (b.start as usize, b.len);
    new(match b.step {
        _ if n == 0 => Vec::new(),
        1 => xs[from..from + n].to_vec(),
        -1 => xs[from + 1 - n..=from].iter().rev().copied().collect(),
        _ => b.indices().map(|i| xs[i]).collect(),
    })
}

pub fn call_method(v: Value, name: &str, args: &[Value]) -> Option<Value> {
    let xs = items(v);
    let nargs = |n: usize| -> Result<(), ()> {
        if args.len() == n {
            Ok(())
        } else {
            let msg = match n {
                0 => format!("list.{name}() takes no arguments ({} given)", args.len()),
                1 => format!("list.{name}() takes exactly one argument ({} given)", args.len()),
                _ => format!("{name} expected {n} arguments, got {}", args.len()),
            };
            raise_type_error(&msg);
            Err(())
        }
    };
    let r: Result<Value, ()> = (|| match name {
        "append" => {
            nargs(1)?;
            xs.push(args[0]);
            Ok(Value::none())
        }
        "pop" => {
            if args.len() > 1 {
                raise_type_error(&format!("pop expected at most 1 argument, got {}", args.len()));
                return Err(());
            }
            let i = i128::from(crate::args::opt_ssize(args.first(), -1)?);
            if xs.is_empty() {
                raise(&exceptions::INDEX_ERROR, "pop from empty list");
                return Err(());
            }
            match norm_index(i, xs.len()) {
                Some(j) => Ok(xs.remove(j)),
                None => crate::exceptions::fail(raise(&exceptions::INDEX_ERROR, "pop index out of range")),
            }
        }
        "extend" => {
            nargs(1)?;
            let more = crate::iter::collect(args[0])?;
            items(v).extend(more);
            Ok(Value::none())
        }
        "insert" => {
            nargs(2)?;
            let i = ops::index_value(args[0]).ok_or_else(|| {
                raise_type_error(&format!("'{}' object cannot be interpreted as an integer", args[0].type_name()));
            })?;
            let n = xs.len() as i128;
            let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
            xs.insert(j as usize, args[1]);
            Ok(Value::none())
        }
        "reverse" => {
            nargs(0)?;
            xs.reverse();
            Ok(Value::none())
        }
        "clear" => {
            nargs(0)?;
            xs.clear();
            Ok(Value::none())
        }
        "copy" => {
            nargs(0)?;
            Ok(new(xs.clone()))
        }
        "index" | "count" | "remove" => {
            if name == "index" {
                if args.is_empty() || args.len() > 3 {
                    raise_type_error(&format!("index expected at least 1 argument, got {}", args.len()));
                    return Err(());
                }
            } else {
                nargs(1)?;
            }
            if name == "index" {
                return match index_in(xs, args[0], args.get(1), args.get(2))? {
                    Some(i) => Ok(int::from_i64(i as i64)),
                    None => {
                        let r = crate::repr::repr_string(args[0])?;
                        crate::exceptions::fail(raise(&exceptions::VALUE_ERROR, &format!("{r} is not in list")))
                    }
                };
            }
            let mut count = 0;
            for (i, &x) in xs.clone().iter().enumerate() {
                if ops::eq(x, args[0])? {
                    match name {
                        "index" => return Ok(int::from_i64(i as i64)),
                        "remove" => {
                            items(v).remove(i);
                            return Ok(Value::none());
                        }
                        _ => count += 1,
                    }
                }
            }
            match name {
                "count" => Ok(int::from_i64(count)),
                "index" => {
                    let r = crate::repr::repr_string(args[0])?;
                    crate::exceptions::fail(raise(&exceptions::VALUE_ERROR, &format!("{r} is not in list")))
                }
                _ => crate::exceptions::fail(raise(&exceptions::VALUE_ERROR, "list.remove(x): x not in list")),
            }
        }
        "sort" => {
            if !args.is_empty() {
                raise_type_error("sort() takes no positional arguments");
                return Err(());
            }
            crate::sort::sort_list(v, Value::NULL, false)?;
            Ok(Value::none())
        }
        _ => Err(()),
    })();
    crate::exceptions::method_result(r)
}

// ---- entry points for generated code ----

/// Builds a list from `n` values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_list_new(ptr: *const Value, n: usize) -> Value {
    // SAFETY: codegen passes an array of `n` values.
    new(unsafe { crate::object::values_from_raw(ptr, n) })
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_list_append(list: Value, v: Value) {
    items(list).push(v);
}

/// `ReleaseList`: the storage of a list nothing can reach any more goes back to the
/// collector at once (it would otherwise wait for a collection, and a stale copy of the
/// list's address in a stack slot could keep it for longer); the list is left empty.
#[unsafe(no_mangle)]
pub extern "C" fn krait_list_release(list: Value) {
    let o = obj(list);
    // Dropping the items' `Vec` frees its block (Rust's allocator is the collector).
    o.items = Vec::new();
    o.floats.release();
    o.unboxed = false;
}

/// `xs.append(f)` from typed code: unboxed when the list holds only floats.
#[unsafe(no_mangle)]
pub extern "C" fn krait_list_append_float(list: Value, f: f64) {
    match float_storage(obj(list)) {
        Some(floats) => floats.push(f),
        None => items(list).push(crate::float::new(f)),
    }
}

/// `len(xs)` of a list, from typed code.
#[unsafe(no_mangle)]
pub extern "C" fn krait_list_len(list: Value) -> Value {
    Value::small(len(list) as i64)
}

/// Whether `v` is a list of exactly the builtin type (a float shadow's `UNBOXED` word is not).
#[unsafe(no_mangle)]
pub extern "C" fn krait_is_list(v: Value) -> bool {
    !v.is_small_int() && v.0 != crate::unboxed::UNBOXED.0 && core::ptr::eq(v.ty(), &LIST_TYPE)
}

/// The position a small-int index names in a list of `len` items, if it is in range.
#[inline]
fn small_index(index: Value, len: usize) -> Option<usize> {
    if !index.is_small_int() {
        return None;
    }
    let i = index.as_small();
    let j = if i < 0 { i + len as i64 } else { i };
    if j >= 0 && (j as u64) < len as u64 { Some(j as usize) } else { None }
}

/// `xs[i]` of a list with an int index, from typed code (no dispatch on the container).
#[unsafe(no_mangle)]
pub extern "C" fn krait_list_item(list: Value, index: Value) -> Value {
    let o = obj(list);
    if !o.unboxed
        && let Some(j) = small_index(index, o.items.len())
    {
        return o.items[j];
    }
    match ops::index_value(index).and_then(|i| norm_index(i, len(list))) {
        Some(j) => get(list, j).unwrap_or(Value::NULL),
        None => getitem(list, index),
    }
}

/// `xs[i]` of a list whose elements lowering proved are floats, unboxed; sets the pending
/// exception (and returns 0.0) when the index is out of range.
#[unsafe(no_mangle)]
pub extern "C" fn krait_list_item_float(list: Value, index: Value) -> f64 {
    let o = obj(list);
    if o.unboxed
        && let Some(j) = small_index(index, o.floats.len())
    {
        return o.floats[j];
    }
    if let Some(j) = ops::index_value(index).and_then(|i| norm_index(i, len(list))) {
        return if o.unboxed { o.floats[j] } else { crate::float::value(o.items[j]) };
    }
    getitem(list, index);
    0.0
}

/// `obj[index]` into a `Dyn` local with a float shadow: an item of a list of unboxed floats
/// goes to `*f` without boxing (the result is then `unboxed::UNBOXED`); anything else is
/// `obj[index]` as usual.
///
/// # Safety
/// `f` points to writable memory for an `f64`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_getitem_unboxed(v: Value, index: Value, f: *mut f64) -> Value {
    if v.has_type(&LIST_TYPE) {
        let o = obj(v);
        if o.unboxed
            && let Some(j) = small_index(index, o.floats.len())
        {
            // SAFETY: the caller passes a slot for the float.
            unsafe { f.write(o.floats[j]) };
            return crate::unboxed::UNBOXED;
        }
    }
    ops::getitem(v, index)
}

/// `xs[i]` of a list with an int index into a `Dyn` local with a float shadow: as
/// `krait_getitem_unboxed`, with `krait_list_item`'s fast path for a boxed list.
///
/// # Safety
/// `f` points to writable memory for an `f64`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_list_item_unboxed(list: Value, index: Value, f: *mut f64) -> Value {
    let o = obj(list);
    if o.unboxed
        && let Some(j) = small_index(index, o.floats.len())
    {
        // SAFETY: the caller passes a slot for the float.
        unsafe { f.write(o.floats[j]) };
        return crate::unboxed::UNBOXED;
    }
    krait_list_item(list, index)
}

/// `obj[index] = f` of an unboxed float into a `Dyn` container: into a list of floats
/// unboxed, as `krait_list_set_item_float`; boxed into anything else.
#[unsafe(no_mangle)]
pub extern "C" fn krait_setitem_float(v: Value, index: Value, f: f64) -> bool {
    if v.has_type(&LIST_TYPE) && index.is_small_int() {
        return krait_list_set_item_float(v, index, f);
    }
    ops::setitem(v, index, crate::float::new(f))
}

/// `xs[i] = v` of a list with an int index, from typed code; false with an exception pending.
#[unsafe(no_mangle)]
pub extern "C" fn krait_list_set_item(list: Value, index: Value, v: Value) -> bool {
    let o = obj(list);
    if !o.unboxed
        && let Some(j) = small_index(index, o.items.len())
    {
        o.items[j] = v;
        return true;
    }
    setitem(list, index, v)
}

/// `xs[i] = f` from typed code: unboxed when the list holds only floats.
#[unsafe(no_mangle)]
pub extern "C" fn krait_list_set_item_float(list: Value, index: Value, f: f64) -> bool {
    let o = obj(list);
    if o.unboxed
        && let Some(j) = small_index(index, o.floats.len())
    {
        o.floats[j] = f;
        return true;
    }
    let n = len(list);
    match ops::index_value(index).and_then(|i| norm_index(i, n)) {
        Some(j) => {
            match float_storage(obj(list)) {
                Some(floats) => floats[j] = f,
                None => items(list)[j] = crate::float::new(f),
            }
            true
        }
        None => setitem(list, index, crate::float::new(f)),
    }
}
