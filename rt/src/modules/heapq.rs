//! `heapq`: binary min-heaps in lists, with CPython's sift algorithms (so the list holds the
//! same order as under CPython after every call), its `<`-only comparisons and its errors;
//! `nlargest`/`nsmallest` as their documented equivalents (stable sorts); `merge` as a lazy
//! iterator.

use crate::exceptions::{self, raise, raise_type_error};
use crate::iter::{self, CustomIter};
use crate::object::{Kind, OBJECT_TYPE, TypeObject, Value};
use crate::ops::{self, CmpOp};
use crate::{func, list};

#[rustfmt::skip]
pub const NAMES: &[&str] = &[
    "heapify", "heappop", "heappush", "heappushpop", "heapreplace", "merge", "nlargest", "nsmallest",
];

pub fn getattr(name: &str) -> Option<Value> {
    let name: &'static str = NAMES.iter().find(|n| **n == name)?;
    let f: func::BuiltinEntry = match name {
        "heapify" => heapq_heapify,
        "heappop" => heapq_heappop,
        "heappush" => heapq_heappush,
        "heappushpop" => heapq_heappushpop,
        "heapreplace" => heapq_heapreplace,
        "merge" => heapq_merge,
        "nlargest" => heapq_nlargest,
        "nsmallest" => heapq_nsmallest,
        _ => return None,
    };
    Some(super::builtin(f, name))
}

fn nonnull(v: Value) -> Result<Value, ()> {
    if v.is_null() { Err(()) } else { Ok(v) }
}

fn less(a: Value, b: Value) -> Result<bool, ()> {
    ops::compare_bool(CmpOp::Lt, a, b)
}

/// The heap argument of `func`, which must be a list (`which` names it in the message:
/// "argument" or "argument 1").
fn heap_list(func: &str, which: &str, v: Value) -> Result<Value, ()> {
    if v.is_small_int() || v.kind() != Kind::List {
        raise_type_error(&format!("{func}() {which} must be list, not {}", crate::args::bad_type_name(v)));
        return Err(());
    }
    Ok(v)
}

/// Item `i` of the heap, which must still have `size` items (a comparison may change it).
fn item(heap: Value, i: usize, size: usize) -> Result<Value, ()> {
    let items = list::items(heap);
    if items.len() != size {
        raise(&exceptions::RUNTIME_ERROR, "list changed size during iteration");
        return Err(());
    }
    Ok(items[i])
}

fn set(heap: Value, i: usize, v: Value) {
    list::items(heap)[i] = v;
}

/// Moves the item at `pos` up towards `start` until its parent is not greater.
fn sift_down(heap: Value, start: usize, mut pos: usize) -> Result<(), ()> {
    let size = list::items(heap).len();
    let new = item(heap, pos, size)?;
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let parent = item(heap, parent_pos, size)?;
        if less(new, parent)? {
            item(heap, pos, size)?;
            set(heap, pos, parent);
            pos = parent_pos;
            continue;
        }
        break;
    }
    item(heap, pos, size)?;
    set(heap, pos, new);
    Ok(())
}

/// Moves the smaller child up into the hole at `pos` down to a leaf, then the item that was
/// at `pos` back up (CPython's bottom-up variant, fewer comparisons).
fn sift_up(heap: Value, mut pos: usize) -> Result<(), ()> {
    let size = list::items(heap).len();
    let start = pos;
    let new = item(heap, pos, size)?;
    let mut child = 2 * pos + 1;
    while child < size {
        let right = child + 1;
        if right < size && !less(item(heap, child, size)?, item(heap, right, size)?)? {
            child = right;
        }
        let up = item(heap, child, size)?;
        set(heap, pos, up);
        pos = child;
        child = 2 * pos + 1;
    }
    set(heap, pos, new);
    sift_down(heap, start, pos)
}

fn two_args(name: &str, args: &[Value], kw: &[(&str, Value)]) -> Result<(Value, Value), ()> {
    let b = crate::args::bind_keywords(name, &["heap", "item"], 2, args, kw)?;
    Ok((heap_list(name, "argument 1", b[0].unwrap_or(Value::NULL))?, b[1].unwrap_or(Value::NULL)))
}

fn one_arg(name: &str, args: &[Value], kw: &[(&str, Value)]) -> Result<Value, ()> {
    let b = crate::args::bind_keywords(name, &["heap"], 1, args, kw)?;
    heap_list(name, "argument", b[0].unwrap_or(Value::NULL))
}

module_function!(heapq_heappush, |args, kw| {
    let (heap, x) = two_args("heappush", args, &kw)?;
    list::items(heap).push(x);
    sift_down(heap, 0, list::items(heap).len() - 1)?;
    Ok(Value::none())
});

module_function!(heapq_heappop, |args, kw| {
    let heap = one_arg("heappop", args, &kw)?;
    let Some(last) = list::items(heap).pop() else {
        raise(&exceptions::INDEX_ERROR, "index out of range");
        return Err(());
    };
    if list::items(heap).is_empty() {
        return Ok(last);
    }
    let first = list::items(heap)[0];
    set(heap, 0, last);
    sift_up(heap, 0)?;
    Ok(first)
});

module_function!(heapq_heapreplace, |args, kw| {
    let (heap, x) = two_args("heapreplace", args, &kw)?;
    replace_top(heap, x)
});

