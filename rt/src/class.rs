//! User classes (`class C(B): ...`), their instances, bound methods and `super()`.
//!
//! A class is a `ClassObj` whose first field is its `TypeObject` (kind `Instance`), so an
//! instance's header points at its class like any object's at its type. Attributes live in
//! dicts: the class namespace and each instance's `__dict__`. Lookup follows the C3 method
//! resolution order, as CPython's does; special methods (`__repr__`, `__eq__`, `__add__`, ...)
//! are looked up on the class only, never on the instance.

use crate::cell::Global;
use crate::exceptions::{self, raise, raise_type_error};
use crate::object::{Header, Kind, OBJECT_TYPE, TYPE_TYPE, TypeObject, Value, new_object};
use crate::{dict, str, tuple};

#[repr(C)]
pub struct ClassObj {
    pub ty: TypeObject,
    pub qualname: &'static str,
    /// The bases as type values, in order.
    pub bases: Vec<Value>,
    /// The method resolution order as type values, starting with the class itself.
    pub mro: Vec<Value>,
    /// The class namespace.
    pub dict: Value,
    /// Whether a property may be among the class's attributes (the MRO's namespaces held
    /// one when it was made); instance lookups skip the search for one otherwise.
    pub properties: bool,
    /// The attribute names instances may have when every class of the MRO declares
    /// `__slots__` (no `__dict__` then); `None` otherwise.
    pub slots: Option<Vec<Box<str>>>,
    /// Every name the `__slots__` along the MRO declare.
    pub slot_names: Vec<Box<str>>,
    /// Whether its metaclass is `abc.ABCMeta` (abstract methods keep it from being
    /// instantiated); inherited.
    pub abstract_checks: bool,
    /// Whether a class of the MRO defines `__getattribute__` (every instance attribute
    /// lookup goes through it then).
    pub getattribute: bool,
    /// The attribute names of its instances in the order they were first given, which
    /// lays out their inline values (`inline_values.rs`); append-only.
    pub keys: Global<Vec<Value>>,
    /// What `C(...)` was found to be at this namespaces version: a new instance and a call
    /// of this `__init__` function, or (null) something else (see `instantiate`); version 0
    /// never matches.
    pub constructor: Global<(u64, Value)>,
    /// How instances' truth is decided, as found at this namespaces version (`truthy`).
    pub truth: Global<(u64, Truth)>,
    /// The program's guard word of a sealed class (`sealed.rs`), null for others.
    pub guard: Global<*mut usize>,
    /// The keys (or with `__slots__`, the slots) of a sealed class whose values compiled code
    /// may keep as unboxed floats: bit `i` for key `i`. Such a value is the word `UNBOXED`,
    /// and the float is the instance's `k`th float, `k` being the number of such keys before
    /// `i` (`inline_values.rs`).
    pub float_mask: Global<u64>,
    /// A sealed class whose instances no code gives attributes other than its keys (lowering
    /// saw every attribute store of the program): they get no spare room.
    pub tight: Global<bool>,
}

/// How an instance's truth is decided: by its class's `__bool__`, its `__len__`, or
/// neither (always true).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Truth {
    Bool,
    Len,
    Always,
}

/// Set once a property is assigned to a class after its creation: from then on every
/// lookup searches for properties.
static LATE_PROPERTIES: Global<bool> = Global::new(false);

/// An instance of a plain user class, followed by room for `cap` inline attribute values
/// and by its `nslots` slot values (`inline_values.rs`).
#[repr(C)]
pub struct InstanceObj {
    pub header: Header,
    /// The instance's `__dict__` once it has one as a dict (null while its attributes are
    /// inline values).
    pub(crate) dict: Value,
    /// How many inline values the instance has, and room for how many.
    pub(crate) len: u32,
    pub(crate) cap: u32,
    /// How many slot values follow the inline values.
    pub(crate) nslots: u32,
    /// How many floats precede the inline values: those of the attributes a sealed class's
    /// compiled code keeps unboxed (`ClassObj::float_mask`).
    pub(crate) nfloats: u32,
}

// Compiled code reads and writes sealed classes' instances at these offsets (codegen's
// `function/instances.rs`).
const _: () = assert!(core::mem::offset_of!(InstanceObj, dict) == 8);
const _: () = assert!(core::mem::offset_of!(InstanceObj, len) == 16);
const _: () = assert!(core::mem::offset_of!(InstanceObj, cap) == 20);
const _: () = assert!(core::mem::size_of::<InstanceObj>() == 32);

pub static METHOD_TYPE: TypeObject = TypeObject::new("method", Kind::Method, Some(&OBJECT_TYPE));
pub static SUPER_TYPE: TypeObject = TypeObject::new("super", Kind::Super, Some(&OBJECT_TYPE));

/// A function bound to the object it was looked up on (`obj.method`).
#[repr(C)]
pub struct MethodObj {
    pub header: Header,
    pub func: Value,
    pub receiver: Value,
}

/// `super(cls, obj)`: looks up attributes in `type(obj)`'s MRO after `cls`.
#[repr(C)]
pub struct SuperObj {
    pub header: Header,
    pub cls: Value,
    pub obj: Value,
}

/// Attribute names as interned strs (their hash computed once): attribute lookups go through
/// dicts keyed by str, and would otherwise allocate a key each time.
static ATTR_KEYS: Global<Option<std::collections::HashMap<Box<str>, Value, FastHash>>> = Global::new(None);

/// A quick multiply-rotate hash for the short names of `ATTR_KEYS` (SipHash costs more than
/// the lookup it serves).
#[derive(Default, Clone, Copy)]
struct FastHash;

struct FastHasher(u64);

impl core::hash::BuildHasher for FastHash {
    type Hasher = FastHasher;
    fn build_hasher(&self) -> FastHasher {
        FastHasher(0)
    }
}

impl core::hash::Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A small cache in front of `ATTR_KEYS`, by the address and length of the name's text (a
/// name usually comes from the same str constant each time); a hit is confirmed by comparing
/// the text, so a reused address can never return the wrong key.
static RECENT_KEYS: Global<[(usize, Value); 64]> = Global::new([(0, Value::NULL); 64]);

/// Whether `p` points into the executable's own image (its code, constants and statics),
/// whose text at an address never changes.
fn in_image(p: *const u8) -> bool {
    unsafe extern "C" {
        // Defined by the linker's default script on every target krait links for.
        static __executable_start: u8;
        static _edata: u8;
    }
    // Only the addresses of the linker's symbols are taken.
    let (start, end) = (&raw const __executable_start, &raw const _edata);
    p >= start && p < end
}

pub fn attr_key(name: &str) -> Value {
    let slot = ((name.as_ptr() as usize >> 3) ^ name.len()).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58;
    let (addr, k) = RECENT_KEYS.with(|r| r[slot]);
    if addr == name.as_ptr() as usize && !k.is_null() {
        // The text of the key itself (names that are program constants are interned, see
        // `str::krait_str_const`), text in the executable's image (the runtime's literals:
        // `"__init__"`, ...), which never changes, or another text to compare.
        let text = str::as_str(k);
        if text.len() == name.len() && (text.as_ptr() == name.as_ptr() || in_image(name.as_ptr()) || text == name) {
            return k;
        }
    }
    let k = match ATTR_KEYS.with(|m| m.as_ref().and_then(|m| m.get(name).copied())) {
        Some(k) => k,
        None => {
            // A one-character name is the str `krait_str_const` gives for it (the cached
            // character), so that the key of `self.x = ...` is the key compiled code uses.
            let mut chars = name.chars();
            let k = match (chars.next(), chars.next()) {
                (Some(c), None) if (c as u32) < 256 => str::char_str(c),
                _ => str::new_str(name),
            };
            str::hash(k);
            ATTR_KEYS.with(|m| m.get_or_insert_with(Default::default).insert(name.into(), k));
            k
        }
    };
    RECENT_KEYS.with(|r| r[slot] = (name.as_ptr() as usize, k));
    k
}

/// The class behind a type object, if it is a user class.
pub fn of_type(t: &'static TypeObject) -> Option<&'static ClassObj> {
    // SAFETY: a type of kind Instance is always the first field of a ClassObj (repr(C)).
    t.user.then(|| unsafe { &*(t as *const TypeObject).cast::<ClassObj>() })
}

/// The user class `v` is, if it is one.
pub fn as_class(v: Value) -> Option<&'static ClassObj> {
    if v.is_small_int() || v.kind() != Kind::Type {
        return None;
    }
    // SAFETY: kind Type means the value is a TypeObject.
    of_type(unsafe { v.obj::<TypeObject>() })
}

fn type_value(v: Value) -> &'static TypeObject {
    // SAFETY: callers pass type values.
    unsafe { v.obj::<TypeObject>() }
}

/// The attribute dict of an instance of a plain user class.
pub fn instance_dict(v: Value) -> Value {
    crate::inline_values::dict_of(v)
}

pub(crate) fn instance(v: Value) -> &'static InstanceObj {
    // SAFETY: callers check the kind is Instance.
    unsafe { v.obj::<InstanceObj>() }
}

/// Whether `t` is `other` or derives from it through its MRO.
pub fn mro_contains(c: &'static ClassObj, other: &'static TypeObject) -> bool {
    c.mro.iter().any(|&t| core::ptr::eq(type_value(t), other))
}

