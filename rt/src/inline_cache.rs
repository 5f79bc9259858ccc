//! Inline caches for the attribute sites of compiled code (`obj.name`, `obj.name = v`,
//! `obj.name(...)` on instances of user classes), as CPython's specialising interpreter
//! keeps them per instruction.
//!
//! Codegen gives each site a zeroed `SiteCache`. A cache entry is valid for instances of one
//! class while the class namespaces keep the version they had when it was filled
//! (`class::namespaces_version`): no class changed since, so no property, descriptor,
//! `__getattribute__` or `__setattr__` has appeared for the name. It records where the
//! attribute is: which of the instance's inline values (`inline_values.rs`; the class's keys
//! only grow, so the index names the same attribute for good), or for instances with a
//! `__dict__` or `__slots__` where in that dict (checked by the key's identity before use);
//! for a method call, the function the class provides. Anything unusual takes the general
//! path, which fills the cache only when the plain rules apply.

use crate::class::{self, InstanceObj};
use crate::object::{Kind, Value};
use crate::str;
use crate::{dict, direct_methods, inline_values};

/// One class's entry in a site's cache.
#[repr(C)]
#[derive(Clone, Copy)]
struct Entry {
    /// The type object of the instances the entry is for (0: empty).
    ty: usize,
    version: u64,
    /// Index of the attribute's entry in the instance's `__dict__`; `NONE` when the site
    /// takes the general path for this class (a property, slots, `__setattr__`, ...).
    index: usize,
    /// The function a method call calls (null for reads and writes).
    method: Value,
}

const NONE: usize = usize::MAX;

/// Marks an `index` into the dict of the instance's `__slots__` values instead of its
/// `__dict__`.
const IN_SLOTS: usize = 1 << 62;

/// Marks an `index` of the instance's inline values.
const INLINE: usize = 1 << 61;

/// A site's cache: the four classes seen last (sites in base-class methods see several).
/// Codegen allocates it as 16 zeroed words.
#[repr(C)]
pub struct SiteCache {
    entries: [Entry; 4],
}

const _: () = assert!(core::mem::size_of::<SiteCache>() == 16 * 8);

/// The instance `obj` is, when it is one of a plain user class.
fn plain_instance(obj: Value) -> Option<&'static InstanceObj> {
    (!obj.is_small_int() && obj.kind() == Kind::Instance).then(|| class::instance(obj))
}

fn type_id(obj: Value) -> usize {
    core::ptr::from_ref(obj.ty()) as usize
}

/// The `version` of entries for a native module's attributes, which never change (krait's
/// native modules do not let programs assign their attributes).
const MODULE: u64 = u64::MAX;

/// The `version` of entries for a variable of a program module: `method` holds its address,
/// read at each use.
const VARIABLE: u64 = u64::MAX - 1;

/// The `version` of entries for method calls on objects of a builtin type: `method` holds
/// the `direct_methods` function for the type (null: none, the general path).
const DIRECT: u64 = u64::MAX - 2;

fn is_module(obj: Value) -> bool {
    !obj.is_small_int() && obj.kind() == Kind::Module
}

impl SiteCache {
    /// The attribute `name` of module `m` this site read before.
    fn module_attribute(&self, m: Value) -> Option<Value> {
        let e = &self.entries[0];
        (e.ty == m.0 && e.version == MODULE).then_some(e.method)
    }

    fn record_module_attribute(&mut self, m: Value, value: Value) {
        self.entries[0] = Entry { ty: m.0, version: MODULE, index: NONE, method: value };
    }

    /// The value of the module variable of program module `m` this site read before, if it
    /// is bound.
    fn module_variable(&self, m: Value) -> Option<Value> {
        let e = &self.entries[0];
        if e.ty != m.0 || e.version != VARIABLE {
            return None;
        }
        // SAFETY: `record_module_variable` stored the address of a module variable.
        let v = unsafe { *(e.method.0 as *const Value) };
        (!v.is_null()).then_some(v)
    }

