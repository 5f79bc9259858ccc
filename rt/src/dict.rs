//! `dict`: insertion-ordered hash table with CPython's probing (entries array + index table).

use crate::exceptions::{self, raise, raise_type_error};
use crate::object::{Header, Kind, OBJECT_TYPE, TypeObject, Value, new_object};
use crate::ops;

#[unsafe(export_name = "krait_dict_type")]
pub static DICT_TYPE: TypeObject = TypeObject::new("dict", Kind::Dict, Some(&OBJECT_TYPE));
pub static DICT_KEYS_TYPE: TypeObject = TypeObject::new("dict_keys", Kind::DictView, Some(&OBJECT_TYPE));
pub static DICT_VALUES_TYPE: TypeObject = TypeObject::new("dict_values", Kind::DictView, Some(&OBJECT_TYPE));
pub static DICT_ITEMS_TYPE: TypeObject = TypeObject::new("dict_items", Kind::DictView, Some(&OBJECT_TYPE));

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    /// Null for a deleted entry.
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct Table {
    pub entries: Vec<Entry>,
    indices: Vec<u32>,
    used: usize,
    /// The class whose namespace this is (0 for other dicts): changing it invalidates the
    /// runtime's cache of class attribute lookups (`class::namespace_changed`) and may unseal
    /// classes (`sealed::namespace_changed`).
    pub owner: usize,
}

#[repr(C)]
pub struct DictObj {
    pub header: Header,
    pub table: Table,
}

/// `d.keys()`, `d.values()` or `d.items()`: a live view of the dict.
#[repr(C)]
pub struct ViewObj {
    pub header: Header,
    pub dict: Value,
}

