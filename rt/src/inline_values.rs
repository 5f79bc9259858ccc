//! The attributes of an instance of a plain user class, kept as CPython 3.12 keeps them: the
//! values inline in the instance, in the order of its class's *shared keys*, until something
//! needs them as a dict.
//!
//! A class keeps the attribute names its instances were given, in the order they were first
//! given (`ClassObj::keys`, append-only). An instance made afterwards has room for that many
//! values right after its header, and as long as it is given attributes in that order its
//! `i`th value is the attribute `keys[i]`: reading `self.x` is a load at a fixed offset (an
//! attribute site's inline cache keeps the index) and making an instance is one allocation.
//! The instance's `__dict__` is made the first time anything asks for it as a dict
//! (`obj.__dict__`, `vars(obj)`), an attribute is deleted, an attribute comes out of order or
//! its room runs out: from then on the dict holds the attributes (the instance is in *dict
//! form*) and the inline values are dead. Either way the attributes are in insertion order,
//! as a dict's, so the change is never visible.
//!
//! The values of the attributes `__slots__` declare follow the inline values, one per slot
//! name of the class, null while unset; they never go into the `__dict__`.

use crate::class::{ClassObj, InstanceObj};
use crate::object::{Header, Value};
use crate::{dict, str};

/// At most this many shared keys per class (CPython's `SHARED_KEYS_MAX_SIZE`).
pub const MAX_KEYS: usize = 30;

/// The room the first instance of a class gets, before the class has learnt its keys.
const FIRST_ROOM: usize = 8;

/// The room an instance gets beyond its class's keys so far, for attributes given later in
/// its life (an instance without room for one moves its attributes to a `__dict__`).
const SPARE_ROOM: usize = 2;

/// A new instance of `c` without attributes: room for inline values (none when every class
/// of its MRO declares `__slots__`, so it has no `__dict__`), then one value per slot (null
/// while the slot is unset).
pub fn new_instance(c: &'static ClassObj) -> Value {
    let known = c.keys.with(|k| k.len());
    let nfloats = c.float_mask.get().count_ones() as usize;
    let nslots = c.slot_names.len();
    // The instances of a sealed class that no code gives other attributes (`ClassObj::tight`)
    // get room for its keys only (one given another attribute anyway moves to a `__dict__`);
    // others get spare room. An even number of words fills the collector's 16-byte granules.
    let spare = if c.tight.get() { 0 } else { SPARE_ROOM };
    let room =
        if known == 0 { FIRST_ROOM } else { (known + spare + nfloats + nslots).next_multiple_of(2) - nfloats - nslots };
    let cap = if c.slots.is_some() { 0 } else { room.min(MAX_KEYS) };
    let size = core::mem::size_of::<InstanceObj>() + (nfloats + cap + nslots) * core::mem::size_of::<Value>();
    let p = crate::gc::alloc_bytes(size).cast::<InstanceObj>();
    let header = Header { ty: &c.ty };
    let (cap, nslots, nfloats) = (cap as u32, nslots as u32, nfloats as u32);
    // SAFETY: the block holds an `InstanceObj` and `nfloats + cap + nslots` words after it
    // (left zeroed by the collector: null values).
    unsafe { p.write(InstanceObj { header, dict: Value::NULL, len: 0, cap, nslots, nfloats }) };
    Value::from_ptr(p)
}

fn class(obj: Value) -> &'static ClassObj {
    crate::class::of_type(obj.ty()).expect("an instance of a user class")
}

pub(crate) fn inst(obj: Value) -> &'static mut InstanceObj {
    // SAFETY: callers pass instances of plain user classes; single-threaded.
    unsafe { obj.obj_mut::<InstanceObj>() }
}

/// The floats of an instance, before its inline values.
fn floats(i: &InstanceObj) -> *mut f64 {
    // SAFETY: `new_instance` allocated `nfloats` words after the object.
    unsafe { core::ptr::from_ref(i).add(1).cast::<f64>().cast_mut() }
}

/// The inline values of an instance (its `len` live ones and the room after them).
fn values(i: &InstanceObj) -> *mut Value {
    // SAFETY: `new_instance` allocated `cap` values after the floats.
    unsafe { floats(i).add(i.nfloats as usize).cast::<Value>() }
}

/// A value as stored at key (or slot) `index` of an instance of `c`: `UNBOXED` stands for
/// the float kept unboxed for it (`ClassObj::float_mask`), boxed here.
fn boxed(c: &ClassObj, i: &InstanceObj, index: usize, v: Value) -> Value {
    if v != crate::unboxed::UNBOXED {
        return v;
    }
    let mask = c.float_mask.get();
    let k = (mask & ((1u64 << index) - 1)).count_ones() as usize;
    debug_assert!(mask & (1 << index) != 0 && k < i.nfloats as usize);
    // SAFETY: `UNBOXED` is stored only for keys of the mask, each with its float.
    crate::float::new(unsafe { *floats(i).add(k) })
}

/// Boxes the floats of the slots of `obj` (before its class changes).
pub fn box_slot_floats(obj: Value) {
    let (c, i) = (class(obj), inst(obj));
    for index in 0..i.nslots as usize {
        // SAFETY: `index < nslots`.
        let p = unsafe { slot_values(i).add(index) };
        // SAFETY: as above.
        unsafe { *p = boxed(c, i, index, *p) };
    }
}