    /// Remembers where the module variable `name` of `m` lives, or for a native module the
    /// attribute `value` (when `any`, or it is a function or class).
    fn record_module(&mut self, m: Value, name: &str, value: Value, any: bool) {
        match crate::import::variable(m, name) {
            Some(slot) => {
                self.entries[0] = Entry { ty: m.0, version: VARIABLE, index: NONE, method: Value(slot as usize) };
            }
            None if crate::import::desc_of(m).is_some() => {}
            None if any || matches!(value.kind(), Kind::BuiltinFunction | Kind::Native | Kind::Type) => {
                self.record_module_attribute(m, value);
            }
            None => {}
        }
    }

    /// The direct method this site calls on objects of `obj`'s builtin type: `None` when
    /// the site has not looked yet, `Some(None)` when there is none.
    fn direct_method(&self, obj: Value) -> Option<Option<direct_methods::Direct>> {
        let ty = type_id(obj);
        let e = self.entries.iter().find(|e| e.ty == ty && e.version == DIRECT)?;
        if e.method.is_null() {
            return Some(None);
        }
        // SAFETY: `record_direct_method` stored a `Direct` function's address.
        Some(Some(unsafe { core::mem::transmute::<usize, direct_methods::Direct>(e.method.0) }))
    }

    fn record_direct_method(&mut self, obj: Value, f: Option<direct_methods::Direct>) {
        self.entries.copy_within(0..3, 1);
        let method = Value(f.map_or(0, |f| f as usize));
        self.entries[0] = Entry { ty: type_id(obj), version: DIRECT, index: NONE, method };
    }

    /// The valid entry for instances like `obj`.
    fn find(&mut self, obj: Value) -> Option<&mut Entry> {
        let (ty, version) = (type_id(obj), class::namespaces_version());
        self.entries.iter_mut().find(|e| e.ty == ty && e.version == version)
    }

    /// The valid entry for `obj` when it is a plain instance (the hit paths' test).
    #[inline(always)]
    fn instance_entry(&self, obj: Value) -> Option<&Entry> {
        if obj.is_small_int() || obj.kind() != Kind::Instance {
            return None;
        }
        let (ty, version) = (type_id(obj), class::namespaces_version());
        self.entries.iter().find(|e| e.ty == ty && e.version == version)
    }

    /// Records an entry for instances like `obj`: in place of the class's entry if it has
    /// one, else displacing the oldest.
    fn record(&mut self, obj: Value, index: usize, method: Value) -> &mut Entry {
        let entry = Entry { ty: type_id(obj), version: class::namespaces_version(), index, method };
        let at = match self.entries.iter().position(|e| e.ty == entry.ty && e.version == entry.version) {
            Some(at) => at,
            None => {
                self.entries.copy_within(0..3, 1);
                0
            }
        };
        self.entries[at] = entry;
        &mut self.entries[at]
    }

    /// Records where the attribute `key` of `obj` is (an inline value, a slot or an entry of
    /// its `__dict__`) when its class lets reads (or with `writes`, writes) of `key` go
    /// straight there; else that the site takes the general path for the class.
    fn fill_attribute(&mut self, obj: Value, key: Value, writes: bool) {
        let Some(c) = class::of_type(obj.ty()) else { return };
        let name = str::as_str(key);
        let slot = inline_values::slot_index(obj, name);
        let inst = class::instance(obj);
        let plain = !c.getattribute
            && name != "__dict__"
            && name != "__class__"
            && class::class_property_key(obj, key).is_none()
            && !(writes && class::special(obj, "__setattr__").is_some());
        let index = if !plain {
            NONE
        } else if let Some(i) = slot {
            i | IN_SLOTS
        } else if inline_values::is_inline(inst) {
            inline_values::cache_index(obj, key).map_or(NONE, |i| i | INLINE)
        } else {
            entry_index(inst.dict, key)
        };
        self.record(obj, index, Value::NULL);
    }
}