/// The C3 linearisation of a class with these bases (each a type value).
fn c3(cls: Value, bases: &[Value]) -> Result<Vec<Value>, ()> {
    let mro_of = |b: Value| -> Vec<Value> {
        match as_class(b) {
            Some(c) => c.mro.clone(),
            None => type_value(b).builtin_mro().into_iter().map(Value::from_static).collect(),
        }
    };
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|&b| mro_of(b)).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs.iter().map(|s| s[0]).find(|&h| !seqs.iter().any(|s| s[1..].contains(&h)));
        let Some(head) = head else {
            let names: Vec<&str> = bases.iter().map(|&b| type_value(b).name).collect();
            raise_type_error(&format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
            return Err(());
        };
        out.push(head);
        for s in &mut seqs {
            if s[0] == head {
                s.remove(0);
            }
        }
    }
}

/// Creates the class `name` from its bases and the namespace its body filled.
pub fn make_class(name: &str, qualname: &str, bases: &[Value], ns: Value) -> Result<Value, ()> {
    make_class_with(name, qualname, bases, ns, &[])
}

/// `class NAME(bases, **keywords)`: `metaclass` may be `type` or `abc.ABCMeta`; the other
/// keywords go to `__init_subclass__`.
pub fn make_class_with(
    name: &str,
    qualname: &str,
    bases: &[Value],
    ns: Value,
    keywords: &[(&str, Value)],
) -> Result<Value, ()> {
    if bases.iter().any(|&b| crate::modules::typing::is_form(b, "NamedTuple")) {
        return crate::modules::collections::from_class_body(name, qualname, ns);
    }
    if crate::modules::typing::makes_typed_dict(bases) {
        return crate::modules::typing::typed_dict_class(name, qualname, bases, ns, keywords);
    }
    let mut abstract_checks = false;
    let mut rest = Vec::new();
    for &(k, v) in keywords {
        if k != "metaclass" {
            rest.push((k, v));
        } else if crate::modules::abc::is_abcmeta(v) {
            abstract_checks = true;
        } else if v != Value::from_static(&TYPE_TYPE) {
            raise(
                &exceptions::NOT_IMPLEMENTED_ERROR,
                "krait does not support metaclasses other than type and abc.ABCMeta yet",
            );
            return Err(());
        }
    }
    // Bases like `Generic[T]` stand for a class (`__mro_entries__`); the originals are kept.
    let entries: Vec<Value> = bases.iter().map(|&b| crate::modules::typing::mro_entry(b)).collect();
    if entries != bases {
        dict::setitem(ns, str::new_str("__orig_bases__"), tuple::new(bases.to_vec()));
    }
    let bases = &entries[..];
    for (i, &b) in bases.iter().enumerate() {
        if b.is_small_int() || b.kind() != Kind::Type {
            raise_type_error(&format!("bases must be types, not {}", b.type_name()));
            return Err(());
        }
        let builtin_ok = core::ptr::eq(type_value(b), &OBJECT_TYPE)
            || core::ptr::eq(type_value(b), &tuple::TUPLE_TYPE)
            || core::ptr::eq(type_value(b), &crate::list::LIST_TYPE)
            || core::ptr::eq(type_value(b), &dict::DICT_TYPE)
            || core::ptr::eq(type_value(b), &crate::int::INT_TYPE)
            || core::ptr::eq(type_value(b), &crate::float::FLOAT_TYPE)
            || core::ptr::eq(type_value(b), &str::STR_TYPE)
            || exceptions::is_exception_type(type_value(b));
        if as_class(b).is_none() && !builtin_ok {
            raise(
                &exceptions::NOT_IMPLEMENTED_ERROR,
                &format!("krait does not support subclassing '{}' yet", type_value(b).name),
            );
            return Err(());
        }
        if bases[..i].contains(&b) {
            raise_type_error(&format!("duplicate base class {}", type_value(b).name));
            return Err(());
        }
    }
    let bases: Vec<Value> = if bases.is_empty() { vec![Value::from_static(&OBJECT_TYPE)] } else { bases.to_vec() };
    let name: &'static str = Box::leak(name.to_string().into_boxed_str());
    let qualname: &'static str = Box::leak(qualname.to_string().into_boxed_str());
    let set = |k: &str, v: Value| dict::setitem(ns, str::new_str(k), v);
    if !dict::contains(ns, str::new_str("__module__"))? {
        set("__module__", str::new_str("__main__"));
    }
    set("__qualname__", str::new_str(qualname));
    if !dict::contains(ns, str::new_str("__doc__"))? {
        set("__doc__", Value::none());
    }
    // Defining `__eq__` without `__hash__` makes instances unhashable, as in CPython.
    if dict::contains(ns, str::new_str("__eq__"))? && !dict::contains(ns, str::new_str("__hash__"))? {
        set("__hash__", Value::none());
    }
    let base_ty = type_value(bases[0]);
    // Instances of a class deriving from an exception are exception objects.
    let kind = if bases.iter().any(|&b| exceptions::is_exception_type(type_value(b))) {
        Kind::Exception
    } else if bases.iter().any(|&b| type_value(b).kind == Kind::Tuple) {
        // Instances are tuples (named tuples and other subclasses of `tuple`).
        Kind::Tuple
    } else if let Some(k) = bases.iter().map(|&b| type_value(b).kind).find(|&k| crate::subclass::is_builtin_kind(k)) {
        // Instances are lists, dicts, ints or strs with an attribute dict (`subclass.rs`).
        k
    } else {
        Kind::Instance
    };
    let obj = ClassObj {
        ty: TypeObject {
            header: Header { ty: &TYPE_TYPE },
            name,
            kind,
            base: Some(base_ty),
            mixin: None,
            user: true,
            display: crate::object::NO_DISPLAY,
        },
        qualname,
        bases: bases.clone(),
        mro: Vec::new(),
        dict: ns,
        properties: false,
        slots: None,
        slot_names: Vec::new(),
        abstract_checks,
        getattribute: false,
        keys: Global::new(Vec::new()),
        constructor: Global::new((0, Value::NULL)),
        truth: Global::new((0, Truth::Always)),
        guard: Global::new(core::ptr::null_mut()),
        float_mask: Global::new(0),
        tight: Global::new(false),
    };
    let cls = new_object(obj);
    let mro = c3(cls, &bases)?;
    let properties = mro.iter().any(|&t| {
        as_class(t).is_some_and(|k| {
            dict::table(k.dict).live().any(|e| is_descriptor(e.value, &PROPERTY_TYPE) || is_data_descriptor(e.value))
        })
    });
    let (slots, slot_names) = slots_of(&mro)?;
    // SAFETY: just allocated; single-threaded.
    let obj = unsafe { cls.obj_mut::<ClassObj>() };
    obj.getattribute =
        mro.iter().any(|&t| as_class(t).is_some_and(|k| namespace_get(k.dict, "__getattribute__").is_some()));
    obj.mro = mro;
    obj.properties = properties;
    obj.slots = slots;
    obj.slot_names = slot_names;
    obj.abstract_checks |= obj.mro[1..].iter().any(|&t| as_class(t).is_some_and(|k| k.abstract_checks));
    // Lookups made before the MRO was set (or cached for a collected class at the same
    // address) are stale now.
    dict::table(ns).owner = cls.0;
    namespace_changed();
    set_names(cls)?;
    crate::modules::enum_::finish(cls)?;
    crate::modules::abc::finish(cls);
    init_subclass(cls, &rest)?;
    Ok(cls)
}

/// Gives a made class `__slots__` of `names` (`dataclass(slots=True)`): its instances
/// keep those attributes in slots, and have no `__dict__` if every class of the MRO has
/// slots. Class attributes of those names (the fields' defaults) are removed.
pub fn set_slots(cls: Value, names: Vec<Value>) -> Result<(), ()> {
    let Some(c) = as_class(cls) else { return Ok(()) };
    for &n in &names {
        let _ = dict::table(c.dict).remove(n, str::hash(n))?;
    }
    dict::setitem(c.dict, str::new_str("__slots__"), tuple::new(names));
    let (slots, slot_names) = slots_of(&c.mro)?;
    // SAFETY: the class object is alive; single-threaded.
    let obj = unsafe { cls.obj_mut::<ClassObj>() };
    obj.slots = slots;
    obj.slot_names = slot_names;
    Ok(())
}

/// The names the `__slots__` along `mro` declare, and whether they are all an instance may
/// have (every user class declares `__slots__` without `__dict__`).
fn slots_of(mro: &[Value]) -> Result<(Option<Vec<Box<str>>>, Vec<Box<str>>), ()> {
    let mut names: Vec<Box<str>> = Vec::new();
    let mut restricted = true;
    for &t in mro {
        let Some(k) = as_class(t) else { continue };
        let declared = match dict::table(k.dict).get(attr_key("__slots__"), str::hash(attr_key("__slots__")))? {
            Some(v) => v,
            None => {
                restricted = false;
                continue;
            }
        };
        let items = if declared.kind() == Kind::Str { vec![declared] } else { crate::iter::collect(declared)? };
        for item in items {
            if item.kind() != Kind::Str {
                raise_type_error(&format!("__slots__ items must be strings, not '{}'", item.type_name()));
                return Err(());
            }
            let n = str::as_str(item);
            if n == "__dict__" {
                restricted = false;
            } else {
                names.push(n.into());
            }
        }
    }
    Ok((restricted.then(|| names.clone()), names))
}

