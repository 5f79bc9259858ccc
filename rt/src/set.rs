//! `set` and `frozenset`: CPython's open-addressing table (a run of linear probes, then a
//! perturbed jump; removed keys leave dummies that later adds reuse; the same resize points and
//! the same fast paths for copying and merging), so that iteration order and `repr` are
//! CPython's exactly (DESIGN.md §4). Each operation mirrors the CPython function it names.

use crate::exceptions::{self, raise_type_error};
use crate::object::{Header, Kind, OBJECT_TYPE, TypeObject, Value, new_object};
use crate::ops::{self, BinOp, CmpOp};
use crate::{dict, iter};

#[unsafe(export_name = "krait_set_type")]
pub static SET_TYPE: TypeObject = TypeObject::new("set", Kind::Set, Some(&OBJECT_TYPE));
pub static FROZENSET_TYPE: TypeObject = TypeObject::new("frozenset", Kind::Set, Some(&OBJECT_TYPE));

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Copy)]
struct Slot {
    /// Null for an unused or dummy slot.
    key: Value,
    /// 0 in an unused slot, -1 (which no key hashes to) in a dummy.
    hash: i64,
}

const UNUSED: Slot = Slot { key: Value::NULL, hash: 0 };
const DUMMY: Slot = Slot { key: Value::NULL, hash: -1 };

impl Slot {
    fn is_unused(self) -> bool {
        self.key.is_null() && self.hash == 0
    }

    fn is_active(self) -> bool {
        !self.key.is_null()
    }
}

/// The slots CPython visits for a hash: from each start, up to `LINEAR_PROBES` neighbours
/// (when they fit before the end of the table), then a jump driven by the perturbed hash.
struct Probe {
    mask: usize,
    perturb: u64,
    start: usize,
    offset: usize,
    run: usize,
}

impl Probe {
    fn new(mask: usize, hash: i64) -> Probe {
        let start = (hash as u64 as usize) & mask;
        Probe { mask, perturb: hash as u64, start, offset: 0, run: Self::run(start, mask) }
    }

    fn run(start: usize, mask: usize) -> usize {
        if start + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 }
    }
}

impl Iterator for Probe {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.offset > self.run {
            self.perturb >>= PERTURB_SHIFT;
            self.start = self.start.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb as usize) & self.mask;
            self.offset = 0;
            self.run = Self::run(self.start, self.mask);
        }
        self.offset += 1;
        Some(self.start + self.offset - 1)
    }
}

#[derive(Clone)]
pub struct Table {
    slots: Vec<Slot>,
    /// Active and dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` resumes its search.
    finger: usize,
}

impl Table {
    fn new() -> Table {
        Table { slots: vec![UNUSED; MIN_SIZE], fill: 0, used: 0, finger: 0 }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The keys with their hashes, in table order (the iteration order).
    fn active(&self) -> impl Iterator<Item = (Value, i64)> + '_ {
        self.slots.iter().filter(|s| s.is_active()).map(|s| (s.key, s.hash))
    }

    /// `set_lookkey`: the slot holding `key`, if present.
    fn find(&self, key: Value, hash: i64) -> Result<Option<usize>, ()> {
        // `Probe`'s order, as a plain loop: the commonest operation on sets.
        let slots = &self.slots[..];
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let last = if i + LINEAR_PROBES <= mask { i + LINEAR_PROBES } else { i };
            for j in i..=last {
                let s = slots[j];
                // The same object has the same hash: no need to compare the hashes first.
                if s.key == key {
                    return Ok(Some(j));
                }
                if s.key.is_null() {
                    if s.hash == 0 {
                        return Ok(None);
                    }
                } else if s.hash == hash && dict::keys_equal(s.key, key)? {
                    return Ok(Some(j));
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize) & mask;
        }
    }

    pub fn contains(&self, key: Value, hash: i64) -> Result<bool, ()> {
        Ok(self.find(key, hash)?.is_some())
    }

