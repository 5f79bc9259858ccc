//! The iterator protocol for builtin iterables, and the iterator objects behind `for` loops.

use crate::dict;
use crate::exceptions::{self, raise, raise_type_error};
use crate::int;
use crate::object::{Header, Kind, OBJECT_TYPE, TypeObject, Value, new_object};
use crate::{list, str, tuple};

pub static ITERATOR_TYPE: TypeObject = TypeObject::new("iterator", Kind::Iterator, Some(&OBJECT_TYPE));

/// The iterator types CPython names in messages (`object of type 'list_iterator' has no len()`).
macro_rules! iterator_types {
    ($($name:ident = $text:literal),* $(,)?) => {
        $(static $name: TypeObject = TypeObject::new($text, Kind::Iterator, Some(&OBJECT_TYPE));)*
    };
}
iterator_types! {
    LIST_ITERATOR = "list_iterator",
    TUPLE_ITERATOR = "tuple_iterator",
    STR_ASCII_ITERATOR = "str_ascii_iterator",
    STR_ITERATOR = "str_iterator",
    BYTES_ITERATOR = "bytes_iterator",
    BYTEARRAY_ITERATOR = "bytearray_iterator",
    RANGE_ITERATOR = "range_iterator",
    DICT_KEYITERATOR = "dict_keyiterator",
    DICT_VALUEITERATOR = "dict_valueiterator",
    DICT_ITEMITERATOR = "dict_itemiterator",
    SET_ITERATOR = "set_iterator",
    ENUMERATE_TYPE = "enumerate",
    ZIP_TYPE = "zip",
    MAP_TYPE = "map",
    FILTER_TYPE = "filter",
}

/// The type of an iterator in `state`.
fn type_of(state: &State) -> &'static TypeObject {
    match state {
        State::Seq { seq, .. } => match seq.kind() {
            Kind::List => &LIST_ITERATOR,
            Kind::Tuple => &TUPLE_ITERATOR,
            Kind::Str if str::as_str(*seq).is_ascii() => &STR_ASCII_ITERATOR,
            Kind::Str => &STR_ITERATOR,
            _ if crate::bytes::is_bytearray(*seq) => &BYTEARRAY_ITERATOR,
            _ => &BYTES_ITERATOR,
        },
        State::Range { .. } => &RANGE_ITERATOR,
        State::Dict { which: 0, .. } => &DICT_KEYITERATOR,
        State::Dict { which: 1, .. } => &DICT_VALUEITERATOR,
        State::Dict { .. } => &DICT_ITEMITERATOR,
        State::Set { .. } => &SET_ITERATOR,
        State::Enumerate { .. } => &ENUMERATE_TYPE,
        State::Zip { .. } => &ZIP_TYPE,
        State::Map { .. } => &MAP_TYPE,
        State::Filter { .. } => &FILTER_TYPE,
        State::Lines(_) => &ITERATOR_TYPE,
        // What CPython's loop goes through: the list's iterator.
        State::Words { .. } => &LIST_ITERATOR,
        State::Generator(_) => &crate::generator::GENERATOR_TYPE,
        State::Custom(c) => c.type_object(),
    }
}

/// What `krait_iter_next` returns when the iterator is exhausted (not an object, not an int).
pub const STOP: Value = Value(2);