/// The attribute `key` (a str) of instance `obj` itself: a slot's value or its `__dict__`'s.
fn own_attribute(obj: Value, key: Value) -> Option<Value> {
    match crate::inline_values::slot_index(obj, str::as_str(key)) {
        Some(index) => crate::inline_values::slot_at(instance(obj), index),
        None => crate::inline_values::get(obj, key),
    }
}

/// Sets (or with a null `value` deletes) the attribute `name` of instance `obj` itself.
fn set_own_attribute(obj: Value, name: &str, value: Value) -> bool {
    let key = attr_key(name);
    let found = match crate::inline_values::slot_index(obj, name) {
        Some(index) => {
            let i = crate::inline_values::inst(obj);
            if value.is_null() && crate::inline_values::slot_at(i, index).is_none() {
                // As CPython's member descriptor: the message is the bare name.
                raise(&exceptions::ATTRIBUTE_ERROR, name);
                return false;
            }
            Ok(crate::inline_values::set_slot_at(i, index, value))
        }
        None if !value.is_null() => return crate::inline_values::set(obj, key, value),
        None => crate::inline_values::delete(obj, key),
    };
    match found {
        Ok(true) => true,
        Ok(false) => {
            raise(&exceptions::ATTRIBUTE_ERROR, &format!("'{}' object has no attribute '{name}'", obj.type_name()));
            false
        }
        Err(()) => false,
    }
}

/// `C[index]` of a class: its `__class_getitem__` (an implicit class method), or for a
/// class deriving from `typing.Generic` an alias of it. `None` for values that are not
/// user classes.
pub fn class_getitem(cls: Value, index: Value) -> Option<Value> {
    let c = as_class(cls)?;
    if let Some(f) = lookup(c, "__class_getitem__") {
        let f = if is_descriptor(f, &CLASSMETHOD_TYPE) { descriptor(f).func } else { f };
        return Some(crate::func::call(f, &[cls, index], Value::NULL));
    }
    if crate::modules::typing::is_generic_class(cls) {
        return Some(crate::modules::typing::class_subscript(cls, index));
    }
    Some(raise_type_error(&format!("type '{}' is not subscriptable", c.ty.name)))
}

/// Calls the bases' `__init_subclass__` (an implicit class method) for a new class, as
/// `type.__new__` does.
fn init_subclass(cls: Value, keywords: &[(&str, Value)]) -> Result<(), ()> {
    let Some(c) = as_class(cls) else { return Ok(()) };
    let key = attr_key("__init_subclass__");
    for &t in &c.mro[1..] {
        let Some(k) = as_class(t) else { continue };
        if let Some(f) = dict::table(k.dict).get(key, str::hash(key))? {
            let f = if is_descriptor(f, &CLASSMETHOD_TYPE) { descriptor(f).func } else { f };
            let mut args = vec![cls];
            args.extend(keywords.iter().map(|&(_, v)| v));
            let kwnames = if keywords.is_empty() {
                Value::NULL
            } else {
                tuple::new(keywords.iter().map(|&(k, _)| str::new_str(k)).collect())
            };
            let r = crate::func::call(f, &args, kwnames);
            return if r.is_null() { Err(()) } else { Ok(()) };
        }
    }
    object_init_subclass(c, keywords.len())
}

/// `object.__init_subclass__`, which takes no keyword arguments.
fn object_init_subclass(c: &ClassObj, keywords: usize) -> Result<(), ()> {
    if keywords > 0 {
        raise_type_error(&format!("{}.__init_subclass__() takes no keyword arguments", c.ty.name));
        return Err(());
    }
    Ok(())
}

/// `name` looked up in the class namespaces along `c`'s MRO.
pub fn lookup(c: &'static ClassObj, name: &str) -> Option<Value> {
    lookup_key(c, attr_key(name))
}

/// The version of every class namespace: it changes whenever one of them does (or a class
/// is made), which invalidates `LOOKUPS`. Starts at 1 so that an empty cache entry never
/// matches.
static NAMESPACES_VERSION: Global<u64> = Global::new(1);

/// Results of `lookup` by class and interned name, valid while `NAMESPACES_VERSION` is
/// the one recorded (CPython's type attribute cache). A null result records that the name
/// is in none of the namespaces.
static LOOKUPS: Global<[(usize, usize, u64, Value); 1024]> = Global::new([(0, 0, 0, Value::NULL); 1024]);

/// The current version of the class namespaces (see `NAMESPACES_VERSION`).
pub(crate) fn namespaces_version() -> u64 {
    NAMESPACES_VERSION.get()
}

/// Records that a class namespace changed (see `dict::Table::owner`).
pub fn namespace_changed() {
    NAMESPACES_VERSION.set(NAMESPACES_VERSION.get() + 1);
}