/// The values of the instance's slots, after its inline values.
fn slot_values(i: &InstanceObj) -> *mut Value {
    // SAFETY: `new_instance` allocated `nslots` values after the `cap` inline values.
    unsafe { values(i).add(i.cap as usize) }
}

/// Which of the slots of `obj`'s class `name` is.
pub fn slot_index(obj: Value, name: &str) -> Option<usize> {
    class(obj).slot_names.iter().position(|s| &**s == name)
}

/// The value of slot `index`, if it is set.
#[inline]
pub fn slot_at(i: &InstanceObj, index: usize) -> Option<Value> {
    if index >= i.nslots as usize {
        return None;
    }
    // SAFETY: `index < nslots`.
    let v = unsafe { *slot_values(i).add(index) };
    (!v.is_null()).then(|| boxed(crate::class::of_type(i.header.ty).expect("a user class"), i, index, v))
}

/// Sets slot `index` to `value` (null: unsets it); false if the instance has no such slot.
#[inline]
pub fn set_slot_at(i: &mut InstanceObj, index: usize, value: Value) -> bool {
    if index >= i.nslots as usize {
        return false;
    }
    // SAFETY: `index < nslots`.
    unsafe { *slot_values(i).add(index) = value };
    true
}

/// Where `key` (a str) is among the class's keys: the same object (keys are interned), else
/// the same text.
fn key_index(c: &ClassObj, key: Value) -> Option<usize> {
    c.keys.with(|keys| {
        keys.iter().position(|&k| k == key).or_else(|| {
            let text = str::as_str(key);
            keys.iter().position(|&k| str::as_str(k) == text)
        })
    })
}

/// The index of `key` among the class's keys, for an attribute site's cache.
pub fn cache_index(obj: Value, key: Value) -> Option<usize> {
    key_index(class(obj), key)
}

/// How many keys the class of `obj` has.
pub fn key_count(obj: Value) -> usize {
    class(obj).keys.with(|k| k.len())
}

/// Whether the instance keeps its attributes inline (it has no `__dict__` yet).
pub fn is_inline(i: &InstanceObj) -> bool {
    i.dict.is_null()
}

/// The inline value at `index` (a cache's), if the instance is inline and has it.
#[inline]
pub fn value_at(i: &InstanceObj, index: usize) -> Option<Value> {
    if !is_inline(i) || index >= i.len as usize {
        return None;
    }
    // SAFETY: `index < len <= cap`.
    let v = unsafe { *values(i).add(index) };
    Some(boxed(crate::class::of_type(i.header.ty).expect("a user class"), i, index, v))
}

/// Stores `value` (not null) as the attribute `index` names among the class's keys (a
/// cache's), when the instance is inline and has it or it is the next one it gets.
#[inline]
pub fn store_at(i: &mut InstanceObj, index: usize, value: Value) -> bool {
    if !is_inline(i) || index > i.len as usize || index >= i.cap as usize {
        return false;
    }
    // SAFETY: `index < cap`.
    unsafe { *values(i).add(index) = value };
    if index == i.len as usize {
        i.len += 1;
    }
    true
}

/// The attribute `key` (a str) of the instance itself, if it has it.
pub fn get(obj: Value, key: Value) -> Option<Value> {
    let i = inst(obj);
    if !is_inline(i) {
        return dict::table(i.dict).get(key, str::hash(key)).ok().flatten();
    }
    key_index(class(obj), key).and_then(|index| value_at(i, index))
}

/// Sets the attribute `key` (a str) of the instance to `value` (not null).
pub fn set(obj: Value, key: Value, value: Value) -> bool {
    let i = inst(obj);
    if is_inline(i) {
        let c = class(obj);
        let index = match key_index(c, key) {
            Some(index) => Some(index),
            // A name the class has not seen: it becomes the next key if this instance has
            // every key so far (the next instances get room for it).
            None if i.len as usize == c.keys.with(|k| k.len()) && (i.len as usize) < MAX_KEYS => {
                let key = crate::class::attr_key(str::as_str(key));
                c.keys.with(|k| k.push(key));
                crate::sealed::key_added(c, key);
                Some(i.len as usize)
            }
            None => None,
        };
        if index.is_some_and(|index| store_at(i, index, value)) {
            return true;
        }
    }
    dict::setitem(dict_of(obj), key, value)
}

/// Deletes the attribute `key` (a str); `Ok(false)` if the instance lacks it.
pub fn delete(obj: Value, key: Value) -> Result<bool, ()> {
    dict::table(dict_of(obj)).remove(key, str::hash(key)).map(|v| v.is_some())
}

/// The instance's `__dict__`, made from its inline values the first time.
pub fn dict_of(obj: Value) -> Value {
    let i = inst(obj);
    if is_inline(i) {
        let d = dict::new();
        let c = class(obj);
        for index in 0..i.len as usize {
            let key = c.keys.with(|k| k[index]);
            // SAFETY: `index < len`.
            let value = boxed(c, i, index, unsafe { *values(i).add(index) });
            dict::table(d).set(key, str::hash(key), value).expect("str keys compare without raising");
        }
        i.dict = d;
        i.len = 0;
    }
    i.dict
}