/// Equality of dict keys, with fast paths for identical objects, small ints and strs.
pub fn keys_equal(a: Value, b: Value) -> Result<bool, ()> {
    if a == b {
        return Ok(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Ok(false);
    }
    if a.kind() == Kind::Str && b.kind() == Kind::Str {
        return Ok(crate::str::as_str(a) == crate::str::as_str(b));
    }
    ops::eq(a, b)
}

/// The next slot of a probe path (CPython's `i = i*5 + perturb + 1`, `perturb` shifted first).
#[inline]
fn next_slot(i: usize, perturb: u64, mask: usize) -> (usize, u64) {
    let perturb = perturb >> 5;
    ((i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask, perturb)
}

impl Table {
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Index into `entries` of `key`, if present.
    pub fn find(&self, key: Value, hash: i64) -> Result<Option<usize>, ()> {
        Ok(self.find_slot(key, hash)?.map(|(_, ix)| ix))
    }

    /// Slot in `indices` and index into `entries` of `key`, if present.
    fn find_slot(&self, key: Value, hash: i64) -> Result<Option<(usize, usize)>, ()> {
        self.probe(hash, |k| keys_equal(k, key))
    }

    /// `find` for an exact str or small int `key` without calling code: `None` when a key
    /// of the same hash could only be compared by its `__eq__`.
    fn find_plain(&self, key: Value, hash: i64) -> Option<Option<usize>> {
        let exact_str = |v: Value| !v.is_small_int() && v.has_type(&crate::str::STR_TYPE);
        let plain_equal = |k: Value| {
            if k == key {
                Ok(true)
            } else if exact_str(k) && exact_str(key) {
                Ok(crate::str::as_str(k) == crate::str::as_str(key))
            } else if k.is_small_int() && key.is_small_int() {
                Ok(false)
            } else {
                Err(())
            }
        };
        self.probe(hash, plain_equal).ok().map(|found| found.map(|(_, ix)| ix))
    }

    /// The slot in `indices` and index into `entries` of the first entry on `hash`'s probe
    /// path that `matches` (asked only of the keys of entries with that hash, in path order);
    /// `None` at the path's first empty slot.
    #[inline]
    fn probe<E>(
        &self,
        hash: i64,
        mut matches: impl FnMut(Value) -> Result<bool, E>,
    ) -> Result<Option<(usize, usize)>, E> {
        if self.indices.is_empty() {
            return Ok(None);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            match self.indices[i] {
                EMPTY => return Ok(None),
                DUMMY => {}
                ix => {
                    let e = self.entries[ix as usize];
                    if e.hash == hash && matches(e.key)? {
                        return Ok(Some((i, ix as usize)));
                    }
                }
            }
            (i, perturb) = next_slot(i, perturb, mask);
        }
    }

    fn insert_index(&mut self, hash: i64, ix: u32) {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != EMPTY {
            (i, perturb) = next_slot(i, perturb, mask);
        }
        self.indices[i] = ix;
    }

    fn rebuild(&mut self, min_used: usize) {
        self.entries.retain(|e| !e.key.is_null());
        let mut size = 8;
        while size * 2 < min_used * 3 + 3 {
            size *= 2;
        }
        self.indices = vec![EMPTY; size];
        for ix in 0..self.entries.len() {
            let h = self.entries[ix].hash;
            self.insert_index(h, ix as u32);
        }
    }

    pub fn set(&mut self, key: Value, hash: i64, value: Value) -> Result<(), ()> {
        if self.owner != 0 {
            crate::class::namespace_changed();
        }
        if let Some(ix) = self.find(key, hash)? {
            if self.owner != 0 {
                crate::sealed::namespace_changed(self.owner, key, self.entries[ix].value, value);
            }
            self.entries[ix].value = value;
            return Ok(());
        }
        if self.owner != 0 {
            crate::sealed::namespace_changed(self.owner, key, Value::NULL, value);
        }
        if (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.rebuild(self.used + 1);
        }
        self.entries.push(Entry { hash, key, value });
        let ix = (self.entries.len() - 1) as u32;
        self.insert_index(hash, ix);
        self.used += 1;
        Ok(())
    }

    pub fn get(&self, key: Value, hash: i64) -> Result<Option<Value>, ()> {
        Ok(self.find(key, hash)?.map(|ix| self.entries[ix].value))
    }

    pub fn remove(&mut self, key: Value, hash: i64) -> Result<Option<Value>, ()> {
        if self.owner != 0 {
            crate::class::namespace_changed();
        }
        let Some((slot, ix)) = self.find_slot(key, hash)? else { return Ok(None) };
        let value = self.entries[ix].value;
        if self.owner != 0 {
            crate::sealed::namespace_changed(self.owner, key, value, Value::NULL);
        }
        self.indices[slot] = DUMMY;
        self.entries[ix].key = Value::NULL;
        self.entries[ix].value = Value::NULL;
        self.used -= 1;
        Ok(Some(value))
    }

    pub fn live(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }
}

pub fn new() -> Value {
    new_object(DictObj { header: Header { ty: &DICT_TYPE }, table: Table::default() })
}

/// An empty dict that is an instance of `ty`, a class deriving from `dict`.
pub fn new_subclass_instance(ty: &'static crate::object::TypeObject) -> Value {
    new_object(crate::object::WithDict { obj: DictObj { header: Header { ty }, table: Table::default() }, dict: new() })
}

pub fn table(v: Value) -> &'static mut Table {
    // SAFETY: callers check the kind first; single-threaded.
    &mut unsafe { v.obj_mut::<DictObj>() }.table
}

pub fn view_dict(v: Value) -> Value {
    // SAFETY: callers check the kind first.
    unsafe { v.obj::<ViewObj>() }.dict
}

fn new_view(ty: &'static TypeObject, dict: Value) -> Value {
    new_object(ViewObj { header: Header { ty }, dict })
}

pub fn setitem(d: Value, key: Value, value: Value) -> bool {
    let Ok(h) = ops::hash(key) else { return false };
    table(d).set(key, h, value).is_ok()
}

pub fn getitem(d: Value, key: Value) -> Value {
    let Ok(h) = ops::hash(key) else { return Value::NULL };
    match table(d).get(key, h) {
        Ok(Some(v)) => v,
        Ok(None)
            if crate::subclass::is_instance(d)
                && let Some(v) = crate::subclass::missing(d, key) =>
        {
            v
        }
        Ok(None) => raise_key_error(key),
        Err(()) => Value::NULL,
    }
}

/// `d[key] = d.get(key, default) + inc` with one lookup, when `d` is an exact dict (not a
/// class namespace), `key` an exact str or a small int, and the value found (or `default`)
/// plus `inc` a sum of small ints; false (having done nothing) otherwise.
pub fn count(d: Value, key: Value, default: Value, inc: Value) -> bool {
    let plain_key = key.is_small_int() || key.has_type(&crate::str::STR_TYPE);
    if d.is_small_int() || !d.has_type(&DICT_TYPE) || !plain_key || !inc.is_small_int() {
        return false;
    }
    let t = table(d);
    if t.owner != 0 {
        return false;
    }
    let Ok(h) = ops::hash(key) else { return false };
    let sum = |v: Value| {
        let s = v.as_small().checked_add(inc.as_small())?;
        (crate::object::SMALL_MIN..=crate::object::SMALL_MAX).contains(&s).then(|| Value::small(s))
    };
    match t.find_plain(key, h) {
        Some(Some(ix)) => {
            let v = t.entries[ix].value;
            match v.is_small_int().then(|| sum(v)).flatten() {
                Some(s) => {
                    t.entries[ix].value = s;
                    true
                }
                None => false,
            }
        }
        Some(None) if default.is_small_int() => match sum(default) {
            Some(s) => t.set(key, h, s).is_ok(),
            None => false,
        },
        _ => false,
    }
}

/// `d.get(key, default)` of a plain dict.
pub fn get_or(d: Value, key: Value, default: Value) -> Value {
    let Ok(h) = ops::hash(key) else { return Value::NULL };
    match table(d).get(key, h) {
        Ok(Some(v)) => v,
        Ok(None) => default,
        Err(()) => Value::NULL,
    }
}

pub fn raise_key_error(key: Value) -> Value {
    exceptions::raise_with(&exceptions::KEY_ERROR, key)
}

pub fn contains(d: Value, key: Value) -> Result<bool, ()> {
    let h = ops::hash(key)?;
    Ok(table(d).find(key, h)?.is_some())
}

pub fn delitem(d: Value, key: Value) -> bool {
    let Ok(h) = ops::hash(key) else { return false };
    match table(d).remove(key, h) {
        Ok(Some(_)) => true,
        Ok(None) => {
            raise_key_error(key);
            false
        }
        Err(()) => false,
    }
}

pub fn keys(d: Value) -> Vec<Value> {
    table(d).live().map(|e| e.key).collect()
}

pub fn call_method(d: Value, name: &str, args: &[Value]) -> Option<Value> {
    let t = table(d);
    let arity = |min: usize, max: usize| -> Result<(), ()> {
        if args.len() < min || args.len() > max {
            let msg = if max == 0 {
                format!("dict.{name}() takes no arguments ({} given)", args.len())
            } else if args.len() < min {
                format!(
                    "{name} expected at least {min} argument{}, got {}",
                    if min == 1 { "" } else { "s" },
                    args.len()
                )
            } else {
                format!("{name} expected at most {max} argument{}, got {}", if max == 1 { "" } else { "s" }, args.len())
            };
            raise_type_error(&msg);
            return Err(());
        }
        Ok(())
    };
    let r: Result<Value, ()> = (|| match name {
        "get" => {
            arity(1, 2)?;
            let h = ops::hash(args[0])?;
            Ok(t.get(args[0], h)?.unwrap_or_else(|| args.get(1).copied().unwrap_or_else(Value::none)))
        }
        "keys" => {
            arity(0, 0)?;
            Ok(new_view(&DICT_KEYS_TYPE, d))
        }
        "values" => {
            arity(0, 0)?;
            Ok(new_view(&DICT_VALUES_TYPE, d))
        }
        "items" => {
            arity(0, 0)?;
            Ok(new_view(&DICT_ITEMS_TYPE, d))
        }
        "pop" => {
            arity(1, 2)?;
            let h = ops::hash(args[0])?;
            match t.remove(args[0], h)? {
                Some(v) => Ok(v),
                None => match args.get(1) {
                    Some(&default) => Ok(default),
                    None => crate::exceptions::fail(raise_key_error(args[0])),
                },
            }
        }
        "setdefault" => {
            arity(1, 2)?;
            let h = ops::hash(args[0])?;
            if let Some(v) = t.get(args[0], h)? {
                return Ok(v);
            }
            let v = args.get(1).copied().unwrap_or_else(Value::none);
            t.set(args[0], h, v)?;
            Ok(v)
        }
        "update" => {
            arity(0, 1)?;
            if let Some(&other) = args.first() {
                update(d, other)?;
            }
            Ok(Value::none())
        }
        "clear" => {
            arity(0, 0)?;
            if t.owner != 0 {
                crate::class::namespace_changed();
                crate::sealed::namespace_changed(t.owner, Value::NULL, Value::NULL, Value::NULL);
            }
            *t = Table { owner: t.owner, ..Table::default() };
            Ok(Value::none())
        }
        "copy" => {
            arity(0, 0)?;
            let c = new();
            *table(c) = t.clone();
            Ok(c)
        }
        "popitem" => {
            arity(0, 0)?;
            let Some(last) = t.live().last().copied() else {
                return crate::exceptions::fail(raise(&exceptions::KEY_ERROR, "popitem(): dictionary is empty"));
            };
            t.remove(last.key, last.hash)?;
            Ok(crate::tuple::new(vec![last.key, last.value]))
        }
        _ => Err(()),
    })();
    crate::exceptions::method_result(r)
}

/// `dict.fromkeys(iterable, value=None)`.
pub fn fromkeys(args: &[Value]) -> Result<Value, ()> {
    if args.is_empty() || args.len() > 2 {
        let msg = if args.is_empty() {
            "fromkeys expected at least 1 argument, got 0".to_string()
        } else {
            format!("fromkeys expected at most 2 arguments, got {}", args.len())
        };
        raise_type_error(&msg);
        return Err(());
    }
    let value = args.get(1).copied().unwrap_or_else(Value::none);
    let d = new();
    for k in crate::iter::collect(args[0])? {
        let h = ops::hash(k)?;
        table(d).set(k, h, value)?;
    }
    Ok(d)
}

/// `d.update(other, **kwargs)`.
pub fn update_kw(d: Value, pos: &[Value], kw: &[(&str, Value)]) -> Value {
    if pos.len() > 1 {
        return raise_type_error(&format!("update expected at most 1 argument, got {}", pos.len()));
    }
    if let Some(&other) = pos.first()
        && update(d, other).is_err()
    {
        return Value::NULL;
    }
    for &(k, v) in kw {
        if !setitem(d, crate::str::new_str(k), v) {
            return Value::NULL;
        }
    }
    Value::none()
}

/// `d.update(other)` for a dict or an iterable of pairs.
pub fn update(d: Value, other: Value) -> Result<(), ()> {
    if other.kind() == Kind::Dict {
        let entries: Vec<Entry> = table(other).live().copied().collect();
        for e in entries {
            table(d).set(e.key, e.hash, e.value)?;
        }
        return Ok(());
    }
    for (i, item) in crate::iter::collect(other)?.into_iter().enumerate() {
        let pair = crate::iter::collect(item).map_err(|()| {
            exceptions::take_pending();
            raise_type_error(&format!("cannot convert dictionary update sequence element #{i} to a sequence"));
        })?;
        if pair.len() != 2 {
            raise(
                &exceptions::VALUE_ERROR,
                &format!("dictionary update sequence element #{i} has length {}; 2 is required", pair.len()),
            );
            return Err(());
        }
        let h = ops::hash(pair[0])?;
        table(d).set(pair[0], h, pair[1])?;
    }
    Ok(())
}

/// `{**x}` in a dict display: merges the mapping `x` into the display's dict `d`.
pub fn merge(d: Value, x: Value) -> Result<(), ()> {
    if x.kind() != Kind::Dict {
        raise_type_error(&format!("'{}' object is not a mapping", x.type_name()));
        return Err(());
    }
    update(d, x)
}

// ---- entry points for generated code ----

/// Builds a dict from `n` key/value pairs laid out as k0, v0, k1, v1, …
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_dict_new(ptr: *const Value, n: usize) -> Value {
    let d = new();
    for i in 0..n {
        // SAFETY: codegen passes 2*n values.
        let (k, v) = unsafe { (*ptr.add(2 * i), *ptr.add(2 * i + 1)) };
        if !setitem(d, k, v) {
            return Value::NULL;
        }
    }
    d
}

/// Methods of `dict_keys` and `dict_items` (set-like views): `isdisjoint`.
pub fn view_method(view: Value, name: &str, args: &[Value]) -> Option<Value> {
    if name != "isdisjoint" || view.type_name() == "dict_values" {
        return None;
    }
    let r: Result<Value, ()> = (|| {
        if args.len() != 1 {
            crate::exceptions::raise_type_error(&format!(
                "{}.isdisjoint() takes exactly one argument ({} given)",
                view.type_name(),
                args.len()
            ));
            return Err(());
        }
        for x in crate::iter::collect(args[0])? {
            if crate::ops::contains(view, x)? {
                return Ok(Value::bool(false));
            }
        }
        Ok(Value::bool(true))
    })();
    crate::exceptions::method_result(r)
}