/// `lookup` of an interned attribute name.
pub(crate) fn lookup_key(c: &'static ClassObj, key: Value) -> Option<Value> {
    let class = c as *const ClassObj as usize;
    let version = NAMESPACES_VERSION.get();
    let slot = ((class >> 4) ^ (key.0 >> 3)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54;
    let (k, n, v, found) = LOOKUPS.with(|l| l[slot]);
    if k == class && n == key.0 && v == version {
        return (!found.is_null()).then_some(found);
    }
    let h = str::hash(key);
    let found = c.mro.iter().filter_map(|&t| as_class(t)).find_map(|k| dict::table(k.dict).get(key, h).ok().flatten());
    LOOKUPS.with(|l| l[slot] = (class, key.0, version, found.unwrap_or(Value::NULL)));
    found
}

/// A special method of `v`'s class (never of the instance), if `v`'s class is a user class
/// that has it.
pub fn special(v: Value, name: &str) -> Option<Value> {
    if v.is_small_int() || crate::subclass::hidden(v) {
        return None;
    }
    of_type(v.ty()).and_then(|c| lookup(c, name))
}

/// A special method of `v`'s class bound to `v` (looked up on the class only, as CPython's
/// `_PyObject_LookupSpecial`).
pub fn special_bound(v: Value, name: &str) -> Option<Value> {
    special(v, name).map(|f| bound(f, v))
}

/// A class attribute as seen from instance `obj` (functions bound, properties called).
pub fn resolve_on(attr: Value, obj: Value) -> Value {
    resolve(attr, obj, Value::from_static(obj.ty())).unwrap_or(Value::NULL)
}

/// Calls `f` with `receiver` before `args` (a method call without a bound method object).
pub fn call_with_self(f: Value, receiver: Value, args: &[Value], kwnames: Value) -> Value {
    // Short argument lists are laid out on the stack (no allocation per method call).
    let mut buf = [Value::NULL; 8];
    if args.len() < buf.len() {
        buf[0] = receiver;
        buf[1..=args.len()].copy_from_slice(args);
        return crate::func::call(f, &buf[..=args.len()], kwnames);
    }
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(receiver);
    all.extend_from_slice(args);
    crate::func::call(f, &all, kwnames)
}

/// Calls the special method `name` of `v` with `args`: `None` if `v`'s class lacks it.
pub fn call_special(v: Value, name: &str, args: &[Value]) -> Option<Value> {
    special(v, name).map(|f| bind_call(f, v, args))
}

/// Calls a class attribute `f` found for `receiver`: functions get the receiver first.
fn bind_call(f: Value, receiver: Value, args: &[Value]) -> Value {
    if binds(f) { call_with_self(f, receiver, args, Value::NULL) } else { crate::func::call(f, args, Value::NULL) }
}

/// A new instance of a plain class, not initialised.
pub fn new_instance(c: &'static ClassObj) -> Value {
    crate::inline_values::new_instance(c)
}

/// `C(args)`: a new instance, initialised by `__init__` when the class has one.
pub fn instantiate(cls: Value, args: &[Value], kwnames: Value) -> Value {
    let Some(c) = as_class(cls) else { return Value::NULL };
    // A plain class (no `__new__`, enum, ABC, TypedDict or builtin base) with an `__init__`
    // function, as found while the namespaces keep their version: a new instance, initialised.
    let version = NAMESPACES_VERSION.get();
    let (seen, mut init) = c.constructor.get();
    if seen != version {
        init = plain_init(c, cls).unwrap_or(Value::NULL);
        c.constructor.set((version, init));
    }
    if !init.is_null() {
        let obj = new_instance(c);
        return initialised(obj, call_with_self(init, obj, args, kwnames));
    }
    if crate::modules::typing::is_typed_dict(cls) {
        // SAFETY: builtin entries follow the generic convention.
        return unsafe { crate::builtins::krait_builtin_dict(args.as_ptr(), args.len(), kwnames) };
    }
    if crate::modules::enum_::is_enum(c) {
        return crate::modules::enum_::lookup_value(c, args);
    }
    if crate::modules::abc::check_instantiable(c).is_err() {
        return Value::NULL;
    }
    if let Some(new) = lookup(c, "__new__") {
        return construct_with_new(c, cls, new, args, kwnames);
    }
    if crate::subclass::is_builtin_kind(c.ty.kind) {
        return crate::subclass::instantiate(c, args, kwnames);
    }
    let obj = if c.ty.kind == Kind::Tuple {
        match crate::modules::collections::instantiate(c, args, kwnames) {
            Ok(t) => t,
            Err(()) => return Value::NULL,
        }
    } else if c.ty.kind == Kind::Exception {
        // BaseException.__new__: the positional arguments are the exception's args.
        let npos = args.len() - if kwnames.is_null() { 0 } else { tuple::items(kwnames).len() };
        if npos < args.len() && lookup(c, "__init__").is_none() {
            return raise_type_error(&format!("{}() takes no keyword arguments", c.ty.name));
        }
        if c.ty.is_subtype(&exceptions::BASE_EXCEPTION_GROUP) {
            crate::exception_group::new(&c.ty, &args[..npos])
        } else {
            exceptions::new_exception(&c.ty, tuple::new(args[..npos].to_vec()))
        }
    } else {
        new_instance(c)
    };
    match lookup(c, "__init__") {
        Some(init) => {
            let r = if binds(init) {
                call_with_self(init, obj, args, kwnames)
            } else {
                crate::func::call(init, args, kwnames)
            };
            if initialised(obj, r).is_null() {
                return Value::NULL;
            }
        }
        None if !args.is_empty() && !matches!(c.ty.kind, Kind::Exception | Kind::Tuple) => {
            return raise_type_error(&format!("{}() takes no arguments", c.ty.name));
        }
        None => {}
    }
    obj
}

/// `obj` once its `__init__` returned `r`: null if it raised, a `TypeError` if it returned
/// anything but None.
fn initialised(obj: Value, r: Value) -> Value {
    if r.is_null() {
        return r;
    }
    if !r.is_none() {
        return raise_type_error(&format!("__init__() should return None, not '{}'", r.type_name()));
    }
    obj
}

/// The `__init__` function `C(...)` calls on a new instance of `c`, when nothing else is
/// involved in making it (see `instantiate`).
fn plain_init(c: &'static ClassObj, cls: Value) -> Option<Value> {
    if c.ty.kind != Kind::Instance
        || crate::modules::typing::is_typed_dict(cls)
        || crate::modules::enum_::is_enum_type(c)
        || crate::modules::abc::is_abc(c)
        || lookup(c, "__new__").is_some()
    {
        return None;
    }
    lookup(c, "__init__").filter(|&f| f.kind() == Kind::Function)
}

/// `C(args)` for a class defining `__new__`: `__new__(C, *args)` makes the object, then
/// `__init__` runs on it if it is an instance of `C` (a builtin list or dict base's own
/// `__init__` too, as CPython's `type.__call__`).
fn construct_with_new(c: &'static ClassObj, cls: Value, new: Value, args: &[Value], kwnames: Value) -> Value {
    let new = if is_descriptor(new, &STATICMETHOD_TYPE) { descriptor(new).func } else { new };
    let obj = call_with_self(new, cls, args, kwnames);
    if obj.is_null() || obj.is_small_int() || !obj.ty().is_subtype(&c.ty) {
        return obj;
    }
    let made = of_type(obj.ty()).unwrap_or(c);
    let r = match lookup(made, "__init__") {
        Some(init) => call_with_self(init, obj, args, kwnames),
        None if matches!(made.ty.kind, Kind::List | Kind::Dict) => crate::subclass::builtin_init(obj, args, kwnames),
        None => Value::none(),
    };
    if r.is_null() {
        return r;
    }
    if !r.is_none() {
        return raise_type_error(&format!("__init__() should return None, not '{}'", r.type_name()));
    }
    obj
}

/// `object.__new__(cls)`, `int.__new__(cls, x)`, ... (also `super().__new__(cls, ...)` reaching
/// a builtin type): a new, uninitialised instance of user class `cls` made as its builtin
/// base's constructor makes one.
pub fn builtin_new(base: &'static TypeObject, args: &[Value], kwnames: Value) -> Value {
    let Some((&cls, rest)) = args.split_first() else {
        return raise_type_error(&format!("{}.__new__(): not enough arguments", base.name));
    };
    let Some(c) = as_class(cls) else {
        if cls.is_small_int() || cls.kind() != Kind::Type {
            return raise_type_error(&format!(
                "{}.__new__(X): X is not a type object ({})",
                base.name,
                cls.type_name()
            ));
        }
        let t = type_value(cls);
        if !t.is_subtype(base) {
            return raise_type_error(&format!(
                "{}.__new__({}): {} is not a subtype of {}",
                base.name, t.name, t.name, base.name
            ));
        }
        // `int.__new__(int, 5)`: the builtin constructor itself.
        return crate::func::call(cls, rest, kwnames);
    };
    if !c.ty.is_subtype(base) {
        return raise_type_error(&format!(
            "{}.__new__({}): {} is not a subtype of {}",
            base.name, c.ty.name, c.ty.name, base.name
        ));
    }
    match c.ty.kind {
        k if crate::subclass::is_builtin_kind(k) => crate::subclass::new_instance(c, rest, kwnames),
        Kind::Tuple => crate::modules::collections::instantiate(c, rest, kwnames).unwrap_or(Value::NULL),
        Kind::Exception => exceptions::new_exception(&c.ty, tuple::new(rest.to_vec())),
        _ => new_instance(c),
    }
}

/// A special method of the builtin type class `c` derives from, as a value (`C.__new__`).
fn base_special(c: &'static ClassObj, name: &str) -> Option<Value> {
    let v = crate::func::getattr(Value::from_static(builtin_base(c)), name);
    if v.is_null() {
        crate::builtins::take_attribute_error();
        return None;
    }
    Some(v)
}

/// The builtin type a user class derives from (`object` for plain classes).
fn builtin_base(c: &'static ClassObj) -> &'static TypeObject {
    let mut t: &'static TypeObject = &c.ty;
    while t.user {
        match t.base {
            Some(b) => t = b,
            None => return &OBJECT_TYPE,
        }
    }
    t
}

static NEW_METHOD_TYPE: TypeObject = crate::native::native_type("builtin_function_or_method");

/// `T.__new__` of a builtin type `T`, as a value.
pub fn builtin_new_method(base: &'static TypeObject) -> Value {
    fn call(o: &crate::native::NativeObj, args: &[Value], kwnames: Value) -> Value {
        builtin_new(type_value(o.data[0]), args, kwnames)
    }
    fn repr(o: &crate::native::NativeObj) -> Result<String, ()> {
        Ok(format!("<built-in method __new__ of type object at {:#x}>", o.data[0].0))
    }
    crate::native::new(&NEW_METHOD_TYPE, call, repr, vec![Value::from_static(base)], Vec::new(), Vec::new())
}

/// Whether a class attribute becomes a method of the instance it is looked up on: a function,
/// or a method the runtime made (dataclasses' `__init__`, ...).
pub(crate) fn binds(f: Value) -> bool {
    !f.is_small_int() && (f.kind() == Kind::Function || (f.kind() == Kind::Native && crate::native::binds(f)))
}

fn bound(func: Value, receiver: Value) -> Value {
    if binds(func) { new_object(MethodObj { header: Header { ty: &METHOD_TYPE }, func, receiver }) } else { func }
}

/// `obj.name` of an instance: its own attribute, else its class's (functions bound to it).
pub fn instance_getattr(obj: Value, name: &str) -> Value {
    instance_getattr_key(obj, attr_key(name))
}

/// `instance_getattr` by a name's key: an interned str, or a str that lives as long as the
/// program (a constant), since class lookups are cached by the key's address.
pub fn instance_getattr_key(obj: Value, key: Value) -> Value {
    if of_type(obj.ty()).is_some_and(|c| c.getattribute)
        && let Some(hook) = special(obj, "__getattribute__")
    {
        let name = str::as_str(key);
        let r = bind_call(hook, obj, &[attr_key(name)]);
        // `__getattr__` answers when `__getattribute__` raises AttributeError.
        if r.is_null()
            && exceptions::pending().ty().is_subtype(&exceptions::ATTRIBUTE_ERROR)
            && let Some(fallback) = special(obj, "__getattr__")
        {
            exceptions::take_pending();
            return bind_call(fallback, obj, &[attr_key(name)]);
        }
        return r;
    }
    object_getattribute(obj, key, true)
}

/// `object.__getattribute__` of an instance (`key` as for `instance_getattr_key`); with
/// `fallback`, `__getattr__` answers for attributes found nowhere (as the type's attribute
/// slot does).
fn object_getattribute(obj: Value, key: Value, fallback: bool) -> Value {
    let name = str::as_str(key);
    if name == "__dict__" && of_type(obj.ty()).is_some_and(|c| c.slots.is_none()) {
        return crate::inline_values::dict_of(obj);
    }
    if let Some(p) = class_property_key(obj, key) {
        return resolve(p, obj, Value::from_static(obj.ty())).unwrap_or(Value::NULL);
    }
    if let Some(v) = own_attribute(obj, key) {
        return v;
    }
    match of_type(obj.ty()).and_then(|c| lookup_key(c, key)) {
        // `functools.cached_property`: computed once, then kept in the instance's `__dict__`.
        Some(v) if is_descriptor(v, &CACHED_PROPERTY_TYPE) => {
            let r = crate::func::call(descriptor(v).func, &[obj], Value::NULL);
            if !r.is_null() && !set_own_attribute(obj, name, r) {
                return Value::NULL;
            }
            r
        }
        Some(v) => resolve(v, obj, Value::from_static(obj.ty())).unwrap_or(Value::NULL),
        // `__getattr__` answers for attributes found nowhere else.
        None if fallback && let Some(hook) = special(obj, "__getattr__") => bind_call(hook, obj, &[attr_key(name)]),
        None => {
            let msg = format!("'{}' object has no attribute '{name}'", obj.type_name());
            exceptions::raise_attribute_error(obj, name, &msg)
        }
    }
}

/// `obj.name = value` (or, with a null value, `del obj.name`) of an instance.
pub fn instance_setattr(obj: Value, name: &str, value: Value) -> bool {
    let hook = if value.is_null() { "__delattr__" } else { "__setattr__" };
    if let Some(f) = special(obj, hook) {
        let args: &[Value] = if value.is_null() { &[attr_key(name)] } else { &[attr_key(name), value] };
        return !bind_call(f, obj, args).is_null();
    }
    object_setattr(obj, name, value)
}

/// `object.__setattr__` (and, with a null value, `object.__delattr__`): properties, then the
/// instance's `__dict__`, within the class's `__slots__` if it has them.
pub fn object_setattr(obj: Value, name: &str, value: Value) -> bool {
    if name == "__class__" {
        return set_class(obj, value);
    }
    if let Some(ok) = property_set(obj, name, value) {
        return ok;
    }
    if let Some(c) = of_type(obj.ty())
        && let Some(slots) = &c.slots
        && !slots.iter().any(|s| &**s == name)
    {
        let msg = format!("'{}' object has no attribute '{name}'", obj.type_name());
        raise(&exceptions::ATTRIBUTE_ERROR, &msg);
        return false;
    }
    set_own_attribute(obj, name, value)
}

/// `obj.__class__ = cls` of an instance of a plain user class: another such class whose
/// instances have the same `__slots__`, as CPython's `object.__class__` setter allows.
fn set_class(obj: Value, cls: Value) -> bool {
    if cls.is_null() {
        raise_type_error("can't delete __class__ attribute");
        return false;
    }
    let Some(new) = as_class(cls) else {
        if !cls.is_small_int() && cls.kind() == Kind::Type {
            raise_type_error("__class__ assignment only supported for mutable types or ModuleType subclasses");
            return false;
        }
        raise_type_error(&format!("__class__ must be set to a class, not '{}' object", cls.type_name()));
        return false;
    };
    let old = of_type(obj.ty());
    if new.ty.kind != Kind::Instance
        || old.is_none_or(|o| o.slot_names != new.slot_names || o.slots.is_some() != new.slots.is_some())
    {
        raise_type_error(&format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.ty.name,
            obj.type_name()
        ));
        return false;
    }
    // Its inline values are laid out by its class's keys: they go to its `__dict__` first;
    // its slots' floats are boxed (the new class may keep other slots unboxed).
    crate::inline_values::dict_of(obj);
    crate::inline_values::box_slot_floats(obj);
    // SAFETY: `obj` is an instance of a plain user class (its callers check); single-threaded.
    unsafe { obj.obj_mut::<InstanceObj>() }.header.ty = &new.ty;
    true
}

/// Stores `value` as attribute `name` in the attribute dict `d`, or with a null value
/// deletes it, raising `AttributeError(missing())` if it is not there.
pub fn set_in(d: Value, name: &str, value: Value, missing: impl FnOnce() -> String) -> bool {
    let key = attr_key(name);
    if !value.is_null() {
        return dict::setitem(d, key, value);
    }
    match dict::table(d).remove(key, str::hash(key)) {
        Ok(Some(_)) => true,
        Ok(None) => {
            raise(&exceptions::ATTRIBUTE_ERROR, &missing());
            false
        }
        Err(()) => false,
    }
}

/// A value in a class namespace (or any attribute dict) by name.
pub fn namespace_get(ns: Value, name: &str) -> Option<Value> {
    let key = attr_key(name);
    dict::table(ns).get(key, str::hash(key)).ok().flatten()
}

/// `C.name` of a class.
pub fn class_getattr(cls: Value, name: &str) -> Value {
    let Some(c) = as_class(cls) else { return Value::NULL };
    match name {
        "__name__" => return str::new_str(c.ty.name),
        "__qualname__" => return str::new_str(c.qualname),
        "__mro__" => return tuple::new(c.mro.clone()),
        "__bases__" => return tuple::new(c.bases.clone()),
        "__base__" => return c.bases[0],
        "mro" => return mro_method(cls),
        "__dict__" => return c.dict,
        "__members__" if let Some(m) = crate::modules::enum_::members_mapping(c) => return m,
        _ => {}
    }
    if let Some(m) = crate::modules::collections::class_attribute(c, name) {
        return m;
    }
    match lookup(c, name) {
        Some(v) => resolve(v, Value::NULL, cls).unwrap_or(Value::NULL),
        // `C.__new__`, `C.__init__`, ...: the builtin base's special methods.
        None if name.starts_with("__")
            && name.ends_with("__")
            && let Some(v) = base_special(c, name) =>
        {
            v
        }
        None => {
            let msg = format!("type object '{}' has no attribute '{name}'", c.ty.name);
            exceptions::raise_attribute_error(cls, name, &msg)
        }
    }
}

/// `C.name = value` (or `del C.name` with a null value).
pub fn class_setattr(cls: Value, name: &str, value: Value) -> bool {
    let Some(c) = as_class(cls) else { return false };
    if crate::modules::enum_::refuse_reassign(c, name) {
        return false;
    }
    if !value.is_null() && (is_descriptor(value, &PROPERTY_TYPE) || is_data_descriptor(value)) {
        LATE_PROPERTIES.set(true);
    }
    set_in(c.dict, name, value, || format!("type object '{}' has no attribute '{name}'", c.ty.name))
}

/// `obj.name(args)` of an instance, without making a bound method.
pub fn instance_call_method(obj: Value, name: &str, args: &[Value], kwnames: Value) -> Option<Value> {
    instance_call_method_key(obj, attr_key(name), args, kwnames)
}

/// `instance_call_method` by a name's key (as for `instance_getattr_key`).
pub fn instance_call_method_key(obj: Value, key: Value, args: &[Value], kwnames: Value) -> Option<Value> {
    if class_property_key(obj, key).is_none()
        && let Some(v) = own_attribute(obj, key)
    {
        return Some(crate::func::call(v, args, kwnames));
    }
    let f = of_type(obj.ty()).and_then(|c| lookup_key(c, key))?;
    if binds(f) {
        return Some(call_with_self(f, obj, args, kwnames));
    }
    Some(match resolve(f, obj, Value::from_static(obj.ty())) {
        Ok(m) => crate::func::call(m, args, kwnames),
        Err(()) => Value::NULL,
    })
}

/// Calls a bound method.
pub fn call_method_object(m: Value, args: &[Value], kwnames: Value) -> Value {
    // SAFETY: callers check the kind is Method.
    let m = unsafe { m.obj::<MethodObj>() };
    call_with_self(m.func, m.receiver, args, kwnames)
}

pub fn method_repr(m: Value) -> Result<String, ()> {
    // SAFETY: callers check the kind is Method.
    let m = unsafe { m.obj::<MethodObj>() };
    let name = if m.func.kind() == Kind::Function {
        crate::func::qualname(m.func).to_string()
    } else {
        crate::native::qualname(m.func)
    };
    Ok(format!("<bound method {name} of {}>", crate::repr::repr_string(m.receiver)?))
}

pub fn method_getattr(m: Value, name: &str) -> Option<Value> {
    // SAFETY: callers check the kind is Method.
    let o = unsafe { m.obj::<MethodObj>() };
    match name {
        "__self__" => Some(o.receiver),
        "__func__" => Some(o.func),
        "__name__" | "__qualname__" | "__doc__" | "__module__" | "__defaults__" | "__kwdefaults__"
            if o.func.kind() == Kind::Function =>
        {
            Some(crate::func::getattr(o.func, name))
        }
        _ => None,
    }
}

/// The default `repr` of an instance: `<__main__.C object at 0x...>`.
pub fn default_repr(v: Value) -> String {
    let name = of_type(v.ty()).map_or_else(|| format!("__main__.{}", v.type_name()), qualified_name);
    format!("<{name} object at {:#x}>", v.0)
}

/// `module.qualname` of a class, as `repr` shows it (`__main__.C`, `typing.Generic`).
pub fn qualified_name(c: &ClassObj) -> String {
    match namespace_get(c.dict, "__module__") {
        Some(m) if m.kind() == Kind::Str => format!("{}.{}", str::as_str(m), c.qualname),
        _ => c.qualname.to_string(),
    }
}

/// `repr(obj)` of an instance: its class's `__repr__`, else the default.
pub fn instance_repr(v: Value) -> Result<String, ()> {
    match call_special(v, "__repr__", &[]) {
        Some(r) => text_result(r, "__repr__"),
        None => Ok(default_repr(v)),
    }
}

/// `str(obj)` of an instance: `__str__`, else `repr`.
pub fn instance_str(v: Value) -> Result<String, ()> {
    match call_special(v, "__str__", &[]) {
        Some(r) => text_result(r, "__str__"),
        None => instance_repr(v),
    }
}

fn text_result(r: Value, method: &str) -> Result<String, ()> {
    if r.is_null() {
        return Err(());
    }
    if r.kind() != Kind::Str {
        raise_type_error(&format!("{method} returned non-string (type {})", r.type_name()));
        return Err(());
    }
    Ok(str::as_str(r).to_string())
}

/// `super(cls, obj)`.
pub fn new_super(cls: Value, obj: Value) -> Result<Value, ()> {
    let Some(c) = as_class(cls) else {
        raise_type_error(&format!("super() argument 1 must be a type, not {}", cls.type_name()));
        return Err(());
    };
    let fits = of_type(obj.ty()).is_some_and(|oc| mro_contains(oc, &c.ty))
        || as_class(obj).is_some_and(|oc| mro_contains(oc, &c.ty));
    if !fits {
        raise_type_error("super(type, obj): obj must be an instance or subtype of type");
        return Err(());
    }
    Ok(new_object(SuperObj { header: Header { ty: &SUPER_TYPE }, cls, obj }))
}

/// The attribute `name` found after `cls` in the MRO of the object a super object wraps.
fn super_lookup(s: &SuperObj, name: &str) -> Option<Value> {
    let start = as_class(s.obj).or_else(|| of_type(s.obj.ty()))?;
    let pos = start.mro.iter().position(|&t| t == s.cls)?;
    let key = attr_key(name);
    let h = str::hash(key);
    for &t in &start.mro[pos + 1..] {
        if let Some(k) = as_class(t)
            && let Ok(Some(v)) = dict::table(k.dict).get(key, h)
        {
            return Some(v);
        }
    }
    None
}

fn super_obj(v: Value) -> &'static SuperObj {
    // SAFETY: callers check the kind is Super.
    unsafe { v.obj::<SuperObj>() }
}