/// An explicit tag first (`repr(u64)`), each variant's fields after it, so that the bytes a
/// variant leaves unused are known (`IterObj::clear_unused`).
#[repr(u64)]
pub enum State {
    /// A list, tuple, str, bytes or bytearray, by position (for a str, a byte offset).
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i128,
        step: i128,
        remaining: i128,
    },
    /// Keys (0), values (1) or items (2) of a dict, by entry position; `len` is its size
    /// when iteration began, `left` how many entries may still come (as CPython counts them:
    /// more means keys were replaced while the size stayed the same).
    Dict {
        dict: Value,
        index: usize,
        which: u8,
        len: usize,
        left: usize,
    },
    /// A set, by table position; `used` is its size when iteration began.
    Set {
        set: Value,
        pos: usize,
        used: usize,
    },
    Enumerate {
        inner: Value,
        count: i128,
    },
    /// `zip(*iterables, strict=...)`: a strict zip raises when lengths differ.
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    /// `map(func, *iterables)`.
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    /// `filter(func, iterable)`; a null `func` keeps the truthy items.
    Filter {
        func: Value,
        inner: Value,
    },
    /// Lines of a file (a standard stream's or one `open` made).
    Lines(Value),
    /// The words of `str.split()` from a byte offset, for a loop over them (`str::words`).
    Words {
        s: Value,
        pos: usize,
    },
    /// A generator (`generator.rs`).
    Generator(crate::generator::GenState),
    /// An iterator implemented elsewhere (the `itertools` ones).
    Custom(Box<dyn CustomIter>),
}

/// An iterator kept in an `IterObj` by the module that implements it.
pub trait CustomIter {
    fn next(&mut self) -> Result<Option<Value>, ()>;
    fn type_object(&self) -> &'static TypeObject;
    /// `repr()`, when it is not `<TYPE object at 0x...>`.
    fn repr(&self) -> Option<Result<String, ()>> {
        None
    }
}

static SEQUENCE_ITERATOR: TypeObject = TypeObject::new("iterator", Kind::Iterator, Some(&OBJECT_TYPE));

/// `iter(obj)` of an instance with `__getitem__` but no `__iter__` (the old sequence
/// protocol): `obj[0]`, `obj[1]`, ... until `IndexError` (or `StopIteration`).
struct SequenceIter {
    seq: Value,
    index: i64,
    done: bool,
}

impl CustomIter for SequenceIter {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        if self.done {
            return Ok(None);
        }
        let r = crate::ops::getitem(self.seq, crate::int::from_i64(self.index));
        if r.is_null() {
            let e = crate::exceptions::pending();
            if e.ty().is_subtype(&crate::exceptions::INDEX_ERROR)
                || e.ty().is_subtype(&crate::exceptions::STOP_ITERATION)
            {
                crate::exceptions::take_pending();
                self.done = true;
                return Ok(None);
            }
            return Err(());
        }
        self.index += 1;
        Ok(Some(r))
    }

    fn type_object(&self) -> &'static TypeObject {
        &SEQUENCE_ITERATOR
    }
}

pub fn sequence_iter(seq: Value) -> Value {
    new_custom(Box::new(SequenceIter { seq, index: 0, done: false }))
}

static CALLABLE_ITERATOR: TypeObject = TypeObject::new("callable_iterator", Kind::Iterator, Some(&OBJECT_TYPE));

/// `iter(f, sentinel)`: calls `f` until it returns the sentinel.
struct CallUntil {
    func: Value,
    sentinel: Value,
    done: bool,
}

impl CustomIter for CallUntil {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        if self.done {
            return Ok(None);
        }
        let v = crate::func::call(self.func, &[], Value::NULL);
        if v.is_null() {
            // The function raising StopIteration ends the iteration too.
            if crate::exceptions::pending().ty().is_subtype(&crate::exceptions::STOP_ITERATION) {
                crate::exceptions::take_pending();
                self.done = true;
                return Ok(None);
            }
            return Err(());
        }
        if crate::ops::eq(v, self.sentinel)? {
            self.done = true;
            return Ok(None);
        }
        Ok(Some(v))
    }
    fn type_object(&self) -> &'static TypeObject {
        &CALLABLE_ITERATOR
    }
}

pub fn call_until(func: Value, sentinel: Value) -> Value {
    new_custom(Box::new(CallUntil { func, sentinel, done: false }))
}

