//! Python's sort (`list.sort`, `sorted`, `heapq.nsmallest`): CPython's adaptive, stable,
//! natural merge sort (Objects/listsort.txt — runs found in the data, short ones extended
//! by binary insertion, merged by the powersort policy, galloping when one run keeps
//! winning). It asks the same `<` questions in the same order as CPython, so a key's
//! `__lt__` sees the same calls, an inconsistent order (NaN keys, a careless `__lt__`)
//! gives the same result, and already ordered or reversed data costs n - 1 comparisons.

use crate::exceptions::{self, raise};
use crate::object::Value;
use crate::ops::{self, CmpOp};

/// When a merge gets into galloping mode it stays there until neither run wins
/// `MIN_GALLOP` times in a row.
const MIN_GALLOP: usize = 7;

/// What the sort moves: a key alone (no key function) or a key with its item.
trait Keyed: Copy {
    fn key(self) -> Value;
}

impl Keyed for Value {
    fn key(self) -> Value {
        self
    }
}

impl Keyed for (Value, Value) {
    fn key(self) -> Value {
        self.0
    }
}

/// How the keys of a sort compare: as CPython's `list.sort` checks first, keys all of one
/// builtin type compare without dispatch (their `<` cannot raise or call back).
#[derive(Clone, Copy)]
enum KeyOrder {
    SmallInt,
    Str,
    Float,
    /// Tuples (not of a subclass): compared item by item, each pair by `item_lt`.
    Tuple,
    Any,
}

impl KeyOrder {
    fn of(keys: impl Iterator<Item = Value> + Clone) -> KeyOrder {
        let all = |f: fn(Value) -> bool| keys.clone().all(f);
        if all(|k| k.is_small_int()) {
            KeyOrder::SmallInt
        } else if all(|k| is_exactly(k, &crate::str::STR_TYPE)) {
            KeyOrder::Str
        } else if all(|k| is_exactly(k, &crate::float::FLOAT_TYPE)) {
            KeyOrder::Float
        } else if all(|k| is_exactly(k, &crate::tuple::TUPLE_TYPE)) {
            KeyOrder::Tuple
        } else {
            KeyOrder::Any
        }
    }
}

fn is_exactly(v: Value, ty: &crate::object::TypeObject) -> bool {
    !v.is_small_int() && core::ptr::eq(v.ty(), ty)
}

fn str_lt(a: Value, b: Value) -> Result<bool, ()> {
    Ok(crate::str::as_str(a).as_bytes() < crate::str::as_str(b).as_bytes())
}

fn tuple_lt(a: Value, b: Value) -> Result<bool, ()> {
    let (xs, ys) = (crate::tuple::items(a), crate::tuple::items(b));
    for (&x, &y) in xs.iter().zip(ys) {
        // The first items that differ decide, as tuple comparison does.
        if let Some(lt) = item_lt(x, y)? {
            return Ok(lt);
        }
    }
    Ok(xs.len() < ys.len())
}

/// For two items of tuples being compared: `None` when they are equal (identical — a NaN
/// too, as `PyObject_RichCompareBool` has it — or `==` says so), else whether `x < y`; strs,
/// small ints and floats without dispatch.
fn item_lt(x: Value, y: Value) -> Result<Option<bool>, ()> {
    if x == y {
        return Ok(None);
    }
    if x.is_small_int() && y.is_small_int() {
        let (a, b) = (x.as_small(), y.as_small());
        return Ok((a != b).then_some(a < b));
    }
    let same = |t| is_exactly(x, t) && is_exactly(y, t);
    if same(&crate::str::STR_TYPE) {
        let (a, b) = (crate::str::as_str(x).as_bytes(), crate::str::as_str(y).as_bytes());
        return Ok((a != b).then_some(a < b));
    }
    if same(&crate::float::FLOAT_TYPE) {
        let (a, b) = (crate::float::value(x), crate::float::value(y));
        return Ok((a != b).then_some(a < b));
    }
    if ops::compare_bool(CmpOp::Eq, x, y)? {
        return Ok(None);
    }
    ops::compare_bool(CmpOp::Lt, x, y).map(Some)
}