/// `super().name`.
pub fn super_getattr(v: Value, name: &str) -> Value {
    let s = super_obj(v);
    let cls = if as_class(s.obj).is_some() { s.obj } else { Value::from_static(s.obj.ty()) };
    match super_lookup(s, name) {
        Some(f) if as_class(s.obj).is_none() => resolve(f, s.obj, cls).unwrap_or(Value::NULL),
        // An implicit class method.
        Some(f) if name == "__init_subclass__" && f.kind() == Kind::Function => bound(f, s.obj),
        Some(f) => resolve(f, Value::NULL, cls).unwrap_or(Value::NULL),
        None if name == "__init_subclass__" && as_class(s.obj).is_some() => {
            fn call(o: &crate::native::NativeObj, args: &[Value], _: Value) -> Value {
                let Some(c) = as_class(o.data[0]) else { return Value::none() };
                if object_init_subclass(c, args.len()).is_err() { Value::NULL } else { Value::none() }
            }
            fn repr(_: &crate::native::NativeObj) -> Result<String, ()> {
                Ok("<built-in method __init_subclass__ of type object>".into())
            }
            static TY: TypeObject = crate::native::native_type("builtin_function_or_method");
            crate::native::new(&TY, call, repr, vec![s.obj], Vec::new(), Vec::new())
        }
        None if crate::subclass::is_instance(s.obj) => crate::subclass::super_method(s.obj, name),
        None => {
            raise(&exceptions::ATTRIBUTE_ERROR, &format!("'super' object has no attribute '{name}'"));
            Value::NULL
        }
    }
}

