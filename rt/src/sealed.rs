//! Sealed classes: the user classes whose layout and methods compiled code relies on.
//!
//! Lowering picks the classes it can see whole (a module-level class statement whose name
//! nothing else binds, with such classes or `object` as its bases and no special attribute
//! machinery: `lower/src/classes.rs`). Once such a class is made, `krait_seal_class` gives it
//! the attribute names lowering found (`self.x = ...` in its methods) as the first keys of
//! its instances' inline values, and sets the class's *guard*, a word of the program that
//! compiled code compares an instance's type with before it takes a fast path: an inline
//! value at a fixed index, a direct call of the method the class statement defined.
//!
//! The guard holds the class's type while everything those fast paths assume holds, and
//! `UNSEALED` for good once anything may have changed it:
//! - the namespace of the class or of a class of its MRO changes in a way that can change
//!   what an attribute or method lookup finds (`namespace_changed`): a name with dunders, or
//!   an old or new value that is not plain data (a function, descriptor, class, instance);
//!   rebinding a counter (`C.count += 1`) changes nothing compiled code relies on;
//! - an instance of the class is given an attribute whose name its class's namespaces have
//!   (it would hide a method), `key_added`.
//! An instance that was given a `__dict__` (or whose `__class__` was assigned) fails the
//! fast paths' own tests: they check `len` (0 in dict form) or the `__dict__` pointer.

use crate::cell::Global;
use crate::class::{ClassObj, as_class};
use core::sync::atomic::Ordering;

use crate::object::{DISPLAY, Kind, Value};
use crate::str;

/// Every sealed class, for `namespace_changed` to find those whose MRO holds a class.
static SEALED: Global<Vec<Value>> = Global::new(Vec::new());

/// Seals class `cls`: its instances' first keys become the `nkeys` strs at `keys` (in the
/// order instances are expected to get them) and `*guard` its type, if the class is as
/// lowering saw it (a plain class whose instances have no attributes yet; with `slots`, one
/// whose slots are those names; at `depth`, under a sealed base one level up); else the
/// guard stays `UNSEALED` and compiled code always takes the general paths for it. Instances
/// keep a float beside each key of `float_mask`, where compiled code may store floats
/// unboxed; with `tight`, they get no spare room for other attributes.
///
/// # Safety
/// `guard` is the class's guard word in the program's data; `keys` holds `nkeys` values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_seal_class(
    cls: Value,
    guard: *mut usize,
    keys: *const Value,
    nkeys: usize,
    slots: bool,
    float_mask: u64,
    tight: bool,
    depth: usize,
) {
    let Some(c) = as_class(cls) else { return };
    // The display of its sealed ancestors: its base's, then itself (a depth rt's display
    // does not hold has none; `usize::MAX`).
    let mut display = [0usize; DISPLAY];
    if depth < DISPLAY {
        if depth > 0 {
            let Some(base) = c.bases.first().and_then(|&b| as_class(b)) else { return };
            let own = core::ptr::from_ref(&base.ty) as usize;
            if base.ty.display[depth - 1].load(Ordering::Relaxed) != own {
                // Its base is no longer as lowering saw it.
                return;
            }
            for (d, slot) in display.iter_mut().enumerate().take(depth) {
                *slot = base.ty.display[d].load(Ordering::Relaxed);
            }
        }
        display[depth] = core::ptr::from_ref(&c.ty) as usize;
    }
    // SAFETY: codegen passes `nkeys` values.
    let names = unsafe { core::slice::from_raw_parts(keys, nkeys) };
    let plain = c.ty.kind == Kind::Instance
        && !c.getattribute
        && !c.properties
        && !c.abstract_checks
        && c.guard.get().is_null()
        && names.len() <= crate::inline_values::MAX_KEYS;
    if !plain {
        return;
    }
    if slots {
        // The slots lowering expects, in rt's order (their values follow the header).
        let same = c.slots.is_some()
            && c.slot_names.len() == names.len()
            && c.slot_names.iter().zip(names).all(|(s, &n)| **s == *str::as_str(n));
        if !same {
            return;
        }
    } else {
        if c.slots.is_some() || !c.slot_names.is_empty() || c.keys.with(|k| !k.is_empty()) {
            return;
        }
        c.keys.with(|k| k.extend(names.iter().map(|&n| crate::class::attr_key(str::as_str(n)))));
    }
    for (d, &t) in display.iter().enumerate() {
        c.ty.display[d].store(t, Ordering::Relaxed);
    }
    c.float_mask.set(float_mask);
    c.tight.set(tight);
    c.guard.set(guard);
    // SAFETY: the caller passes the class's guard word.
    unsafe { *guard = core::ptr::from_ref(&c.ty) as usize };
    SEALED.with(|s| s.push(cls));
}

/// The guard of a class that is not sealed (or no longer): never a type's address, nor the 0
/// of an empty display entry.
pub const UNSEALED: usize = 1;

/// Sets the guard of sealed class `c` to `UNSEALED` for good, and empties its display.
fn unseal(c: &ClassObj) {
    let guard = c.guard.get();
    if !guard.is_null() {
        // SAFETY: `krait_seal_class` recorded the class's guard word.
        unsafe { *guard = UNSEALED };
        c.guard.set(core::ptr::null_mut());
        for d in &c.ty.display {
            d.store(0, Ordering::Relaxed);
        }
    }
}

/// Whether a class attribute's value is plain data, which no lookup on an instance treats
/// specially (no `__get__`, not a function to bind).
fn plain_data(v: Value) -> bool {
    if v.is_null() || v.is_small_int() {
        return true;
    }
    !v.ty().user
        && matches!(
            v.kind(),
            Kind::NoneType
                | Kind::Bool
                | Kind::Int
                | Kind::Float
                | Kind::Str
                | Kind::Bytes
                | Kind::Tuple
                | Kind::List
                | Kind::Dict
                | Kind::Set
        )
}

/// The namespace of class `owner` had `key` changed from `old` to `new` (null: absent):
/// unseals the sealed classes whose MRO holds it unless the change cannot affect what a
/// lookup on their instances finds.
pub fn namespace_changed(owner: usize, key: Value, old: Value, new: Value) {
    if owner == 0 {
        return;
    }
    let name = if !key.is_null() && !key.is_small_int() && key.kind() == Kind::Str { str::as_str(key) } else { "__" };
    let dunder = name.starts_with("__") && name.ends_with("__");
    if !dunder && plain_data(old) && plain_data(new) {
        return;
    }
    SEALED.with(|sealed| {
        sealed.retain(|&cls| {
            let Some(c) = as_class(cls) else { return false };
            let affected = c.mro.iter().any(|t| t.0 == owner);
            if affected {
                unseal(c);
            }
            !affected
        });
    });
}

/// Instances of `c` got a new key `key`: a name the class's namespaces have would hide it.
pub fn key_added(c: &'static ClassObj, key: Value) {
    if !c.guard.get().is_null() && crate::class::lookup_key(c, key).is_some() {
        unseal(c);
        SEALED.with(|s| s.retain(|&cls| as_class(cls).is_some_and(|k| !core::ptr::eq(k, c))));
    }
}

/// `C()` of a sealed class whose fast path compiled code takes: a new instance without
/// attributes (its `__init__` is called next, directly).
#[unsafe(no_mangle)]
pub extern "C" fn krait_new_instance(cls: Value) -> Value {
    match as_class(cls) {
        Some(c) => crate::inline_values::new_instance(c),
        None => Value::NULL,
    }
}