/// Closes an iterator a `for` loop made for itself and drops early: a generator is closed
/// (its `finally` runs), and so are the generators inside `enumerate`, `zip`, `map` and
/// `filter` iterators, as CPython's reference counting would when the loop lets go of them.
pub fn close(it: Value) -> Result<(), ()> {
    if it.is_small_int() || it.kind() != Kind::Iterator {
        return Ok(());
    }
    if crate::generator::is_generator(it) {
        return crate::builtins::nonnull(crate::generator::close(it)).map(|_| ());
    }
    // SAFETY: kind Iterator means the value is an IterObj.
    let inner: Vec<Value> = match &unsafe { it.obj::<IterObj>() }.state {
        State::Enumerate { inner, .. } | State::Filter { inner, .. } => vec![*inner],
        State::Zip { inners, .. } | State::Map { inners, .. } => inners.clone(),
        _ => Vec::new(),
    };
    // Released last first, as a tuple's items are.
    for i in inner.into_iter().rev() {
        close(i)?;
    }
    Ok(())
}

/// The words of `s.split()` one at a time (`State::Words`).
pub fn words(s: Value) -> Value {
    new_iter(State::Words { s, pos: 0 })
}

/// A new iterator object around a custom iterator.
pub fn new_custom(state: Box<dyn CustomIter>) -> Value {
    new_iter(State::Custom(state))
}

/// The custom iterator behind `v`, if it is one.
pub fn custom(v: Value) -> Option<&'static mut dyn CustomIter> {
    if v.is_small_int() || v.kind() != Kind::Iterator {
        return None;
    }
    // SAFETY: kind Iterator means the value is an IterObj.
    match &mut unsafe { v.obj_mut::<IterObj>() }.state {
        State::Custom(c) => Some(&mut **c),
        _ => None,
    }
}

#[repr(C)]
pub struct IterObj {
    pub header: Header,
    pub state: State,
}

fn new_iter(state: State) -> Value {
    let v = new_object(IterObj { header: Header { ty: type_of(&state) }, state });
    // SAFETY: just made, an IterObj.
    unsafe { v.obj_mut::<IterObj>() }.clear_unused();
    v
}

impl IterObj {
    /// Zeroes the bytes of `state` past its variant's fields, and the padding before it (the
    /// state is 16-byte aligned, the header one word). They were copied from wherever
    /// the state was built, a stack that may have held pointers to older objects — which a
    /// conservative collector would then keep alive, each new iterator holding the last
    /// (a loop making an iterator per pass kept them all).
    fn clear_unused(&mut self) {
        fn end<T>(start: usize, field: &T) -> usize {
            core::ptr::from_ref(field) as usize - start + core::mem::size_of::<T>()
        }
        let start = core::ptr::from_ref(&self.state) as usize;
        let used = match &self.state {
            State::Seq { seq, index } => end(start, seq).max(end(start, index)),
            State::Range { next, step, remaining } => end(start, next).max(end(start, step)).max(end(start, remaining)),
            State::Dict { dict, index, which, len, left } => {
                [end(start, dict), end(start, index), end(start, which), end(start, len), end(start, left)]
                    .into_iter()
                    .max()
                    .unwrap_or(0)
            }
            State::Set { set, pos, used } => end(start, set).max(end(start, pos)).max(end(start, used)),
            State::Enumerate { inner, count } => end(start, inner).max(end(start, count)),
            State::Zip { inners, strict } => end(start, inners).max(end(start, strict)),
            State::Map { func, inners } => end(start, func).max(end(start, inners)),
            State::Filter { func, inner } => end(start, func).max(end(start, inner)),
            State::Lines(file) => end(start, file),
            State::Words { s, pos } => end(start, s).max(end(start, pos)),
            State::Generator(g) => end(start, g),
            State::Custom(c) => end(start, c),
        };
        let size = core::mem::size_of::<State>();
        let header_end = core::mem::offset_of!(IterObj, header) + core::mem::size_of::<Header>();
        let state_at = core::mem::offset_of!(IterObj, state);
        let base = core::ptr::from_mut(self).cast::<u8>();
        // SAFETY: `state_at + used..state_at + size` lies inside `state`, in bytes no field of
        // the variant occupies; `header_end..state_at` is the padding between the fields.
        unsafe {
            core::ptr::write_bytes(base.add(state_at + used), 0, size - used);
            core::ptr::write_bytes(base.add(header_end), 0, state_at - header_end);
        }
    }
}