    /// `set_add_entry`: adds `key` unless present, reusing the last dummy on its probe path
    /// (what CPython 3.12 does, checked against it).
    fn add(&mut self, key: Value, hash: i64) -> Result<(), ()> {
        let mut dummy = None;
        // `Probe`'s order, as a plain loop.
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let unused = 'probe: loop {
            let last = if i + LINEAR_PROBES <= mask { i + LINEAR_PROBES } else { i };
            for j in i..=last {
                let s = self.slots[j];
                if s.is_unused() {
                    break 'probe j;
                }
                if s.hash == hash {
                    if s.key == key || dict::keys_equal(s.key, key)? {
                        return Ok(());
                    }
                } else if s.hash == -1 {
                    dummy = Some(j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize) & mask;
        };
        self.used += 1;
        if let Some(j) = dummy {
            self.slots[j] = Slot { key, hash };
            return Ok(());
        }
        self.fill += 1;
        self.slots[unused] = Slot { key, hash };
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
        }
        Ok(())
    }

    /// `set_discard_entry`: whether `key` was present.
    fn discard(&mut self, key: Value, hash: i64) -> Result<bool, ()> {
        let Some(j) = self.find(key, hash)? else { return Ok(false) };
        self.slots[j] = DUMMY;
        self.used -= 1;
        Ok(true)
    }

    /// `set_insert_clean`: places a key known to be absent in a table without dummies.
    fn insert_clean(&mut self, key: Value, hash: i64) {
        let j = Probe::new(self.mask(), hash).find(|&j| self.slots[j].key.is_null()).unwrap_or_default();
        self.slots[j] = Slot { key, hash };
    }

    /// `set_table_resize`: the smallest power of two above `min_used`, keys reinserted in the
    /// old table's order.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        self.fill = self.used;
        if size == self.slots.len() && size <= 64 {
            // Rid of its dummies in place (as CPython's small table): the keys, in order,
            // to a buffer on the stack, then back.
            let mut keys = [UNUSED; 64];
            let mut n = 0;
            for s in &self.slots {
                if s.is_active() {
                    keys[n] = *s;
                    n += 1;
                }
            }
            self.slots.fill(UNUSED);
            for s in &keys[..n] {
                self.insert_clean(s.key, s.hash);
            }
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![UNUSED; size]);
        for s in old {
            if s.is_active() {
                self.insert_clean(s.key, s.hash);
            }
        }
    }

    /// `set_clear_internal` (the pop finger survives, as in CPython).
    fn clear(&mut self) {
        let finger = self.finger;
        *self = Table::new();
        self.finger = finger;
    }

    /// `set_merge`: adds every key of `other`, copying its table outright when it can.
    fn merge(&mut self, other: &Table) -> Result<(), ()> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots.copy_from_slice(&other.slots);
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (k, h) in other.active() {
                self.insert_clean(k, h);
            }
            return Ok(());
        }
        for (k, h) in other.active() {
            self.add(k, h)?;
        }
        Ok(())
    }

    /// `set.pop()`: the first key at or after the finger.
    fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mut j = self.finger & self.mask();
        while !self.slots[j].is_active() {
            j = if j == self.mask() { 0 } else { j + 1 };
        }
        let key = self.slots[j].key;
        self.slots[j] = DUMMY;
        self.used -= 1;
        self.finger = j + 1;
        Some(key)
    }

    /// `frozenset.__hash__`: order-independent, over every slot's hash field.
    fn hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 0x055b_4db3) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut h: u64 = 0;
        for s in &self.slots {
            h ^= shuffle(s.hash as u64);
        }
        if (self.slots.len() - self.fill) & 1 == 1 {
            h ^= shuffle(0);
        }
        if (self.fill - self.used) & 1 == 1 {
            h ^= shuffle(u64::MAX);
        }
        h ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        h ^= (h >> 11) ^ (h >> 25);
        h = h.wrapping_mul(69069).wrapping_add(907_133_923);
        if h == u64::MAX { 590_923_713 } else { h as i64 }
    }
}

#[repr(C)]
pub struct SetObj {
    pub header: Header,
    table: Table,
    /// A frozenset's hash once computed (-1 before).
    hash: i64,
}

fn obj(v: Value) -> &'static mut SetObj {
    // SAFETY: callers check the kind is Set; single-threaded.
    unsafe { v.obj_mut::<SetObj>() }
}

pub fn table(v: Value) -> &'static mut Table {
    &mut obj(v).table
}

pub fn is_frozen(v: Value) -> bool {
    core::ptr::eq(v.ty(), &raw const FROZENSET_TYPE)
}