/// `super().name(args)`.
pub fn super_call_method(v: Value, name: &str, args: &[Value], kwnames: Value) -> Value {
    let s = super_obj(v);
    let cls = if as_class(s.obj).is_some() { s.obj } else { Value::from_static(s.obj.ty()) };
    match super_lookup(s, name) {
        Some(f) if binds(f) && as_class(s.obj).is_none() => call_with_self(f, s.obj, args, kwnames),
        Some(f) => {
            let receiver = if as_class(s.obj).is_none() { s.obj } else { Value::NULL };
            match resolve(f, receiver, cls) {
                Ok(m) => crate::func::call(m, args, kwnames),
                Err(()) => Value::NULL,
            }
        }
        // A builtin base's methods, on the builtin part of the object.
        None if crate::subclass::is_instance(s.obj) => crate::subclass::super_call(s.obj, name, args, kwnames),
        None if s.obj.kind() == Kind::Tuple
            && let Some(r) = crate::dunder::call(tuple::new(tuple::items(s.obj).to_vec()), name, args) =>
        {
            r
        }
        // `super().__new__(cls, ...)` past the user classes: the builtin base makes it.
        None if name == "__new__" => {
            let base = as_class(cls).map_or(&OBJECT_TYPE, |c| builtin_base(c));
            builtin_new(base, args, kwnames)
        }
        // `BaseException.__str__`/`__repr__` under a class's own.
        None if s.obj.kind() == Kind::Exception && matches!(name, "__str__" | "__repr__") && args.is_empty() => {
            let text = if name == "__str__" { exceptions::builtin_str(s.obj) } else { exceptions::builtin_repr(s.obj) };
            text.map_or(Value::NULL, |t| str::new_str(&t))
        }
        None if s.obj.kind() == Kind::Exception
            && let Some(r) = exceptions::call_method(s.obj, name, args) =>
        {
            r
        }
        None if name == "__init__" && s.obj.kind() == Kind::Exception => {
            exceptions::exc(s.obj).args = tuple::new(args.to_vec());
            Value::none()
        }
        // `object`'s own methods, reached through `super()`.
        None if let Some(r) = object_method(s.obj, name, args) => r,
        None => {
            crate::func::set_lookup_failed();
            raise(&exceptions::ATTRIBUTE_ERROR, &format!("'super' object has no attribute '{name}'"))
        }
    }
}

/// `object.name(obj, *args)`: `object`'s own methods (reached through `super()` or called
/// on `object` itself), which skip whatever `obj`'s class defines; `None` for other names.
pub fn object_method(obj: Value, name: &str, args: &[Value]) -> Option<Value> {
    let plain = obj.kind() == Kind::Instance;
    let text = |i: usize| (args[i].kind() == Kind::Str).then(|| str::as_str(args[i]));
    Some(match (name, args.len()) {
        ("__setattr__", 2) if plain && let Some(n) = text(0) => {
            if object_setattr(obj, n, args[1]) {
                Value::none()
            } else {
                Value::NULL
            }
        }
        ("__delattr__", 1) if plain && let Some(n) = text(0) => {
            if object_setattr(obj, n, Value::NULL) {
                Value::none()
            } else {
                Value::NULL
            }
        }
        ("__getattribute__", 1) if plain && let Some(n) = text(0) => object_getattribute(obj, attr_key(n), false),
        ("__repr__", 0) if plain => str::new_str(&default_repr(obj)),
        ("__str__", 0) if plain => crate::repr::repr_string(obj).map_or(Value::NULL, |t| str::new_str(&t)),
        ("__hash__", 0) => Value::small((obj.0 >> 4) as i64),
        ("__init_subclass__", _) => match as_class(obj) {
            Some(c) if object_init_subclass(c, args.len()).is_err() => Value::NULL,
            _ => Value::none(),
        },
        ("__eq__", 1) => {
            if args[0] == obj {
                Value::bool(true)
            } else {
                Value::from_static(&crate::object::NOT_IMPLEMENTED)
            }
        }
        ("__init__", 0) => Value::none(),
        ("__init__", _) => {
            raise_type_error("object.__init__() takes exactly one argument (the instance to initialize)")
        }
        _ => return None,
    })
}

// ---- operators on instances (the special methods) ----

use crate::ops::{BinOp, CmpOp};

fn is_not_implemented(v: Value) -> bool {
    !v.is_null() && v.kind() == Kind::NotImplemented
}

/// Whether `v` is an instance of a user class (whose special methods take part in operators).
fn is_instance(v: Value) -> bool {
    !v.is_small_int() && v.ty().user
}

/// The special methods of a binary operator: plain, reflected, in-place.
pub fn binop_names(op: BinOp) -> [&'static str; 3] {
    match op {
        BinOp::Add => ["__add__", "__radd__", "__iadd__"],
        BinOp::Sub => ["__sub__", "__rsub__", "__isub__"],
        BinOp::Mul => ["__mul__", "__rmul__", "__imul__"],
        BinOp::TrueDiv => ["__truediv__", "__rtruediv__", "__itruediv__"],
        BinOp::FloorDiv => ["__floordiv__", "__rfloordiv__", "__ifloordiv__"],
        BinOp::Mod => ["__mod__", "__rmod__", "__imod__"],
        BinOp::Pow => ["__pow__", "__rpow__", "__ipow__"],
        BinOp::LShift => ["__lshift__", "__rlshift__", "__ilshift__"],
        BinOp::RShift => ["__rshift__", "__rrshift__", "__irshift__"],
        BinOp::BitAnd => ["__and__", "__rand__", "__iand__"],
        BinOp::BitOr => ["__or__", "__ror__", "__ior__"],
        BinOp::BitXor => ["__xor__", "__rxor__", "__ixor__"],
        BinOp::MatMul => ["__matmul__", "__rmatmul__", "__imatmul__"],
    }
}