/// Sorts `items` in place by `key` (null for identity), in reverse when `reverse` (which,
/// as CPython does, reverses the items, sorts them stably and reverses them back, so equal
/// items keep their order). On an error the items are some permutation of what they were.
pub fn sort_values(items: &mut [Value], key: Value, reverse: bool) -> Result<(), ()> {
    if key.is_null() {
        let order = KeyOrder::of(items.iter().copied());
        return sort_reversible(items, order, reverse);
    }
    let mut pairs = Vec::with_capacity(items.len());
    for &x in items.iter() {
        let k = crate::builtins::call_checked(key, &[x])?;
        pairs.push((k, x));
    }
    let order = KeyOrder::of(pairs.iter().map(|&(k, _)| k));
    let r = sort_reversible(&mut pairs, order, reverse);
    for (slot, (_, x)) in items.iter_mut().zip(pairs) {
        *slot = x;
    }
    r
}

fn sort_reversible<T: Keyed>(items: &mut [T], order: KeyOrder, reverse: bool) -> Result<(), ()> {
    if reverse {
        items.reverse();
    }
    let r = match order {
        KeyOrder::SmallInt => sort(items, |a, b| Ok(a.as_small() < b.as_small())),
        KeyOrder::Str => sort(items, str_lt),
        KeyOrder::Float => sort(items, |a, b| Ok(crate::float::value(a) < crate::float::value(b))),
        KeyOrder::Tuple => sort(items, tuple_lt),
        KeyOrder::Any => sort(items, |a, b| ops::compare_bool(CmpOp::Lt, a, b)),
    };
    if reverse {
        items.reverse();
    }
    r
}

/// `lst.sort(key=..., reverse=...)`: while it runs the list is empty, as in CPython, and
/// a list changed by a key or a comparison is a `ValueError` (the sorted items are kept).
pub fn sort_list(lst: Value, key: Value, reverse: bool) -> Result<(), ()> {
    let mut items = core::mem::take(crate::list::items(lst));
    let r = sort_values(&mut items, key, reverse);
    let during = core::mem::replace(crate::list::items(lst), items);
    if r.is_ok() && during.capacity() != 0 {
        raise(&exceptions::VALUE_ERROR, "list modified during sort");
        return Err(());
    }
    r
}

/// A run waiting to be merged: `len` items from `start`, at depth `power` of the merge tree.
#[derive(Clone, Copy)]
struct Run {
    start: usize,
    len: usize,
    power: u32,
}

struct MergeState<T, F> {
    lt: F,
    min_gallop: usize,
    /// Room for the shorter run of a merge.
    scratch: Vec<T>,
    pending: Vec<Run>,
}

fn sort<T: Keyed, F: FnMut(Value, Value) -> Result<bool, ()>>(a: &mut [T], lt: F) -> Result<(), ()> {
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState { lt, min_gallop: MIN_GALLOP, scratch: Vec::new(), pending: Vec::new() };
    let minrun = min_run(n);
    let mut lo = 0;
    while lo < n {
        let remaining = n - lo;
        let (mut run, descending) = ms.count_run(&a[lo..])?;
        if descending {
            a[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            ms.binary_insertion(&mut a[lo..lo + force], run)?;
            run = force;
        }
        ms.found_new_run(a, run, n)?;
        ms.pending.push(Run { start: lo, len: run, power: 0 });
        lo += run;
    }
    // Merge whatever is left, regardless of the policy.
    while ms.pending.len() > 1 {
        let mut i = ms.pending.len() - 2;
        if i > 0 && ms.pending[i - 1].len < ms.pending[i + 1].len {
            i -= 1;
        }
        ms.merge_at(a, i)?;
    }
    Ok(())
}

/// The shortest run worth a merge: `n` below 64, else between 32 and 64 such that
/// `n / minrun` is a power of two or a little less than one.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The depth in the powersort merge tree of the boundary between the run of `n1` items at
/// `s1` and the next one of `n2`, in a list of `n`: the first bit where the binary
/// fractions of the runs' midpoints (as parts of `n`) differ.
fn power(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let (mut a, mut b) = (2 * s1 + n1, 2 * s1 + 2 * n1 + n2);
    let mut result = 0;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            return result;
        }
        a <<= 1;
        b <<= 1;
    }
}