pub fn is_set(v: Value) -> bool {
    v.kind() == Kind::Set
}

/// An empty set of the same type (`set` or `frozenset`) as `like`.
fn empty_like(like: Value) -> Value {
    new_empty(like.ty())
}

pub fn new_empty(ty: &'static TypeObject) -> Value {
    new_object(SetObj { header: Header { ty }, table: Table::new(), hash: -1 })
}

/// `make_new_set(ty, iterable)`.
pub fn from_iterable(ty: &'static TypeObject, iterable: Value) -> Result<Value, ()> {
    let s = new_empty(ty);
    update(s, iterable)?;
    Ok(s)
}

/// The hash of a key, or of `frozenset(key)` when the key is a set (`{1} in s` looks for a
/// frozenset, as CPython does); returns the key to look for too.
#[inline]
fn lookup_key(key: Value) -> Result<(Value, i64), ()> {
    if key.is_small_int() {
        return Ok((key, crate::int::hash(key)));
    }
    if is_set(key) && !is_frozen(key) {
        let f = from_iterable(&FROZENSET_TYPE, key)?;
        return Ok((f, hash(f)));
    }
    Ok((key, ops::hash(key)?))
}

pub fn contains(s: Value, key: Value) -> Result<bool, ()> {
    let (k, h) = lookup_key(key)?;
    table(s).contains(k, h)
}

/// `s.discard(key)`: whether `key` was there.
pub fn discard(s: Value, key: Value) -> Result<bool, ()> {
    let (k, h) = lookup_key(key)?;
    table(s).discard(k, h)
}

pub fn hash(s: Value) -> i64 {
    let o = obj(s);
    if o.hash == -1 {
        o.hash = o.table.hash();
    }
    o.hash
}

pub fn add(s: Value, key: Value) -> Result<(), ()> {
    let h = ops::hash(key)?;
    table(s).add(key, h)
}

/// `set_update_internal`: merges a set, pre-sizes for a dict, else adds item by item.
pub fn update(s: Value, other: Value) -> Result<(), ()> {
    if is_set(other) {
        if s != other {
            let other = table(other).clone();
            table(s).merge(&other)?;
        }
        return Ok(());
    }
    if other.kind() == Kind::Dict {
        let n = dict::table(other).len();
        let t = table(s);
        if (t.fill + n) * 5 >= t.mask() * 3 {
            t.resize((t.used + n) * 2);
        }
        let entries: Vec<(Value, i64)> = dict::table(other).live().map(|e| (e.key, e.hash)).collect();
        for (k, h) in entries {
            table(s).add(k, h)?;
        }
        return Ok(());
    }
    iter::for_each(other, |k| add(s, k))
}

/// `set_copy`: a new set of `s`'s type with its keys (merged, so possibly a different size).
fn copy(s: Value) -> Result<Value, ()> {
    from_iterable(s.ty(), s)
}

/// `set_intersection`.
fn intersection(s: Value, other: Value) -> Result<Value, ()> {
    if s == other {
        return copy(s);
    }
    let result = empty_like(s);
    if is_set(other) {
        let (big, small) = if table(other).len() > table(s).len() { (other, s) } else { (s, other) };
        let keys: Vec<(Value, i64)> = table(small).active().collect();
        for (k, h) in keys {
            if table(big).contains(k, h)? {
                table(result).add(k, h)?;
            }
        }
        return Ok(result);
    }
    iter::for_each(other, |k| {
        let h = ops::hash(k)?;
        if table(s).contains(k, h)? { table(result).add(k, h) } else { Ok(()) }
    })?;
    Ok(result)
}

/// `set_difference_update_internal`.
fn difference_update(s: Value, other: Value) -> Result<(), ()> {
    if s == other {
        table(s).clear();
        return Ok(());
    }
    if is_set(other) {
        // CPython's shortcut when `other` is much larger: only the common keys matter.
        let other = if table(other).len() >> 3 > table(s).len() { intersection(s, other)? } else { other };
        let keys: Vec<(Value, i64)> = table(other).active().collect();
        for (k, h) in keys {
            table(s).discard(k, h)?;
        }
    } else {
        iter::for_each(other, |k| {
            let h = ops::hash(k)?;
            table(s).discard(k, h).map(|_| ())
        })?;
    }
    // More than a quarter dummies: rebuild without them.
    let t = table(s);
    if t.fill - t.used > t.mask() / 4 {
        t.resize(if t.used > 50000 { t.used * 2 } else { t.used * 4 });
    }
    Ok(())
}