/// `a op b` (or `a op= b`) where either is an instance: `__iop__`, then `__op__`, then the
/// reflected `__rop__` of the right operand, as CPython tries them. `None` when none applies.
pub fn binary(op: BinOp, a: Value, b: Value, inplace: bool) -> Option<Value> {
    if !is_instance(a) && !is_instance(b) {
        return None;
    }
    let [plain, reflected_name, in_place] = binop_names(op);
    if inplace && let Some(r) = call_special(a, in_place, &[b]) {
        if !is_not_implemented(r) {
            return Some(r);
        }
    }
    // As CPython's `SLOT1BINFULL`: the right operand goes first when its class is a proper
    // subclass of the left one's that overrides the reflected method.
    let mut reflected = !core::ptr::eq(a.ty(), b.ty());
    if reflected
        && b.ty().is_subtype(a.ty())
        && let Some(f) = special(b, reflected_name)
        && Some(f) != special(a, reflected_name)
    {
        let r = bind_call(f, b, &[a]);
        if !is_not_implemented(r) {
            return Some(r);
        }
        reflected = false;
    }
    if let Some(r) = call_special(a, plain, &[b])
        && !is_not_implemented(r)
    {
        return Some(r);
    }
    if reflected
        && let Some(r) = call_special(b, reflected_name, &[a])
        && !is_not_implemented(r)
    {
        return Some(r);
    }
    None
}

fn reflected(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Ge => CmpOp::Le,
        other => other,
    }
}

pub fn cmp_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "__eq__",
        CmpOp::Ne => "__ne__",
        CmpOp::Lt => "__lt__",
        CmpOp::Le => "__le__",
        CmpOp::Gt => "__gt__",
        CmpOp::Ge => "__ge__",
    }
}

/// One side's comparison method: `Some(result)` unless it is missing or says NotImplemented.
/// A class without `__ne__` inverts its `__eq__`, as `object.__ne__` does.
/// `x.__op__(y)`: its result as it is (`None` for none or `NotImplemented`); `!=` without
/// `__ne__` is the negated truth of `__eq__` (`object.__ne__`; a builtin base type has its
/// own `__ne__`, which the caller applies).
fn try_compare(op: CmpOp, x: Value, y: Value) -> Option<Result<Value, ()>> {
    let r = match call_special(x, cmp_name(op), &[y]) {
        Some(r) => r,
        None if op == CmpOp::Ne && matches!(x.kind(), Kind::Instance | Kind::Exception) => {
            let r = call_special(x, "__eq__", &[y])?;
            if r.is_null() {
                return Some(Err(()));
            }
            if is_not_implemented(r) {
                return None;
            }
            return Some(crate::ops::truthy(r).map(|t| Value::bool(!t)));
        }
        // A class deriving from a builtin type inherits the type's comparison.
        None if crate::subclass::is_instance(x) => crate::dunder::call(x, cmp_name(op), &[y])?,
        None => return None,
    };
    if r.is_null() {
        return Some(Err(()));
    }
    if is_not_implemented(r) {
        return None;
    }
    Some(Ok(r))
}

/// `a op b` where either is an instance, as a truth value: `None` when neither side's method
/// applies (the caller falls back to identity for `==`/`!=`, else raises).
pub fn compare(op: CmpOp, a: Value, b: Value) -> Option<Result<bool, ()>> {
    compare_value(op, a, b).map(|r| r.and_then(crate::ops::truthy))
}

/// `a op b` where either is an instance: what the special method returned (a rich
/// comparison may return any object), `None` when neither side's method applies.
pub fn compare_value(op: CmpOp, a: Value, b: Value) -> Option<Result<Value, ()>> {
    if !is_instance(a) && !is_instance(b) {
        return None;
    }
    // A right operand whose class derives from the left's gets the first try.
    let b_first =
        is_instance(b) && a.ty() as *const TypeObject != b.ty() as *const TypeObject && b.ty().is_subtype(a.ty());
    if b_first && let Some(r) = try_compare(reflected(op), b, a) {
        return Some(r);
    }
    if let Some(r) = try_compare(op, a, b) {
        return Some(r);
    }
    if !b_first && let Some(r) = try_compare(reflected(op), b, a) {
        return Some(r);
    }
    None
}

/// `hash(obj)` of an instance: `__hash__`, unhashable when it is None, else by identity.
pub fn hash(v: Value) -> Result<i64, ()> {
    match special(v, "__hash__") {
        Some(h) if h.is_none() => {
            raise_type_error(&format!("unhashable type: '{}'", v.type_name()));
            Err(())
        }
        Some(f) => {
            let r = bind_call(f, v, &[]);
            if r.is_null() {
                return Err(());
            }
            if !crate::int::is_int(r) {
                raise_type_error("__hash__ method should return an integer");
                return Err(());
            }
            // As CPython's slot: a result that fits a C `Py_ssize_t` is the hash (-1 becomes
            // -2), a bigger int is reduced as ints hash.
            Ok(match crate::int::to_i64(r) {
                Some(-1) => -2,
                Some(h) => h,
                None => crate::int::hash(r),
            })
        }
        None => Ok((v.0 >> 4) as i64),
    }
}

/// `bool(obj)` of an instance: `__bool__`, else `__len__() != 0`, else true.
pub fn truthy(v: Value) -> Result<bool, ()> {
    match truth(v) {
        Truth::Always => Ok(true),
        Truth::Len => len(v).map(|n| n != 0),
        Truth::Bool => {
            let Some(r) = call_special(v, "__bool__", &[]) else { return Ok(true) };
            if r.is_null() {
                return Err(());
            }
            if r.kind() != Kind::Bool {
                raise_type_error(&format!("__bool__ should return bool, returned {}", r.type_name()));
                return Err(());
            }
            Ok(crate::ops::bool_value(r))
        }
    }
}

/// Which of `__bool__` and `__len__` decides the truth of instance `v`, looked up once per
/// namespaces version (neither while `v` is seen as its builtin type).
fn truth(v: Value) -> Truth {
    let Some(c) = of_type(v.ty()).filter(|_| !crate::subclass::hidden(v)) else { return Truth::Always };
    let version = NAMESPACES_VERSION.get();
    let (seen, truth) = c.truth.get();
    if seen == version {
        return truth;
    }
    let truth = if lookup(c, "__bool__").is_some() {
        Truth::Bool
    } else if lookup(c, "__len__").is_some() {
        Truth::Len
    } else {
        Truth::Always
    };
    c.truth.set((version, truth));
    truth
}

/// `len(obj)` of an instance, through `__len__`.
pub fn len(v: Value) -> Result<usize, ()> {
    let Some(r) = call_special(v, "__len__", &[]) else {
        raise_type_error(&format!("object of type '{}' has no len()", v.type_name()));
        return Err(());
    };
    if r.is_null() {
        return Err(());
    }
    let Some(n) = crate::ops::index_value(r) else {
        raise_type_error(&format!("'{}' object cannot be interpreted as an integer", r.type_name()));
        return Err(());
    };
    if n < 0 {
        raise(&exceptions::VALUE_ERROR, "__len__() should return >= 0");
        return Err(());
    }
    Ok(n as usize)
}

/// A unary operator's special method (`__neg__`, `__pos__`, `__invert__`, `__abs__`).
pub fn unary(v: Value, name: &str) -> Option<Value> {
    call_special(v, name, &[])
}

/// `iter(obj)` of an instance: what `__iter__` returns, which must be an iterator.
pub fn iter(v: Value) -> Value {
    let Some(it) = call_special(v, "__iter__", &[]) else {
        if special(v, "__getitem__").is_some() {
            return crate::iter::sequence_iter(v);
        }
        return raise_type_error(&format!("'{}' object is not iterable", v.type_name()));
    };
    if it.is_null() {
        return it;
    }
    let is_iterator = it.kind() == Kind::Iterator || special(it, "__next__").is_some();
    if !is_iterator {
        return raise_type_error(&format!("iter() returned non-iterator of type '{}'", it.type_name()));
    }
    it
}

/// The next item of an instance used as an iterator (`__next__`); `None` at `StopIteration`.
pub fn next(it: Value) -> Result<Option<Value>, ()> {
    let Some(r) = call_special(it, "__next__", &[]) else {
        raise_type_error(&format!("'{}' object is not an iterator", it.type_name()));
        return Err(());
    };
    if !r.is_null() {
        return Ok(Some(r));
    }
    let e = exceptions::pending();
    if !e.is_null() && e.ty().is_subtype(&exceptions::STOP_ITERATION) {
        exceptions::take_pending();
        return Ok(None);
    }
    Err(())
}

// ---- exceptions whose class the program defines ----

/// `e.name` of an exception: its own attribute, else (for a user class) its class's;
/// `None` for the builtin exception attributes (`args`, ...), which the caller provides.
pub fn exception_getattr(e: Value, name: &str) -> Option<Value> {
    let d = exceptions::exc(e).dict;
    if !d.is_null() {
        let key = attr_key(name);
        if let Ok(Some(v)) = dict::table(d).get(key, str::hash(key)) {
            return Some(v);
        }
    }
    let c = of_type(e.ty())?;
    if name == "__dict__" {
        return Some(exception_dict(e));
    }
    lookup(c, name).map(|v| bound(v, e))
}

fn exception_dict(e: Value) -> Value {
    exceptions::attribute_dict(e)
}

/// `e.name = value` (or `del e.name` with a null value) of an exception, for the names
/// its attribute dict holds.
pub fn exception_setattr(e: Value, name: &str, value: Value) -> bool {
    set_in(exception_dict(e), name, value, || format!("'{}' object has no attribute '{name}'", e.type_name()))
}