impl<T: Keyed, F: FnMut(Value, Value) -> Result<bool, ()>> MergeState<T, F> {
    fn lt(&mut self, x: T, y: T) -> Result<bool, ()> {
        (self.lt)(x.key(), y.key())
    }

    /// The length of the run at the start of `a` (not empty), and whether it is strictly
    /// descending (else non-descending).
    fn count_run(&mut self, a: &[T]) -> Result<(usize, bool), ()> {
        if a.len() == 1 {
            return Ok((1, false));
        }
        let descending = self.lt(a[1], a[0])?;
        let mut n = 2;
        while n < a.len() && self.lt(a[n], a[n - 1])? == descending {
            n += 1;
        }
        Ok((n, descending))
    }

    /// Sorts `a`, whose first `sorted` items are in order, by binary insertion.
    fn binary_insertion(&mut self, a: &mut [T], sorted: usize) -> Result<(), ()> {
        for start in sorted.max(1)..a.len() {
            let pivot = a[start];
            let (mut l, mut r) = (0, start);
            while l < r {
                let p = l + (r - l) / 2;
                if self.lt(pivot, a[p])? { r = p } else { l = p + 1 }
            }
            a.copy_within(l..start, l + 1);
            a[l] = pivot;
        }
        Ok(())
    }

    /// A new run of `n2` items follows the last pending one: merge the pending runs deeper
    /// in the merge tree than the boundary between the two.
    fn found_new_run(&mut self, a: &mut [T], n2: usize, n: usize) -> Result<(), ()> {
        let Some(last) = self.pending.last() else { return Ok(()) };
        let power = power(last.start, last.len, n2, n);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(a, self.pending.len() - 2)?;
        }
        self.pending.last_mut().expect("a run is pending").power = power;
        Ok(())
    }

    /// Merges the pending runs `i` and `i + 1`.
    fn merge_at(&mut self, a: &mut [T], i: usize) -> Result<(), ()> {
        let (Run { start: sa, len: na, .. }, Run { start: sb, len: nb, .. }) = (self.pending[i], self.pending[i + 1]);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // The items of the first run before the second's first item are in place already,
        // and so are those of the second after the first's last.
        let k = self.gallop_right(a[sb], &a[sa..sb], 0)?;
        let (sa, na) = (sa + k, na - k);
        if na == 0 {
            return Ok(());
        }
        let nb = self.gallop_left(a[sa + na - 1], &a[sb..sb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb { self.merge_low(a, sa, na, nb) } else { self.merge_high(a, sa, na, nb) }
    }

    /// Where `key` goes in the sorted `a` (not empty): before the items equal to it, after
    /// the smaller ones. The search gallops from `hint` (1, 3, 7, ... items away), then
    /// bisects.
    fn gallop_left(&mut self, key: T, a: &[T], hint: usize) -> Result<usize, ()> {
        let (mut last, mut ofs): (isize, isize) = (0, 1);
        let h = hint as isize;
        let n = a.len() as isize;
        if self.lt(a[hint], key)? {
            // a[hint] < key: gallop right until a[hint + last] < key <= a[hint + ofs].
            let max = n - h;
            while ofs < max && self.lt(a[(h + ofs) as usize], key)? {
                last = ofs;
                ofs = 2 * ofs + 1;
            }
            ofs = ofs.min(max);
            (last, ofs) = (last + h, ofs + h);
        } else {
            // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - last].
            let max = h + 1;
            while ofs < max && !self.lt(a[(h - ofs) as usize], key)? {
                last = ofs;
                ofs = 2 * ofs + 1;
            }
            ofs = ofs.min(max);
            (last, ofs) = (h - ofs, h - last);
        }
        // a[last] < key <= a[ofs]: bisect between.
        last += 1;
        while last < ofs {
            let m = last + (ofs - last) / 2;
            if self.lt(a[m as usize], key)? { last = m + 1 } else { ofs = m }
        }
        Ok(ofs as usize)
    }

    /// As `gallop_left`, but after the items equal to `key`.
    fn gallop_right(&mut self, key: T, a: &[T], hint: usize) -> Result<usize, ()> {
        let (mut last, mut ofs): (isize, isize) = (0, 1);
        let h = hint as isize;
        let n = a.len() as isize;
        if self.lt(key, a[hint])? {
            // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - last].
            let max = h + 1;
            while ofs < max && self.lt(key, a[(h - ofs) as usize])? {
                last = ofs;
                ofs = 2 * ofs + 1;
            }
            ofs = ofs.min(max);
            (last, ofs) = (h - ofs, h - last);
        } else {
            // a[hint] <= key: gallop right until a[hint + last] <= key < a[hint + ofs].
            let max = n - h;
            while ofs < max && !self.lt(key, a[(h + ofs) as usize])? {
                last = ofs;
                ofs = 2 * ofs + 1;
            }
            ofs = ofs.min(max);
            (last, ofs) = (last + h, ofs + h);
        }
        last += 1;
        while last < ofs {
            let m = last + (ofs - last) / 2;
            if self.lt(key, a[m as usize])? { ofs = m } else { last = m + 1 }
        }
        Ok(ofs as usize)
    }

    /// Merges the run of `na` items at `sa` with the `nb` after it, `na <= nb`, the first
    /// run copied out; the first run's last item belongs at the end, the second's first
    /// at the start.
    fn merge_low(&mut self, a: &mut [T], sa: usize, mut na: usize, mut nb: usize) -> Result<(), ()> {
        let mut tmp = core::mem::take(&mut self.scratch);
        tmp.clear();
        tmp.extend_from_slice(&a[sa..sa + na]);
        let (mut dest, mut pa, mut pb) = (sa, 0, sa + na);
        let r = (|| {
            a[dest] = a[pb];
            (dest, pb, nb) = (dest + 1, pb + 1, nb - 1);
            if nb == 0 {
                return Ok(false);
            }
            if na == 1 {
                return Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                // One item at a time, until one run wins `min_gallop` times in a row.
                loop {
                    if self.lt(a[pb], tmp[pa])? {
                        a[dest] = a[pb];
                        (dest, pb, nb) = (dest + 1, pb + 1, nb - 1);
                        (acount, bcount) = (0, bcount + 1);
                        if nb == 0 {
                            return Ok(false);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        a[dest] = tmp[pa];
                        (dest, pa, na) = (dest + 1, pa + 1, na - 1);
                        (acount, bcount) = (acount + 1, 0);
                        if na == 1 {
                            return Ok(true);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                // Galloping, while either run wins by MIN_GALLOP items or more.
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = self.gallop_right(a[pb], &tmp[pa..pa + na], 0)?;
                    acount = k;
                    if k > 0 {
                        a[dest..dest + k].copy_from_slice(&tmp[pa..pa + k]);
                        (dest, pa, na) = (dest + k, pa + k, na - k);
                        if na == 1 {
                            return Ok(true);
                        }
                        // Possible only when the order is inconsistent.
                        if na == 0 {
                            return Ok(false);
                        }
                    }
                    a[dest] = a[pb];
                    (dest, pb, nb) = (dest + 1, pb + 1, nb - 1);
                    if nb == 0 {
                        return Ok(false);
                    }
                    let k = self.gallop_left(tmp[pa], &a[pb..pb + nb], 0)?;
                    bcount = k;
                    if k > 0 {
                        a.copy_within(pb..pb + k, dest);
                        (dest, pb, nb) = (dest + k, pb + k, nb - k);
                        if nb == 0 {
                            return Ok(false);
                        }
                    }
                    a[dest] = tmp[pa];
                    (dest, pa, na) = (dest + 1, pa + 1, na - 1);
                    if na == 1 {
                        return Ok(true);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        match r {
            // The first run's one item left goes after the rest of the second.
            Ok(true) => {
                a.copy_within(pb..pb + nb, dest);
                a[dest + nb] = tmp[pa];
            }
            // Done (or failed): what is left of the first run fills the gap.
            _ => a[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]),
        }
        self.scratch = tmp;
        r.map(|_| ())
    }

    /// Merges the run of `na` items at `sa` with the `nb` after it, `na >= nb`, from the
    /// end, the second run copied out; the first run's last item belongs at the end, the
    /// second's first at the start.
    fn merge_high(&mut self, a: &mut [T], sa: usize, mut na: usize, mut nb: usize) -> Result<(), ()> {
        let mut tmp = core::mem::take(&mut self.scratch);
        tmp.clear();
        tmp.extend_from_slice(&a[sa + na..sa + na + nb]);
        // `dest`, `pa` and `pb` are one past the next place written and items read.
        let (mut dest, mut pa, mut pb) = (sa + na + nb, sa + na, nb);
        let r = (|| {
            a[dest - 1] = a[pa - 1];
            (dest, pa, na) = (dest - 1, pa - 1, na - 1);
            if na == 0 {
                return Ok(false);
            }
            if nb == 1 {
                return Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    if self.lt(tmp[pb - 1], a[pa - 1])? {
                        a[dest - 1] = a[pa - 1];
                        (dest, pa, na) = (dest - 1, pa - 1, na - 1);
                        (acount, bcount) = (acount + 1, 0);
                        if na == 0 {
                            return Ok(false);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        a[dest - 1] = tmp[pb - 1];
                        (dest, pb, nb) = (dest - 1, pb - 1, nb - 1);
                        (acount, bcount) = (0, bcount + 1);
                        if nb == 1 {
                            return Ok(true);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = na - self.gallop_right(tmp[pb - 1], &a[sa..sa + na], na - 1)?;
                    acount = k;
                    if k > 0 {
                        a.copy_within(pa - k..pa, dest - k);
                        (dest, pa, na) = (dest - k, pa - k, na - k);
                        if na == 0 {
                            return Ok(false);
                        }
                    }
                    a[dest - 1] = tmp[pb - 1];
                    (dest, pb, nb) = (dest - 1, pb - 1, nb - 1);
                    if nb == 1 {
                        return Ok(true);
                    }
                    let k = nb - self.gallop_left(a[pa - 1], &tmp[..nb], nb - 1)?;
                    bcount = k;
                    if k > 0 {
                        a[dest - k..dest].copy_from_slice(&tmp[pb - k..pb]);
                        (dest, pb, nb) = (dest - k, pb - k, nb - k);
                        if nb == 1 {
                            return Ok(true);
                        }
                        // Possible only when the order is inconsistent.
                        if nb == 0 {
                            return Ok(false);
                        }
                    }
                    a[dest - 1] = a[pa - 1];
                    (dest, pa, na) = (dest - 1, pa - 1, na - 1);
                    if na == 0 {
                        return Ok(false);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        match r {
            // The second run's one item left goes before the rest of the first.
            Ok(true) => {
                a.copy_within(pa - na..pa, dest - na);
                a[dest - na - 1] = tmp[0];
            }
            // Done (or failed): what is left of the second run fills the gap.
            _ => a[dest - nb..dest].copy_from_slice(&tmp[..nb]),
        }
        self.scratch = tmp;
        r.map(|_| ())
    }
}