/// Where a cache entry's `index` says an instance's attribute is.
enum Place {
    /// Nowhere the site can go straight to: the general path.
    General,
    /// The instance's inline value of this index.
    Inline(usize),
    /// The instance's slot of this index.
    Slot(usize),
    /// The entry of this index in the `__dict__` of an instance that has one.
    Dict(usize),
}

fn place(index: usize) -> Place {
    if index == NONE {
        Place::General
    } else if index & INLINE != 0 {
        Place::Inline(index & !INLINE)
    } else if index & IN_SLOTS != 0 {
        Place::Slot(index & !IN_SLOTS)
    } else {
        Place::Dict(index)
    }
}

/// Whether a site whose entry for the class missed on `inst` should learn the attribute's
/// place again from it: when the entry is for a `__dict__` and `inst` keeps inline values (the
/// first instances of a class may have overflowed into a `__dict__`; the later ones do not).
/// An entry for inline values stays when the instance lacks the value (a class attribute
/// read through it) or has a `__dict__`; one for the general path always stays.
fn relearn(e: &Entry, inst: &InstanceObj) -> bool {
    matches!(place(e.index), Place::Dict(_)) && inline_values::is_inline(inst)
}

/// The index of `key`'s entry in the dict `d`, or `NONE`.
fn entry_index(d: Value, key: Value) -> usize {
    match dict::table(d).find(key, str::hash(key)) {
        Ok(Some(index)) if dict::table(d).entries[index].key == key => index,
        _ => NONE,
    }
}

/// The entry `index` of the `__dict__` of `inst`, when it has one holding `key` there.
fn entry_at(inst: &InstanceObj, index: usize, key: Value) -> Option<&'static mut dict::Entry> {
    if inline_values::is_inline(inst) {
        return None;
    }
    dict::table(inst.dict).entries.get_mut(index).filter(|e| e.key == key)
}

/// The inline value or slot a valid entry of the site says `obj`'s attribute is, when `obj`
/// is a plain instance that has it there: the common case, kept small (no general path, few
/// registers) so that a hit costs little more than the loads.
#[inline(always)]
fn hit(cache: &SiteCache, obj: Value) -> Option<(&'static mut InstanceObj, Place)> {
    let e = cache.instance_entry(obj)?;
    // SAFETY: kind checked; single-threaded, no other reference to the instance in use.
    let inst = unsafe { obj.obj_mut::<InstanceObj>() };
    match place(e.index) {
        p @ Place::Inline(_) if inline_values::is_inline(inst) => Some((inst, p)),
        p @ Place::Slot(_) => Some((inst, p)),
        _ => None,
    }
}

/// `obj.name`, `name` being a constant of the program.
///
/// # Safety
/// `cache` is the site's own cache.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_getattr_cached(obj: Value, name: Value, cache: *mut SiteCache) -> Value {
    // SAFETY: the caller passes its site's cache; single-threaded.
    let found = match hit(unsafe { &*cache }, obj) {
        Some((inst, Place::Inline(i))) => inline_values::value_at(inst, i),
        Some((inst, Place::Slot(i))) => inline_values::slot_at(inst, i),
        _ => None,
    };
    match found {
        Some(v) => v,
        // SAFETY: as the caller's.
        None => unsafe { getattr_general(obj, name, cache) },
    }
}

