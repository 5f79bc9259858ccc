//! `bytes` and `bytearray`: immutable and mutable sequences of bytes. Both share one object
//! layout and one `Kind`; the type object tells them apart. Their methods are in
//! [`crate::bytes_methods`].

use core::cell::Cell;

use crate::exceptions::{self, raise, raise_type_error};
use crate::object::{Header, Kind, OBJECT_TYPE, TypeObject, Value, new_object};
use crate::ops::{BinOp, CmpOp};
use crate::{codecs, int, iter, ops, slice, str};

#[unsafe(export_name = "krait_bytes_type")]
pub static BYTES_TYPE: TypeObject = TypeObject::new("bytes", Kind::Bytes, Some(&OBJECT_TYPE));
pub static BYTEARRAY_TYPE: TypeObject = TypeObject::new("bytearray", Kind::Bytes, Some(&OBJECT_TYPE));

#[repr(C)]
pub struct BytesObj {
    pub header: Header,
    /// The hash of a `bytes`, computed on first use (-1 until then).
    pub hash: Cell<i64>,
    pub data: Vec<u8>,
}

/// A new `bytes` (`ty` = `BYTES_TYPE`) or `bytearray` holding `data`.
pub fn new(ty: &'static TypeObject, data: Vec<u8>) -> Value {
    new_object(BytesObj { header: Header { ty }, hash: Cell::new(-1), data })
}

pub fn new_bytes(data: Vec<u8>) -> Value {
    new(&BYTES_TYPE, data)
}

/// A new object of the same type as `v` (results of a bytearray's methods are bytearrays).
pub fn like(v: Value, data: Vec<u8>) -> Value {
    new(v.ty(), data)
}

/// The contents of a `bytes` or `bytearray`.
pub fn data(v: Value) -> &'static [u8] {
    // SAFETY: callers check the kind is Bytes.
    &unsafe { v.obj::<BytesObj>() }.data
}

/// The contents of a `bytearray`, to change.
pub fn data_mut(v: Value) -> &'static mut Vec<u8> {
    // SAFETY: callers check the kind is Bytes; the runtime is single-threaded.
    &mut unsafe { v.obj_mut::<BytesObj>() }.data
}

pub fn is_bytearray(v: Value) -> bool {
    core::ptr::eq(v.ty(), &raw const BYTEARRAY_TYPE)
}

/// The bytes of a bytes-like object (`bytes` or `bytearray`), if `v` is one.
pub fn buffer(v: Value) -> Option<&'static [u8]> {
    if v.kind() == Kind::Bytes { Some(data(v)) } else { None }
}

/// As `buffer`, raising CPython's `TypeError` for anything else.
pub fn require_buffer(v: Value) -> Result<&'static [u8], ()> {
    buffer(v).ok_or_else(|| {
        raise_type_error(&format!("a bytes-like object is required, not '{}'", v.type_name()));
    })
}

/// An int that must be a byte value (`bytearray.append`, `x in b`, ...).
pub fn byte_value(v: Value, range_msg: &str) -> Result<u8, ()> {
    let Some(i) = ops::index_value(v) else {
        raise_type_error(&format!("'{}' object cannot be interpreted as an integer", v.type_name()));
        return Err(());
    };
    u8::try_from(i).map_err(|_| {
        raise(&exceptions::VALUE_ERROR, range_msg);
    })
}

/// `repr(b)`: `b'...'` with CPython's choice of quotes and escapes; `bytearray(b'...')`.
pub fn repr(v: Value) -> String {
    literal(data(v), is_bytearray(v))
}