/// `set_difference`.
fn difference(s: Value, other: Value) -> Result<Value, ()> {
    let other_len = match other.kind() {
        Kind::Set => table(other).len(),
        Kind::Dict => dict::table(other).len(),
        _ => usize::MAX,
    };
    if other_len == usize::MAX || table(s).len() >> 2 > other_len {
        let result = copy(s)?;
        difference_update(result, other)?;
        return Ok(result);
    }
    let result = empty_like(s);
    let keys: Vec<(Value, i64)> = table(s).active().collect();
    for (k, h) in keys {
        let present =
            if is_set(other) { table(other).contains(k, h)? } else { dict::table(other).find(k, h)?.is_some() };
        if !present {
            table(result).add(k, h)?;
        }
    }
    Ok(result)
}

/// `set_symmetric_difference_update`.
fn symmetric_difference_update(s: Value, other: Value) -> Result<(), ()> {
    if s == other {
        table(s).clear();
        return Ok(());
    }
    let keys: Vec<(Value, i64)> = if other.kind() == Kind::Dict {
        dict::table(other).live().map(|e| (e.key, e.hash)).collect()
    } else {
        let other = if is_set(other) { other } else { from_iterable(s.ty(), other)? };
        table(other).active().collect()
    };
    for (k, h) in keys {
        if !table(s).discard(k, h)? {
            table(s).add(k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference`.
fn symmetric_difference(s: Value, other: Value) -> Result<Value, ()> {
    let result = from_iterable(s.ty(), other)?;
    symmetric_difference_update(result, s)?;
    Ok(result)
}

/// `set_issubset`.
fn issubset(s: Value, other: Value) -> Result<bool, ()> {
    let other = if is_set(other) { other } else { from_iterable(&SET_TYPE, other)? };
    if table(s).len() > table(other).len() {
        return Ok(false);
    }
    let keys: Vec<(Value, i64)> = table(s).active().collect();
    for (k, h) in keys {
        if !table(other).contains(k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset`.
fn issuperset(s: Value, other: Value) -> Result<bool, ()> {
    if is_set(other) {
        return issubset(other, s);
    }
    Ok(!iter::any(other, |k| Ok(!contains(s, k)?))?)
}

/// `set_isdisjoint`.
fn isdisjoint(s: Value, other: Value) -> Result<bool, ()> {
    if s == other {
        return Ok(table(s).is_empty());
    }
    if is_set(other) {
        let (big, small) = if table(other).len() > table(s).len() { (other, s) } else { (s, other) };
        let keys: Vec<(Value, i64)> = table(small).active().collect();
        for (k, h) in keys {
            if table(big).contains(k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    Ok(!iter::any(other, |k| contains(s, k))?)
}

/// The keys in iteration order.
pub fn keys(s: Value) -> Vec<Value> {
    table(s).active().map(|(k, _)| k).collect()
}

/// The key at table position `*pos` or after, advancing `*pos` (the set iterator's step).
pub fn next_key(s: Value, pos: &mut usize) -> Option<Value> {
    let t = table(s);
    while *pos < t.slots.len() {
        let slot = t.slots[*pos];
        *pos += 1;
        if slot.is_active() {
            return Some(slot.key);
        }
    }
    None
}

pub fn repr(s: Value, item_repr: impl Fn(Value) -> Result<String, ()>) -> Result<String, ()> {
    let name = s.type_name();
    let keys = keys(s);
    if keys.is_empty() {
        return Ok(format!("{name}()"));
    }
    let mut out = String::from("{");
    for (i, k) in keys.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&item_repr(k)?);
    }
    out.push('}');
    Ok(if is_frozen(s) { format!("{name}({out})") } else { out })
}

/// `a op b` where `a` or `b` is a set: `None` when the operation does not apply
/// (`NotImplemented`).
pub fn binary(op: BinOp, a: Value, b: Value) -> Option<Result<Value, ()>> {
    if !is_set(a) || !is_set(b) {
        return None;
    }
    Some(match op {
        BinOp::BitOr => union(a, &[b]),
        BinOp::BitAnd => intersection(a, b),
        BinOp::Sub => difference(a, b),
        BinOp::BitXor => symmetric_difference(a, b),
        _ => return None,
    })
}

/// `a op= b` on a mutable set: `None` when the operation does not apply.
pub fn inplace(op: BinOp, a: Value, b: Value) -> Option<Result<Value, ()>> {
    if !is_set(a) || is_frozen(a) || !is_set(b) {
        return None;
    }
    let r = match op {
        BinOp::BitOr => update(a, b),
        BinOp::BitAnd => intersection_update(a, &[b]),
        BinOp::Sub => difference_update(a, b),
        BinOp::BitXor => symmetric_difference_update(a, b),
        _ => return None,
    };
    Some(r.map(|()| a))
}

/// `set_union`: a copy of `s` updated with each other iterable (`s` itself is skipped, which
/// keeps the copy's table size).
fn union(s: Value, others: &[Value]) -> Result<Value, ()> {
    let result = copy(s)?;
    for &o in others {
        if o != s {
            update(result, o)?;
        }
    }
    Ok(result)
}

/// `set_intersection_update_multi`: the intersection's table becomes `s`'s.
fn intersection_update(s: Value, others: &[Value]) -> Result<(), ()> {
    let r = intersection_multi(s, others)?;
    let t = std::mem::replace(table(r), Table::new());
    let finger = table(s).finger;
    *table(s) = Table { finger, ..t };
    Ok(())
}

fn intersection_multi(s: Value, others: &[Value]) -> Result<Value, ()> {
    if others.is_empty() {
        return copy(s);
    }
    let mut result = s;
    for &o in others {
        result = intersection(result, o)?;
    }
    Ok(result)
}

/// `a op b` comparing two sets: `None` unless both are sets.
pub fn compare(op: CmpOp, a: Value, b: Value) -> Option<Result<bool, ()>> {
    if !is_set(a) || !is_set(b) {
        return None;
    }
    let (la, lb) = (table(a).len(), table(b).len());
    Some(match op {
        CmpOp::Eq | CmpOp::Ne => {
            let hashes_differ = obj(a).hash != -1 && obj(b).hash != -1 && obj(a).hash != obj(b).hash;
            let eq = if la != lb || hashes_differ { Ok(false) } else { issubset(a, b) };
            eq.map(|e| e == (op == CmpOp::Eq))
        }
        CmpOp::Le => issubset(a, b),
        CmpOp::Ge => issuperset(a, b),
        CmpOp::Lt => {
            if la >= lb {
                Ok(false)
            } else {
                issubset(a, b)
            }
        }
        CmpOp::Gt => {
            if la <= lb {
                Ok(false)
            } else {
                issuperset(a, b)
            }
        }
    })
}

fn arity_error(s: Value, name: &str, expected: &str, given: usize) -> Result<Value, ()> {
    exceptions::fail(raise_type_error(&format!("{}.{name}() takes {expected} ({given} given)", s.type_name())))
}

/// Methods of `set` and `frozenset`; `None` when there is no such method.
pub fn call_method(s: Value, name: &str, args: &[Value]) -> Option<Value> {
    let frozen = is_frozen(s);
    let r: Result<Value, ()> = (|| {
        let none = Value::none;
        let one =
            || if args.len() == 1 { Ok(args[0]) } else { arity_error(s, name, "exactly one argument", args.len()) };
        let no_args =
            || if args.is_empty() { Ok(()) } else { arity_error(s, name, "no arguments", args.len()).map(|_| ()) };
        match name {
            "copy" => {
                no_args()?;
                if frozen { Ok(s) } else { copy(s) }
            }
            "union" => union(s, args),
            "intersection" => intersection_multi(s, args),
            "difference" => {
                let Some((&first, rest)) = args.split_first() else { return copy(s) };
                let result = difference(s, first)?;
                for &o in rest {
                    difference_update(result, o)?;
                }
                Ok(result)
            }
            "symmetric_difference" => symmetric_difference(s, one()?),
            "issubset" => issubset(s, one()?).map(Value::bool),
            "issuperset" => issuperset(s, one()?).map(Value::bool),
            "isdisjoint" => isdisjoint(s, one()?).map(Value::bool),
            _ if frozen => Err(()),
            "add" => add(s, one()?).map(|()| none()),
            "discard" | "remove" => {
                if !discard(s, one()?)? && name == "remove" {
                    return exceptions::fail(dict::raise_key_error(args[0]));
                }
                Ok(none())
            }
            "pop" => {
                no_args()?;
                match table(s).pop() {
                    Some(k) => Ok(k),
                    None => exceptions::fail(exceptions::raise(&exceptions::KEY_ERROR, "pop from an empty set")),
                }
            }
            "clear" => {
                no_args()?;
                table(s).clear();
                Ok(none())
            }
            "update" => {
                for &o in args {
                    update(s, o)?;
                }
                Ok(none())
            }
            "intersection_update" => intersection_update(s, args).map(|()| none()),
            "difference_update" => {
                for &o in args {
                    difference_update(s, o)?;
                }
                Ok(none())
            }
            "symmetric_difference_update" => symmetric_difference_update(s, one()?).map(|()| none()),
            _ => Err(()),
        }
    })();
    crate::exceptions::method_result(r)
}

/// A set built from a dict view for the view's set operations (`dictviews_to_set`): keys
/// views take the dict's pre-sizing path.
pub fn from_view(view: Value) -> Result<Value, ()> {
    let d = dict::view_dict(view);
    if view.type_name() == "dict_keys" { from_iterable(&SET_TYPE, d) } else { from_iterable(&SET_TYPE, view) }
}

/// `view op other` / `other op view` for keys and items views and any iterable
/// (`dictviews_or` and friends): a set of the left operand updated with the right.
pub fn view_binary(op: BinOp, a: Value, b: Value) -> Option<Result<Value, ()>> {
    let set_like_view = |v: Value| v.kind() == Kind::DictView && v.type_name() != "dict_values";
    if !(set_like_view(a) || set_like_view(b))
        || !matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor)
    {
        return None;
    }
    if op == BinOp::BitAnd {
        return Some(view_intersection(a, b));
    }
    let left = if set_like_view(a) { from_view(a) } else { from_iterable(&SET_TYPE, a) };
    Some(left.and_then(|r| {
        match op {
            BinOp::BitOr => update(r, b)?,
            BinOp::Sub => difference_update(r, b)?,
            _ => symmetric_difference_update(r, b)?,
        }
        Ok(r)
    }))
}

/// `_PyDictView_Intersect`.
fn view_intersection(a: Value, b: Value) -> Result<Value, ()> {
    let (mut view, mut other) = if a.kind() == Kind::DictView { (a, b) } else { (b, a) };
    let view_len = ops::len(view)?;
    if is_set(other) && !is_frozen(other) && view_len <= table(other).len() {
        return intersection(other, view);
    }
    if other.kind() == Kind::DictView && ops::len(other)? > view_len {
        std::mem::swap(&mut view, &mut other);
    }
    let result = new_empty(&SET_TYPE);
    iter::for_each(other, |k| if ops::contains(view, k)? { add(result, k) } else { Ok(()) })?;
    Ok(result)
}

// ---- entry points for generated code ----

/// A set display of `n` items. `origin` is how CPython builds it: 0, `BUILD_SET` (added in
/// order); 1, a frozenset constant (built, then rebuilt from its own order when the compiler
/// merges constants); 2, a display of constants (that constant merged into a new set).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_set_new(ptr: *const Value, n: usize, origin: u32) -> Value {
    // SAFETY: codegen passes `n` values.
    let items = unsafe { crate::object::values_from_raw(ptr, n) };
    let build = |ty: &'static TypeObject, items: Vec<Value>| -> Result<Value, ()> {
        let s = new_empty(ty);
        for k in items {
            add(s, k)?;
        }
        Ok(s)
    };
    let r = match origin {
        0 => build(&SET_TYPE, items),
        _ => build(&FROZENSET_TYPE, items).and_then(|f| {
            let constant = build(&FROZENSET_TYPE, keys(f))?;
            if origin == 1 { Ok(constant) } else { from_iterable(&SET_TYPE, constant) }
        }),
    };
    r.unwrap_or(Value::NULL)
}