pub fn enumerate(iterable: Value, start: i128) -> Value {
    let inner = iter(iterable);
    if inner.is_null() {
        return inner;
    }
    new_iter(State::Enumerate { inner, count: start })
}

/// Iterators over each of `iterables`, or `None` with an exception pending.
fn iterators(iterables: &[Value]) -> Option<Vec<Value>> {
    iterables.iter().map(|&v| Some(iter(v)).filter(|it| !it.is_null())).collect()
}

pub fn map(func: Value, iterables: &[Value]) -> Value {
    match iterators(iterables) {
        Some(inners) => new_iter(State::Map { func, inners }),
        None => Value::NULL,
    }
}

pub fn filter(func: Value, iterable: Value) -> Value {
    let inner = iter(iterable);
    if inner.is_null() {
        return inner;
    }
    new_iter(State::Filter { func, inner })
}

pub fn zip(iterables: &[Value]) -> Value {
    match iterators(iterables) {
        Some(inners) => new_iter(State::Zip { inners, strict: false }),
        None => Value::NULL,
    }
}

pub fn zip_strict(iterables: &[Value]) -> Value {
    match iterators(iterables) {
        Some(inners) => new_iter(State::Zip { inners, strict: true }),
        None => Value::NULL,
    }
}

/// Whether `iter(v)` succeeds.
pub fn is_iterable(v: Value) -> bool {
    matches!(
        v.kind(),
        Kind::List
            | Kind::Tuple
            | Kind::Str
            | Kind::Bytes
            | Kind::Range
            | Kind::Dict
            | Kind::DictView
            | Kind::Set
            | Kind::Iterator
            | Kind::File
    ) || crate::class::special(v, "__iter__").is_some()
        || crate::class::special(v, "__getitem__").is_some()
        || crate::modules::enum_::as_enum(v).is_some()
}

/// All the items of an iterable, or `TypeError(msg)` for a non-iterable (as CPython's
/// `PySequence_Fast`: `str.join` says "can only join an iterable").
pub fn collect_or(v: Value, msg: &str) -> Result<Vec<Value>, ()> {
    if !is_iterable(v) {
        raise_type_error(msg);
        return Err(());
    }
    collect(v)
}

/// `iter(v)`.
pub fn iter(v: Value) -> Value {
    if crate::subclass::is_instance(v) && crate::class::special(v, "__iter__").is_some() {
        return crate::class::iter(v);
    }
    let state = match v.kind() {
        Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes => State::Seq { seq: v, index: 0 },
        Kind::Range => {
            let r = crate::range::obj(v);
            State::Range { next: r.start, step: r.step, remaining: crate::range::len(v) }
        }
        Kind::Dict => {
            let len = dict::table(v).len();
            State::Dict { dict: v, index: 0, which: 0, len, left: len }
        }
        Kind::DictView => {
            let which = match v.type_name() {
                "dict_keys" => 0,
                "dict_values" => 1,
                _ => 2,
            };
            let d = dict::view_dict(v);
            let len = dict::table(d).len();
            State::Dict { dict: d, index: 0, which, len, left: len }
        }
        Kind::Set => State::Set { set: v, pos: 0, used: crate::set::table(v).len() },
        Kind::Iterator => return v,
        // A file is its own iterator.
        Kind::File if crate::file::open_file(v).is_some() => return v,
        Kind::File => State::Lines(v),
        Kind::Instance => return crate::class::iter(v),
        Kind::Type if let Some(c) = crate::modules::enum_::as_enum(v) => {
            State::Seq { seq: crate::list::new(crate::modules::enum_::members(c)), index: 0 }
        }
        _ => return raise_type_error(&format!("'{}' object is not iterable", v.type_name())),
    };
    new_iter(state)
}