/// `krait_getattr_cached` when the site's cache does not say where a plain inline value or
/// slot is.
///
/// # Safety
/// As `krait_getattr_cached`.
#[inline(never)]
unsafe fn getattr_general(obj: Value, name: Value, cache: *mut SiteCache) -> Value {
    // SAFETY: the caller passes its site's cache; single-threaded.
    let cache = unsafe { &mut *cache };
    if is_module(obj) {
        // Functions and classes of a module (`math.sqrt`), kept by the site.
        if let Some(v) = cache.module_attribute(obj).or_else(|| cache.module_variable(obj)) {
            return v;
        }
        let v = crate::func::krait_getattr(obj, name);
        if !v.is_null() {
            cache.record_module(obj, str::as_str(name), v, false);
        }
        return v;
    }
    let Some(inst) = plain_instance(obj) else { return crate::func::krait_getattr(obj, name) };
    let keep = match cache.find(obj) {
        Some(e) => {
            let found = match place(e.index) {
                Place::General => None,
                Place::Inline(i) => inline_values::value_at(inst, i),
                Place::Slot(i) => inline_values::slot_at(inst, i),
                Place::Dict(i) => entry_at(inst, i, name).map(|e| e.value),
            };
            if let Some(v) = found {
                return v;
            }
            !relearn(e, inst)
        }
        None => false,
    };
    // The general path; then the site learns where instances of a class it has not seen keep
    // the attribute, or relearns it from an instance with inline values (see `relearn`).
    let r = crate::func::krait_getattr(obj, name);
    if !r.is_null() && !keep {
        cache.fill_attribute(obj, name, false);
    }
    r
}

/// `obj.name = value`, `name` being a constant of the program; None, or null on error.
///
/// # Safety
/// `cache` is the site's own cache.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_setattr_cached(obj: Value, name: Value, value: Value, cache: *mut SiteCache) -> Value {
    // SAFETY: the caller passes its site's cache; single-threaded.
    let stored = match hit(unsafe { &*cache }, obj) {
        Some((inst, Place::Inline(i))) => inline_values::store_at(inst, i, value),
        Some((inst, Place::Slot(i))) => inline_values::set_slot_at(inst, i, value),
        _ => false,
    };
    if stored {
        return Value::none();
    }
    // SAFETY: as the caller's.
    unsafe { setattr_general(obj, name, value, cache) }
}

/// `krait_setattr_cached` when the site's cache does not say where a plain inline value or
/// slot is.
///
/// # Safety
/// As `krait_setattr_cached`.
#[inline(never)]
unsafe fn setattr_general(obj: Value, name: Value, value: Value, cache: *mut SiteCache) -> Value {
    // SAFETY: the caller passes its site's cache; single-threaded.
    let cache = unsafe { &mut *cache };
    if plain_instance(obj).is_none() {
        return if crate::builtins::setattr(obj, str::as_str(name), value).is_ok() {
            Value::none()
        } else {
            Value::NULL
        };
    }
    let keep = match cache.find(obj) {
        Some(e) => {
            // SAFETY: single-threaded; no other reference to the instance is in use.
            let inst = unsafe { obj.obj_mut::<InstanceObj>() };
            let stored = match place(e.index) {
                Place::General => false,
                Place::Inline(i) => inline_values::store_at(inst, i, value),
                Place::Slot(i) => inline_values::set_slot_at(inst, i, value),
                Place::Dict(i) => entry_at(inst, i, name).map(|e| e.value = value).is_some(),
            };
            if stored {
                return Value::none();
            }
            !relearn(e, inst)
        }
        None => false,
    };
    if crate::builtins::setattr(obj, str::as_str(name), value).is_err() {
        return Value::NULL;
    }
    if !keep {
        cache.fill_attribute(obj, name, true);
    }
    Value::none()
}

/// `obj.name(args)`, `name` being a constant of the program. `with_self` holds `obj` and
/// then the `nargs` arguments, so a method gets the receiver and its arguments as they are.
///
/// # Safety
/// `cache` is the site's own cache; `with_self` holds `nargs + 1` values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_call_method_cached(
    obj: Value,
    name: Value,
    with_self: *const Value,
    nargs: usize,
    kwnames: Value,
    cache: *mut SiteCache,
) -> Value {
    // SAFETY: codegen passes `nargs + 1` values.
    let with_self = unsafe { core::slice::from_raw_parts(with_self, nargs + 1) };
    // The common case first: a method of a plain instance's class the site has seen.
    // SAFETY: the caller passes its site's cache; single-threaded.
    if let Some(method) = method_hit(unsafe { &*cache }, obj, name) {
        return crate::func::call(method, with_self, kwnames);
    }
    // SAFETY: as the caller's.
    unsafe { call_method_general(obj, name, with_self, kwnames, cache) }
}