/// `str(e)` or `repr(e)` through a user exception class's `__str__`/`__repr__`.
pub fn exception_text(e: Value, method: &str) -> Option<Result<String, ()>> {
    let r = call_special(e, method, &[])?;
    Some(text_result(r, method))
}

// ---- staticmethod, classmethod, property ----

pub static STATICMETHOD_TYPE: TypeObject = TypeObject::new("staticmethod", Kind::Descriptor, Some(&OBJECT_TYPE));
pub static CLASSMETHOD_TYPE: TypeObject = TypeObject::new("classmethod", Kind::Descriptor, Some(&OBJECT_TYPE));
pub static PROPERTY_TYPE: TypeObject = TypeObject::new("property", Kind::Descriptor, Some(&OBJECT_TYPE));
pub static CACHED_PROPERTY_TYPE: TypeObject =
    TypeObject::new("functools.cached_property", Kind::Descriptor, Some(&OBJECT_TYPE));

/// A `staticmethod`, `classmethod` or `property` wrapping functions (its type says which).
#[repr(C)]
pub struct DescriptorObj {
    pub header: Header,
    pub func: Value,
    /// A property's setter and deleter (null when it has none).
    pub fset: Value,
    pub fdel: Value,
    /// A property's own `doc` (null: its getter's).
    pub doc: Value,
}

fn descriptor(v: Value) -> &'static DescriptorObj {
    // SAFETY: callers check the kind is Descriptor.
    unsafe { v.obj::<DescriptorObj>() }
}

pub fn new_descriptor(ty: &'static TypeObject, func: Value, fset: Value, fdel: Value) -> Value {
    new_object(DescriptorObj { header: Header { ty }, func, fset, fdel, doc: Value::NULL })
}

/// `property(fget, fset, fdel, doc)`.
pub fn new_property(fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    new_object(DescriptorObj { header: Header { ty: &PROPERTY_TYPE }, func: fget, fset, fdel, doc })
}

fn is_descriptor(v: Value, ty: &'static TypeObject) -> bool {
    !v.is_small_int() && core::ptr::eq(v.ty(), ty)
}

/// A class attribute as seen through an instance (`obj.name`) or the class (`obj` null):
/// functions bind to the instance, static methods unwrap, class methods bind to the class.
/// `Err` when a property getter raised.
fn resolve(attr: Value, obj: Value, cls: Value) -> Result<Value, ()> {
    if attr.is_small_int() {
        return Ok(attr);
    }
    match attr.kind() {
        Kind::Function | Kind::Native if !obj.is_null() && binds(attr) => Ok(bound(attr, obj)),
        Kind::Descriptor if is_descriptor(attr, &STATICMETHOD_TYPE) => Ok(descriptor(attr).func),
        Kind::Descriptor if is_descriptor(attr, &CLASSMETHOD_TYPE) => Ok(bound(descriptor(attr).func, cls)),
        Kind::Descriptor if is_descriptor(attr, &PROPERTY_TYPE) && !obj.is_null() => {
            let r = crate::func::call(descriptor(attr).func, &[obj], Value::NULL);
            if r.is_null() { Err(()) } else { Ok(r) }
        }
        // A user descriptor: `__get__(obj, type)` (`obj` None through the class).
        Kind::Instance if let Some(get) = special(attr, "__get__") => {
            let instance = if obj.is_null() { Value::none() } else { obj };
            let r = bind_call(get, attr, &[instance, cls]);
            if r.is_null() { Err(()) } else { Ok(r) }
        }
        _ => Ok(attr),
    }
}

/// A property of `obj`'s class named `name`, if there is one (it takes precedence over the
/// instance's own attributes).
fn class_property(obj: Value, name: &str) -> Option<Value> {
    class_property_key(obj, attr_key(name))
}

/// `class_property` of an interned name.
pub(crate) fn class_property_key(obj: Value, key: Value) -> Option<Value> {
    let c = of_type(obj.ty())?;
    if !c.properties && !LATE_PROPERTIES.get() {
        return None;
    }
    lookup_key(c, key).filter(|&a| is_descriptor(a, &PROPERTY_TYPE) || is_data_descriptor(a))
}

/// Whether `v` is an instance of a user class defining `__get__`, `__set__` or `__delete__`
/// (a descriptor; a data descriptor with `__set__` or `__delete__`).
fn is_user_descriptor(v: Value, data: bool) -> bool {
    if v.is_small_int() || v.kind() != Kind::Instance {
        return false;
    }
    let has = |name: &str| special(v, name).is_some();
    has("__set__") || has("__delete__") || (!data && has("__get__"))
}

fn is_data_descriptor(v: Value) -> bool {
    is_user_descriptor(v, true)
}

/// `__set_name__(owner, name)` of the new class's attributes that define it.
fn set_names(cls: Value) -> Result<(), ()> {
    let Some(c) = as_class(cls) else { return Ok(()) };
    let entries: Vec<dict::Entry> = dict::table(c.dict).live().copied().collect();
    for e in entries {
        if e.value.is_small_int() || e.value.kind() != Kind::Instance {
            continue;
        }
        if let Some(r) = call_special(e.value, "__set_name__", &[cls, e.key]) {
            crate::builtins::nonnull(r)?;
        }
    }
    Ok(())
}

/// `p.setter(f)`, `p.getter(f)`, `p.deleter(f)`: a copy of property `p` with one function
/// replaced.
pub fn property_method(p: Value, name: &str, args: &[Value]) -> Option<Value> {
    if !is_descriptor(p, &PROPERTY_TYPE) {
        return None;
    }
    let d = descriptor(p);
    let f = *args.first()?;
    Some(match name {
        "setter" => new_property(d.func, f, d.fdel, d.doc),
        "getter" => new_property(f, d.fset, d.fdel, d.doc),
        "deleter" => new_property(d.func, d.fset, f, d.doc),
        _ => return None,
    })
}

pub fn descriptor_getattr(v: Value, name: &str) -> Option<Value> {
    let d = descriptor(v);
    match name {
        "__func__" if !is_descriptor(v, &PROPERTY_TYPE) => Some(d.func),
        "fget" => Some(d.func),
        "fset" => Some(if d.fset.is_null() { Value::none() } else { d.fset }),
        "fdel" => Some(if d.fdel.is_null() { Value::none() } else { d.fdel }),
        // A property's doc is its own or its getter's; a static or class method's, its
        // function's.
        "__doc__" if !d.doc.is_null() => Some(d.doc),
        "__doc__" if d.func.is_null() => Some(Value::none()),
        "__doc__" => {
            let doc = crate::func::getattr(d.func, "__doc__");
            if doc.is_null() {
                crate::builtins::take_attribute_error();
                return Some(Value::none());
            }
            Some(doc)
        }
        _ => None,
    }
}

static MRO_METHOD_TYPE: TypeObject = crate::native::native_type("builtin_function_or_method");

/// `C.mro`, bound to the class: `C.mro()` is the list of `C.__mro__`.
pub fn mro_method(cls: Value) -> Value {
    fn call(o: &crate::native::NativeObj, args: &[Value], _: Value) -> Value {
        if !args.is_empty() {
            return raise_type_error(&format!("type.mro() takes no arguments ({} given)", args.len()));
        }
        let mro = crate::func::getattr(o.data[0], "__mro__");
        if mro.is_null() { mro } else { crate::list::new(tuple::items(mro).to_vec()) }
    }
    fn repr(o: &crate::native::NativeObj) -> Result<String, ()> {
        Ok(format!("<built-in method mro of type object at {:#x}>", o.data[0].0))
    }
    crate::native::new(&MRO_METHOD_TYPE, call, repr, vec![cls], Vec::new(), Vec::new())
}

pub fn descriptor_repr(v: Value) -> Result<String, ()> {
    let d = descriptor(v);
    if is_descriptor(v, &PROPERTY_TYPE) {
        return Ok(format!("<property object at {:#x}>", v.0));
    }
    Ok(format!("<{}({})>", v.type_name(), crate::repr::repr_string(d.func)?))
}

/// Assigning or deleting (null `value`) a property of an instance: `None` if `name` is not
/// a property of its class.
fn property_set(obj: Value, name: &str, value: Value) -> Option<bool> {
    let p = class_property(obj, name)?;
    if p.kind() == Kind::Instance {
        // A user data descriptor: `__set__(obj, value)` / `__delete__(obj)`.
        let hook = if value.is_null() { "__delete__" } else { "__set__" };
        let args: &[Value] = if value.is_null() { &[obj] } else { &[obj, value] };
        return Some(match call_special(p, hook, args) {
            Some(r) => !r.is_null(),
            None => {
                raise(&exceptions::ATTRIBUTE_ERROR, hook);
                false
            }
        });
    }
    let d = descriptor(p);
    let (f, what) = if value.is_null() { (d.fdel, "deleter") } else { (d.fset, "setter") };
    if f.is_null() {
        raise(
            &exceptions::ATTRIBUTE_ERROR,
            &format!("property '{name}' of '{}' object has no {what}", obj.type_name()),
        );
        return Some(false);
    }
    let args: &[Value] = if value.is_null() { &[obj] } else { &[obj, value] };
    Some(!crate::func::call(f, args, Value::NULL).is_null())
}