/// Puts `x` in place of the smallest item, which it returns (`IndexError` when empty).
fn replace_top(heap: Value, x: Value) -> Result<Value, ()> {
    let Some(&first) = list::items(heap).first() else {
        raise(&exceptions::INDEX_ERROR, "index out of range");
        return Err(());
    };
    set(heap, 0, x);
    sift_up(heap, 0)?;
    Ok(first)
}

module_function!(heapq_heappushpop, |args, kw| {
    let (heap, x) = two_args("heappushpop", args, &kw)?;
    let Some(&first) = list::items(heap).first() else { return Ok(x) };
    if !less(first, x)? {
        return Ok(x);
    }
    // The comparison may have emptied the heap.
    replace_top(heap, x)
});

module_function!(heapq_heapify, |args, kw| {
    let heap = one_arg("heapify", args, &kw)?;
    let n = list::items(heap).len();
    for i in (0..n / 2).rev() {
        sift_up(heap, i)?;
    }
    Ok(Value::none())
});

/// `nsmallest`/`nlargest(n, iterable, key=None)`: the first `n` of the iterable sorted
/// (stably) by `key`, ascending or descending.
fn n_best(name: &str, args: &[Value], kw: &[(&str, Value)], reverse: bool) -> Result<Value, ()> {
    let b = crate::args::bind_keywords(name, &["n", "iterable", "key"], 2, args, kw)?;
    let n = b[0].unwrap_or(Value::NULL);
    let Some(n) = crate::ops::index_value(n).filter(|_| crate::int::is_int(n)) else {
        // CPython's Python code compares `n >= len(iterable)` first.
        if let Ok(size) = ops::len(b[1].unwrap_or(Value::NULL)) {
            ops::compare_bool(CmpOp::Ge, n, crate::int::from_i64(size as i64))?;
        } else {
            crate::exceptions::take_pending();
        }
        raise_type_error(&format!("'{}' object cannot be interpreted as an integer", n.type_name()));
        return Err(());
    };
    let mut items = iter::collect(b[1].unwrap_or(Value::NULL))?;
    if n <= 0 {
        return Ok(list::new(Vec::new()));
    }
    let key = b[2].filter(|k| !k.is_none()).unwrap_or(Value::NULL);
    crate::sort::sort_values(&mut items, key, reverse)?;
    items.truncate(usize::try_from(n).unwrap_or(usize::MAX));
    Ok(list::new(items))
}

module_function!(heapq_nsmallest, |args, kw| n_best("nsmallest", args, &kw, false));
module_function!(heapq_nlargest, |args, kw| n_best("nlargest", args, &kw, true));

static MERGE_TYPE: TypeObject = TypeObject::new("generator", Kind::Iterator, Some(&OBJECT_TYPE));

/// `merge(*iterables, key=None, reverse=False)`: the sorted inputs merged lazily; among
/// equal items the one from the earlier input comes first.
struct Merge {
    /// The inputs, until the first `next` takes their first items (as CPython's generator
    /// starts only then).
    pending: Option<Vec<Value>>,
    /// Per live input: (key, item, iterator), in input order.
    heads: Vec<(Value, Value, Value)>,
    key: Value,
    reverse: bool,
}

impl Merge {
    fn key_of(&self, x: Value) -> Result<Value, ()> {
        if self.key.is_null() { Ok(x) } else { nonnull(func::call(self.key, &[x], Value::NULL)) }
    }

    /// Whether the head with key `a` goes before the later input's head with key `b`.
    fn before(&self, a: Value, b: Value) -> Result<bool, ()> {
        if ops::compare_bool(CmpOp::Eq, a, b)? {
            return Ok(true);
        }
        if self.reverse { less(b, a) } else { less(a, b) }
    }
}

impl CustomIter for Merge {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        if let Some(inputs) = self.pending.take() {
            for input in inputs {
                let it = nonnull(iter::iter(input))?;
                if let Some(x) = iter::next(it)? {
                    let k = self.key_of(x)?;
                    self.heads.push((k, x, it));
                }
            }
        }
        if self.heads.is_empty() {
            return Ok(None);
        }
        let mut best = 0;
        for i in 1..self.heads.len() {
            if !self.before(self.heads[best].0, self.heads[i].0)? {
                best = i;
            }
        }
        let (_, x, it) = self.heads[best];
        match iter::next(it)? {
            Some(y) => {
                let k = self.key_of(y)?;
                self.heads[best] = (k, y, it);
            }
            None => {
                self.heads.remove(best);
            }
        }
        Ok(Some(x))
    }

    fn type_object(&self) -> &'static TypeObject {
        &MERGE_TYPE
    }

    fn repr(&self) -> Option<Result<String, ()>> {
        Some(Ok(format!("<generator object merge at {:#x}>", core::ptr::from_ref(self) as *const u8 as usize)))
    }
}

module_function!(heapq_merge, |args, kw| {
    let (key, reverse) =
        crate::builtins::key_and_reverse(kw, |k| format!("merge() got an unexpected keyword argument '{k}'"))?;
    Ok(iter::new_custom(Box::new(Merge { pending: Some(args.to_vec()), heads: Vec::new(), key, reverse })))
});