/// The function a valid entry of the site says `obj`'s class provides for the method
/// `name`, when `obj` is a plain instance whose own attributes do not hide it.
#[inline(always)]
fn method_hit(cache: &SiteCache, obj: Value, name: Value) -> Option<Value> {
    let e = cache.instance_entry(obj)?;
    (!e.method.is_null() && !shadowed(obj, class::instance(obj), name, e.index)).then_some(e.method)
}

/// `krait_call_method_cached` when the site's cache has no method for `obj`.
///
/// # Safety
/// As `krait_call_method_cached`; `with_self` is its receiver and arguments.
#[inline(never)]
unsafe fn call_method_general(
    obj: Value,
    name: Value,
    with_self: &[Value],
    kwnames: Value,
    cache: *mut SiteCache,
) -> Value {
    // SAFETY: the caller passes its site's cache; single-threaded.
    let cache = unsafe { &mut *cache };
    let (values, args, nargs) = (&with_self[1..], with_self[1..].as_ptr(), with_self.len() - 1);
    if is_module(obj) {
        // A module's function (`math.sin(x)`), kept by the site.
        let f = match cache.module_attribute(obj).or_else(|| cache.module_variable(obj)) {
            Some(f) => f,
            None => {
                let f = crate::modules::getattr(obj, str::as_str(name));
                if f.is_null() {
                    crate::func::set_lookup_failed();
                    return f;
                }
                cache.record_module(obj, str::as_str(name), f, true);
                f
            }
        };
        return crate::func::call(f, values, kwnames);
    }
    let Some(inst) = plain_instance(obj) else {
        if kwnames.is_null() {
            let f = match cache.direct_method(obj) {
                Some(f) => f,
                None => {
                    let f = direct_methods::find(obj, str::as_str(name));
                    cache.record_direct_method(obj, f);
                    f
                }
            };
            if let Some(r) = f.and_then(|f| f(obj, values)) {
                return r;
            }
        }
        // SAFETY: as the caller's.
        return unsafe { crate::func::krait_call_method(obj, name, args, nargs, kwnames) };
    };
    let (method, keys) = match cache.find(obj) {
        Some(e) => (e.method, e.index),
        None => {
            let method = class::of_type(obj.ty())
                .filter(|c| !c.getattribute && class::class_property_key(obj, name).is_none())
                .and_then(|c| class::lookup_key(c, name))
                .filter(|&f| class::binds(f))
                .unwrap_or(Value::NULL);
            // The class's keys so far are not the method's name: an instance's inline values
            // cannot hide the method while the keys stay these.
            let keys = match inline_values::cache_index(obj, name) {
                None => inline_values::key_count(obj),
                Some(_) => NONE,
            };
            let e = cache.record(obj, keys, method);
            (e.method, e.index)
        }
    };
    if !method.is_null() && !shadowed(obj, inst, name, keys) {
        return crate::func::call(method, with_self, kwnames);
    }
    // SAFETY: as the caller's.
    unsafe { crate::func::krait_call_method(obj, name, args, nargs, kwnames) }
}
/// Whether the instance's own attributes have `key`, hiding the class's method; `keys` is
/// the number of its class's keys known not to be `key` (or `NONE`).
fn shadowed(obj: Value, inst: &InstanceObj, key: Value, keys: usize) -> bool {
    if inline_values::is_inline(inst) {
        return keys != inline_values::key_count(obj) && inline_values::get(obj, key).is_some();
    }
    let d = inst.dict;
    !dict::table(d).is_empty() && !matches!(dict::table(d).find(key, str::hash(key)), Ok(None))
}