/// Advances an iterator: `Ok(None)` when exhausted.
pub fn next(it: Value) -> Result<Option<Value>, ()> {
    if it.kind() == Kind::Instance {
        return crate::class::next(it);
    }
    if it.kind() == Kind::File {
        return crate::file::next_line(it);
    }
    // SAFETY: `it` came from `iter`, so it is an IterObj.
    let obj = unsafe { it.obj_mut::<IterObj>() };
    match &mut obj.state {
        State::Generator(g) => crate::generator::next(g),
        State::Custom(c) => c.next(),
        State::Words { s, pos } => Ok(str::next_word(*s, pos)),
        State::Seq { seq, index } => {
            let seq = *seq;
            let i = *index;
            let item = match seq.kind() {
                Kind::List => list::get(seq, i),
                Kind::Tuple => tuple::items(seq).get(i).copied(),
                Kind::Bytes => crate::bytes::data(seq).get(i).map(|&b| Value::small(i64::from(b))),
                // A str's index is a byte offset (its text never changes).
                _ => match str::char_from(seq, i) {
                    Some((c, after)) => {
                        *index = after;
                        return Ok(Some(c));
                    }
                    None => None,
                },
            };
            match item {
                Some(_) => *index += 1,
                // Exhausted for good, as CPython's sequence iterators drop their sequence:
                // it may grow later, and it need not stay alive.
                None => {
                    let State::Seq { seq: held, index } = &mut obj.state else { unreachable!("matched above") };
                    *index = 0;
                    *held = match seq.kind() {
                        Kind::List => list::new(Vec::new()),
                        Kind::Tuple => tuple::new(Vec::new()),
                        Kind::Bytes => crate::bytes::like(seq, Vec::new()),
                        _ => str::new_str(""),
                    };
                }
            }
            Ok(item)
        }
        State::Range { next, step, remaining } => {
            if *remaining <= 0 {
                return Ok(None);
            }
            let v = int::from_i128(*next);
            *next += *step;
            *remaining -= 1;
            Ok(Some(v))
        }
        State::Dict { dict: d, index, which, len, left } => {
            let t = dict::table(*d);
            if t.len() != *len {
                *len = usize::MAX;
                raise(&exceptions::RUNTIME_ERROR, "dictionary changed size during iteration");
                return Err(());
            }
            while *index < t.entries.len() {
                let e = t.entries[*index];
                *index += 1;
                if !e.key.is_null() {
                    if *left == 0 {
                        *index = usize::MAX;
                        raise(&exceptions::RUNTIME_ERROR, "dictionary keys changed during iteration");
                        return Err(());
                    }
                    *left -= 1;
                    return Ok(Some(match which {
                        0 => e.key,
                        1 => e.value,
                        _ => tuple::new(vec![e.key, e.value]),
                    }));
                }
            }
            Ok(None)
        }
        State::Set { set, pos, used } => {
            if crate::set::table(*set).len() != *used {
                *used = usize::MAX;
                raise(&exceptions::RUNTIME_ERROR, "Set changed size during iteration");
                return Err(());
            }
            Ok(crate::set::next_key(*set, pos))
        }
        State::Enumerate { inner, count } => {
            let inner = *inner;
            match next(inner)? {
                Some(v) => {
                    // SAFETY: as above; the borrow of `obj.state` ended with the call.
                    let State::Enumerate { count, .. } = &mut (unsafe { it.obj_mut::<IterObj>() }).state else {
                        unreachable!()
                    };
                    let c = int::from_i128(*count);
                    *count += 1;
                    Ok(Some(tuple::new(vec![c, v])))
                }
                None => {
                    let _ = count;
                    Ok(None)
                }
            }
        }
        State::Zip { inners, strict } => {
            let (inners, strict) = (inners.clone(), *strict);
            if inners.is_empty() {
                return Ok(None);
            }
            let mut items = Vec::with_capacity(inners.len());
            for (k, &i) in inners.iter().enumerate() {
                match next(i)? {
                    Some(v) => items.push(v),
                    None if !strict => return Ok(None),
                    None => return zip_length_mismatch(&inners, k),
                }
            }
            Ok(Some(tuple::new(items)))
        }
        State::Map { func, inners } => {
            let (func, inners) = (*func, inners.clone());
            let mut args = Vec::with_capacity(inners.len());
            for i in inners {
                match next(i)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            let r = crate::func::call(func, &args, Value::NULL);
            if r.is_null() { Err(()) } else { Ok(Some(r)) }
        }
        State::Filter { func, inner } => {
            let (func, inner) = (*func, *inner);
            while let Some(v) = next(inner)? {
                let keep = if func.is_null() {
                    crate::ops::truthy(v)?
                } else {
                    let r = crate::func::call(func, &[v], Value::NULL);
                    if r.is_null() {
                        return Err(());
                    }
                    crate::ops::truthy(r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
        State::Lines(_) => {
            let line = crate::io::read_line()?;
            Ok(if line.is_empty() { None } else { Some(str::from_string(line)) })
        }
    }
}

/// A strict zip's iterator `k` ended: CPython's error names the first iterable whose length
/// differs from the first one's.
fn zip_length_mismatch(inners: &[Value], k: usize) -> Result<Option<Value>, ()> {
    if k > 0 {
        let plural = if k == 1 { " " } else { "s 1-" };
        raise(&exceptions::VALUE_ERROR, &format!("zip() argument {} is shorter than argument{plural}{k}", k + 1));
        return Err(());
    }
    // The first is exhausted: any later one that still has items is longer.
    for (j, &i) in inners.iter().enumerate().skip(1) {
        if next(i)?.is_some() {
            let plural = if j == 1 { " " } else { "s 1-" };
            raise(&exceptions::VALUE_ERROR, &format!("zip() argument {} is longer than argument{plural}{j}", j + 1));
            return Err(());
        }
    }
    Ok(None)
}

/// Calls `f` on each item of an iterable, stopping early when `f` returns `Ok(true)`;
/// returns whether it stopped early.
pub fn any(iterable: Value, mut f: impl FnMut(Value) -> Result<bool, ()>) -> Result<bool, ()> {
    let it = iter(iterable);
    if it.is_null() {
        return Err(());
    }
    while let Some(x) = next(it)? {
        if f(x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Calls `f` on each item of an iterable.
pub fn for_each(iterable: Value, mut f: impl FnMut(Value) -> Result<(), ()>) -> Result<(), ()> {
    any(iterable, |x| f(x).map(|()| false)).map(|_| ())
}

/// All the items of an iterable.
pub fn collect(v: Value) -> Result<Vec<Value>, ()> {
    match v.kind() {
        Kind::List => return Ok(list::items(v).clone()),
        Kind::Tuple => return Ok(tuple::items(v).to_vec()),
        _ => {}
    }
    let it = iter(v);
    if it.is_null() {
        return Err(());
    }
    let mut out = Vec::new();
    while let Some(x) = next(it)? {
        out.push(x);
    }
    Ok(out)
}

// ---- entry points for generated code ----

#[unsafe(no_mangle)]
pub extern "C" fn krait_iter(v: Value) -> Value {
    iter(v)
}

/// The next item, `STOP` (the word 2) when exhausted, or null with an exception pending.
#[unsafe(no_mangle)]
pub extern "C" fn krait_iter_next(it: Value) -> Value {
    match next(it) {
        Ok(Some(v)) => v,
        Ok(None) => STOP,
        Err(()) => Value::NULL,
    }
}

/// Unpacks exactly `n` items of `v` into `out` (`a, b = v`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_unpack(v: Value, n: usize, out: *mut Value) -> bool {
    // A tuple or list (not of a subclass) of the right length: its items, copied (a list's
    // as iteration reads them, leaving unboxed floats unboxed).
    if !v.is_small_int() {
        if core::ptr::eq(v.ty(), &tuple::TUPLE_TYPE) && tuple::items(v).len() == n {
            // SAFETY: codegen passes room for `n` values.
            unsafe { core::ptr::copy_nonoverlapping(tuple::items(v).as_ptr(), out, n) };
            return true;
        }
        if core::ptr::eq(v.ty(), &list::LIST_TYPE) && list::len(v) == n {
            for i in 0..n {
                // SAFETY: codegen passes room for `n` values; `i < len`.
                unsafe { *out.add(i) = list::get(v, i).unwrap_or(Value::NULL) };
            }
            return true;
        }
    }
    let Ok(items) = unpack_items(v, n, false) else { return false };
    for (i, item) in items.into_iter().enumerate() {
        // SAFETY: codegen passes room for `n` values.
        unsafe { *out.add(i) = item };
    }
    true
}

/// The items of `v` for an unpacking into `n` targets: exactly `n`, or with a starred
/// target (`starred`) at least `n` (then all of them). Like CPython, an iterator is not read
/// further than one item past what fits.
fn unpack_items(v: Value, n: usize, starred: bool) -> Result<Vec<Value>, ()> {
    if !is_iterable(v) {
        raise_type_error(&format!("cannot unpack non-iterable {} object", v.type_name()));
        return Err(());
    }
    let it = iter(v);
    if it.is_null() {
        return Err(());
    }
    let mut items = Vec::new();
    while starred || items.len() <= n {
        match next(it)? {
            Some(x) => items.push(x),
            None => break,
        }
    }
    if items.len() < n {
        let at_least = if starred { "at least " } else { "" };
        let msg = format!("not enough values to unpack (expected {at_least}{n}, got {})", items.len());
        raise(&exceptions::VALUE_ERROR, &msg);
        return Err(());
    }
    if items.len() > n && !starred {
        raise(&exceptions::VALUE_ERROR, &format!("too many values to unpack (expected {n})"));
        return Err(());
    }
    Ok(items)
}

/// `a, *b, c = v` with `before` targets before the starred one and `after` after it: a
/// tuple of the leading items, a list of the middle ones, then the trailing items.
pub fn unpack_starred(v: Value, before: usize, after: usize) -> Result<Value, ()> {
    let mut items = unpack_items(v, before + after, true)?;
    let tail = items.split_off(items.len() - after);
    let middle = items.split_off(before);
    items.push(list::new(middle));
    items.extend(tail);
    Ok(tuple::new(items))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The state of a small variant built over memory full of a stale pointer: everything
    /// past its fields is cleared, its fields are kept.
    #[test]
    fn clear_unused_zeroes_past_the_variant() {
        let size = core::mem::size_of::<IterObj>();
        let mut slot = vec![0x7f00_dead_beef_u64; size / 8];
        let o = slot.as_mut_ptr().cast::<IterObj>();
        let s = Value(0x1230);
        // SAFETY: the slot is large and aligned enough; the header and state are written whole.
        unsafe {
            (&raw mut (*o).header).write(Header { ty: &LIST_ITERATOR });
            // Only the variant's own bytes are written, as a state built elsewhere would be.
            (&raw mut (*o).state).write(State::Words { s, pos: 7 });
            (*o).clear_unused();
            let State::Words { s: kept, pos } = &(*o).state else { panic!("variant changed") };
            assert_eq!((kept.0, *pos), (0x1230, 7));
        }
        // The header, padding to the state's alignment, the tag, `s` and `pos`: the padding
        // and the rest are zero.
        let first = core::mem::offset_of!(IterObj, state) / 8;
        assert!(slot[1..first].iter().chain(&slot[first + 3..]).all(|&w| w == 0), "{slot:x?}");
    }
}