/// The repr of a bytes object (or, with `bytearray`, of a bytearray) holding `d`.
pub fn literal(d: &[u8], bytearray: bool) -> String {
    let quote = if d.contains(&b'\'') && !d.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(d.len() + 14);
    if bytearray {
        out.push_str("bytearray(");
    }
    out.push('b');
    out.push(char::from(quote));
    for &c in d {
        // A bytearray's repr escapes `'` even inside double quotes, as CPython's does.
        if c == quote || c == b'\\' || (bytearray && c == b'\'') {
            out.push('\\');
            out.push(char::from(c));
        } else {
            match c {
                b'\t' => out.push_str("\\t"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                0x20..0x7f => out.push(char::from(c)),
                _ => out.push_str(&format!("\\x{c:02x}")),
            }
        }
    }
    out.push(char::from(quote));
    if bytearray {
        out.push(')');
    }
    out
}

/// `hash(b)`; a bytearray is unhashable.
pub fn hash(v: Value) -> Result<i64, ()> {
    if is_bytearray(v) {
        raise_type_error("unhashable type: 'bytearray'");
        return Err(());
    }
    // SAFETY: the kind is Bytes.
    let o = unsafe { v.obj::<BytesObj>() };
    if o.hash.get() == -1 {
        o.hash.set(str::hash_bytes(&o.data));
    }
    Ok(o.hash.get())
}

/// Comparison of two bytes-like objects: byte by byte.
pub fn compare(op: CmpOp, a: Value, b: Value) -> Option<bool> {
    let (x, y) = (buffer(a)?, buffer(b)?);
    Some(op.test(x.cmp(y)))
}

/// `a op b` where either side is bytes-like; `None` when bytes have nothing to say.
pub fn binary(op: BinOp, a: Value, b: Value) -> Option<Value> {
    match op {
        BinOp::Add if a.kind() == Kind::Bytes => Some(match buffer(b) {
            Some(y) => {
                let mut out = Vec::with_capacity(data(a).len() + y.len());
                out.extend_from_slice(data(a));
                out.extend_from_slice(y);
                like(a, out)
            }
            None => raise_type_error(&format!("can't concat {} to {}", b.type_name(), a.type_name())),
        }),
        BinOp::Mod if a.kind() == Kind::Bytes => Some(crate::format::percent_bytes(a, b)),
        _ => None,
    }
}

/// `b * n` (the count already resolved to an int).
pub fn repeat(v: Value, n: i128) -> Value {
    let d = data(v);
    let n = n.max(0) as usize;
    let size = d.len() as u128 * n as u128;
    if size > isize::MAX as u128 {
        return raise(&exceptions::OVERFLOW_ERROR, "repeated bytes are too long");
    }
    if crate::args::check_size(size).is_err() {
        return Value::NULL;
    }
    like(v, d.repeat(n))
}

/// In-place `ba += x` and `ba *= n` on a bytearray: mutates it; `None` for anything else.
pub fn inplace(op: BinOp, a: Value, b: Value) -> Option<Value> {
    if a.kind() != Kind::Bytes || !is_bytearray(a) {
        return None;
    }
    match op {
        BinOp::Add => Some(match buffer(b) {
            Some(y) => {
                let y = y.to_vec();
                data_mut(a).extend_from_slice(&y);
                a
            }
            None => raise_type_error(&format!("can't concat {} to bytearray", b.type_name())),
        }),
        BinOp::Mul if int::is_int(b) => {
            let n = ops::index_value(b).unwrap_or(0).max(0) as usize;
            let d = data_mut(a);
            if d.len().saturating_mul(n) > isize::MAX as usize {
                return Some(raise(&exceptions::MEMORY_ERROR, ""));
            }
            *d = d.repeat(n);
            Some(a)
        }
        _ => None,
    }
}

/// `x in b`: a byte value or a bytes-like subsequence.
pub fn contains(v: Value, x: Value) -> Result<bool, ()> {
    let hay = data(v);
    if int::is_int(x) {
        let b = byte_value(x, "byte must be in range(0, 256)")?;
        return Ok(hay.contains(&b));
    }
    let needle = require_buffer(x)?;
    Ok(find(hay, needle).is_some())
}

/// The first position of `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() == 1 {
        return hay.iter().position(|&b| b == needle[0]);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The last position of `needle` in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn index_error(v: Value, index: Value) -> Value {
    crate::args::index_error(index, if is_bytearray(v) { "bytearray index out of range" } else { "index out of range" })
}

fn index_type_error(v: Value, index: Value) -> Value {
    let what = if is_bytearray(v) { "bytearray" } else { "byte" };
    raise_type_error(&format!("{what} indices must be integers or slices, not {}", index.type_name()))
}

/// `b[i]` (an int) or `b[a:b:c]` (bytes of the same type).
pub fn getitem(v: Value, index: Value) -> Value {
    if index.kind() == Kind::Slice {
        let s = slice::obj(index);
        return getslice(v, s.start, s.stop, s.step);
    }
    let Some(i) = crate::args::seq_index(index) else { return index_type_error(v, index) };
    let d = data(v);
    match crate::list::norm_index(i, d.len()) {
        Some(j) => Value::small(i64::from(d[j])),
        None => index_error(v, index),
    }
}

pub fn getslice(v: Value, start: Value, stop: Value, step: Value) -> Value {
    let d = data(v);
    let Ok(b) = slice::resolve(start, stop, step, d.len()) else { return Value::NULL };
    let out = if b.step == 1 {
        d[b.start as usize..b.start as usize + b.len].to_vec()
    } else {
        b.indices().map(|i| d[i]).collect()
    };
    like(v, out)
}

/// `ba[i] = x` and `ba[a:b:c] = iterable` on a bytearray; false with an exception pending.
pub fn setitem(v: Value, index: Value, value: Value) -> bool {
    if !is_bytearray(v) {
        raise_type_error("'bytes' object does not support item assignment");
        return false;
    }
    if index.kind() == Kind::Slice {
        return set_slice(v, index, value).is_ok();
    }
    let Some(i) = crate::args::seq_index(index) else {
        index_type_error(v, index);
        return false;
    };
    let Ok(b) = byte_value(value, "byte must be in range(0, 256)") else { return false };
    let d = data_mut(v);
    match crate::list::norm_index(i, d.len()) {
        Some(j) => {
            d[j] = b;
            true
        }
        None => {
            index_error(v, index);
            false
        }
    }
}

/// `ba[a:b:c] = value`: a step of 1 replaces the range with any number of bytes; another
/// step needs exactly as many as it selects.
fn set_slice(v: Value, index: Value, value: Value) -> Result<(), ()> {
    let new_bytes = if let Some(d) = buffer(value) {
        d.to_vec()
    } else if int::is_int(value) {
        raise_type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return Err(());
    } else {
        from_iterable(value, "byte must be in range(0, 256)")?
    };
    let d = data_mut(v);
    let b = slice::resolve_object(index, d.len())?;
    if b.step == 1 {
        let start = b.start as usize;
        d.splice(start..start + b.len, new_bytes);
        return Ok(());
    }
    if new_bytes.len() != b.len {
        raise(
            &exceptions::VALUE_ERROR,
            &format!("attempt to assign bytes of size {} to extended slice of size {}", new_bytes.len(), b.len),
        );
        return Err(());
    }
    for (i, x) in b.indices().zip(new_bytes) {
        d[i] = x;
    }
    Ok(())
}

/// `del ba[i]` and `del ba[a:b:c]`.
pub fn delitem(v: Value, index: Value) -> bool {
    if !is_bytearray(v) {
        raise_type_error("'bytes' object doesn't support item deletion");
        return false;
    }
    let d = data_mut(v);
    if index.kind() == Kind::Slice {
        let Ok(b) = slice::resolve_object(index, d.len()) else { return false };
        slice::delete(d, b);
        return true;
    }
    let Some(i) = crate::args::seq_index(index) else {
        index_type_error(v, index);
        return false;
    };
    match crate::list::norm_index(i, d.len()) {
        Some(j) => {
            d.remove(j);
            true
        }
        None => {
            index_error(v, index);
            false
        }
    }
}

/// The bytes of an iterable of ints (`bytes([1, 2])`).
fn from_iterable(v: Value, range_msg: &str) -> Result<Vec<u8>, ()> {
    let items = iter::collect(v)?;
    items.into_iter().map(|x| byte_value(x, range_msg)).collect()
}

/// What `bytes(x)`/`bytearray(x)` make of a single argument that is not a str.
fn from_object(ty: &'static TypeObject, x: Value) -> Result<Vec<u8>, ()> {
    if let Some(d) = buffer(x) {
        return Ok(d.to_vec());
    }
    if int::is_int(x) {
        let n = ops::index_value(x).unwrap_or(i128::MAX);
        if n < 0 {
            raise(&exceptions::VALUE_ERROR, "negative count");
            return Err(());
        }
        if n > isize::MAX as i128 {
            raise(&exceptions::OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
            return Err(());
        }
        return Ok(vec![0; n as usize]);
    }
    let range_msg = if core::ptr::eq(ty, &raw const BYTES_TYPE) {
        "bytes must be in range(0, 256)"
    } else {
        "byte must be in range(0, 256)"
    };
    let it = iter::iter(x);
    if it.is_null() {
        exceptions::take_pending();
        raise_type_error(&format!("cannot convert '{}' object to {}", x.type_name(), ty.name));
        return Err(());
    }
    from_iterable(it, range_msg)
}

/// `bytes(source=b'', encoding=..., errors=...)` and `bytearray(...)`.
pub fn construct(ty: &'static TypeObject, args: &[Value], kw: &[(&str, Value)]) -> Result<Value, ()> {
    if args.len() + kw.len() > 3 {
        raise_type_error(&format!("{}() takes at most 3 arguments ({} given)", ty.name, args.len() + kw.len()));
        return Err(());
    }
    let params = crate::func::bind_params(ty.name, args, kw, &["source", "encoding", "errors"], 3)?;
    let text_arg = |i: usize, what: &str| -> Result<Option<&'static str>, ()> {
        match params[i] {
            None => Ok(None),
            Some(v) if v.kind() == Kind::Str => Ok(Some(str::as_str(v))),
            Some(v) => {
                raise_type_error(&format!(
                    "{}() argument '{what}' must be str, not {}",
                    ty.name,
                    crate::args::bad_type_name(v)
                ));
                Err(())
            }
        }
    };
    let (encoding, errors) = (text_arg(1, "encoding")?, text_arg(2, "errors")?);
    let out = match params[0] {
        Some(s) if s.kind() == Kind::Str => {
            let Some(encoding) = encoding else {
                raise_type_error("string argument without an encoding");
                return Err(());
            };
            codecs::encode(str::as_str(s), encoding, errors.unwrap_or("strict"))?
        }
        _ if encoding.is_some() => {
            raise_type_error("encoding without a string argument");
            return Err(());
        }
        _ if errors.is_some() => {
            raise_type_error("errors without a string argument");
            return Err(());
        }
        // `bytes(b)` of a bytes object is that object, as in CPython.
        Some(b) if core::ptr::eq(ty, &raw const BYTES_TYPE) && core::ptr::eq(b.ty(), &raw const BYTES_TYPE) => {
            return Ok(b);
        }
        Some(x) => from_object(ty, x)?,
        None => Vec::new(),
    };
    Ok(new(ty, out))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_bytes_const(ptr: *const u8, len: usize) -> Value {
    // SAFETY: codegen passes `len` bytes of static data.
    let d = if len == 0 { &[][..] } else { unsafe { core::slice::from_raw_parts(ptr, len) } };
    new_bytes(d.to_vec())
}
