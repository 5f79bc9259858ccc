//! `collections.Counter`: a class deriving from `dict` (its instances are dicts with an
//! attribute dict, `subclass.rs`) whose methods are implemented here, after CPython's
//! `Lib/collections/__init__.py`: missing keys count zero, `update`/`subtract` count
//! iterables or add mappings, `most_common`, `elements`, `total`, the multiset operators
//! and inclusion comparisons.

use core::cmp::Ordering;

use crate::builtins::nonnull;
use crate::cell::Global;
use crate::exceptions::{self, raise, raise_type_error};
use crate::func::split_args;
use crate::native::{self, NativeObj};
use crate::object::{Kind, Value};
use crate::ops::{self, BinOp, CmpOp};
use crate::{dict, list, str, tuple};

static COUNTER: Global<Value> = Global::new(Value::NULL);

/// The `Counter` class, made on first use.
pub fn counter_class() -> Value {
    native::collections_dict_class(
        &COUNTER,
        "Counter",
        &[
            ("__init__", counting),
            ("__missing__", missing),
            ("__repr__", repr),
            ("__delitem__", delitem),
            ("update", counting),
            ("subtract", counting),
            ("total", total),
            ("most_common", most_common),
            ("elements", elements),
            ("copy", copy),
            ("fromkeys", fromkeys),
            ("__pos__", pos),
            ("__neg__", neg),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__le__", le),
            ("__lt__", lt),
            ("__ge__", ge),
            ("__gt__", gt),
            ("__add__", operator),
            ("__sub__", operator),
            ("__or__", operator),
            ("__and__", operator),
            ("__iadd__", inplace_operator),
            ("__isub__", inplace_operator),
            ("__ior__", inplace_operator),
            ("__iand__", inplace_operator),
        ],
    )
}

fn is_counter(v: Value) -> bool {
    let c = crate::class::as_class(counter_class());
    !v.is_small_int() && c.is_some_and(|c| v.ty().is_subtype(&c.ty))
}

/// Runs a method body, turning `Err` into the error marker.
fn run(f: impl FnOnce() -> Result<Value, ()>) -> Value {
    f().unwrap_or(Value::NULL)
}

fn count(d: Value, key: Value) -> Result<Value, ()> {
    Ok(dict::table(d).get(key, ops::hash(key)?)?.unwrap_or(Value::small(0)))
}

fn set(d: Value, key: Value, value: Value) -> Result<(), ()> {
    if dict::setitem(d, key, value) { Ok(()) } else { Err(()) }
}

fn items(d: Value) -> Vec<(Value, Value)> {
    dict::table(d).live().map(|e| (e.key, e.value)).collect()
}

fn positive(v: Value) -> Result<bool, ()> {
    ops::compare_bool(CmpOp::Gt, v, Value::small(0))
}

fn binary(op: BinOp, a: Value, b: Value) -> Result<Value, ()> {
    nonnull(ops::binary(op, a, b))
}

/// `Counter(iterable=None, /, **kwds)`, `update(...)` and `subtract(...)` (the method's name
/// says which).
fn counting(o: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    let (pos, kw) = split_args(args, kwnames);
    let name = &o.names[0];
    if pos.len() > 2 {
        let msg = format!("{name}() takes from 1 to 2 positional arguments but {} were given", pos.len());
        return raise_type_error(&msg);
    }
    run(|| {
        count_in(pos[0], pos.get(1).copied(), &kw, name.ends_with("subtract"))?;
        Ok(Value::none())
    })
}

/// `update` (or with `minus`, `subtract`): a mapping's counts are added (an empty counter
/// simply takes them), any other iterable's elements are counted one each; then the
/// keywords as a mapping.
fn count_in(c: Value, source: Option<Value>, kw: &[(&str, Value)], minus: bool) -> Result<(), ()> {
    let op = if minus { BinOp::Sub } else { BinOp::Add };
    if let Some(src) = source.filter(|s| !s.is_none()) {
        if src.kind() == Kind::Dict {
            if !minus && dict::table(c).len() == 0 && !is_counter(src) {
                dict::update(c, src)?;
            } else {
                for (k, n) in items(src) {
                    let old = count(c, k)?;
                    set(c, k, binary(op, old, n)?)?;
                }
            }
        } else {
            for k in crate::iter::collect(src)? {
                let old = count(c, k)?;
                set(c, k, binary(op, old, Value::small(1))?)?;
            }
        }
    }
    for &(k, n) in kw {
        let k = str::new_str(k);
        let old = count(c, k)?;
        set(c, k, binary(op, old, n)?)?;
    }
    Ok(())
}

fn missing(_: &NativeObj, _: &[Value], _: Value) -> Value {
    Value::small(0)
}

/// `del c[key]` ignores a missing key.
fn delitem(_: &NativeObj, args: &[Value], _: Value) -> Value {
    let [c, key] = args else { return raise_type_error("expected 1 argument") };
    run(|| {
        if dict::contains(*c, *key)? && !dict::delitem(*c, *key) {
            return Err(());
        }
        Ok(Value::none())
    })
}

fn total(_: &NativeObj, args: &[Value], _: Value) -> Value {
    run(|| {
        let mut sum = Value::small(0);
        for (_, n) in items(args[0]) {
            sum = binary(BinOp::Add, sum, n)?;
        }
        Ok(sum)
    })
}

/// The items by count, highest first (ties in insertion order).
fn by_count(c: Value) -> Result<Vec<(Value, Value)>, ()> {
    let mut pairs = items(c);
    let mut failed = false;
    pairs.sort_by(|a, b| {
        if failed {
            return Ordering::Equal;
        }
        let less = |x: Value, y: Value| ops::compare_bool(CmpOp::Lt, x, y);
        match (less(b.1, a.1), less(a.1, b.1)) {
            (Ok(true), _) => Ordering::Less,
            (Ok(false), Ok(true)) => Ordering::Greater,
            (Ok(false), Ok(false)) => Ordering::Equal,
            _ => {
                failed = true;
                Ordering::Equal
            }
        }
    });
    if failed { Err(()) } else { Ok(pairs) }
}

fn most_common(_: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    let (pos, kw) = split_args(args, kwnames);
    run(|| {
        let b = crate::args::bind_keywords("most_common", &["n"], 0, &pos[1..], &kw)?;
        let mut pairs = by_count(pos[0])?;
        if let Some(n) = b[0].filter(|n| !n.is_none()) {
            let n = crate::args::ssize(n)?;
            pairs.truncate(n.max(0) as usize);
        }
        Ok(list::new(pairs.into_iter().map(|(k, n)| tuple::new(vec![k, n])).collect()))
    })
}

/// An iterator over each element repeated as many times as its count (none if below one).
fn elements(_: &NativeObj, args: &[Value], _: Value) -> Value {
    run(|| {
        let mut out = Vec::new();
        for (k, n) in items(args[0]) {
            let Some(times) = ops::index_value(n) else {
                raise_type_error(&format!("'{}' object cannot be interpreted as an integer", n.type_name()));
                return Err(());
            };
            for _ in 0..times.max(0) {
                out.push(k);
            }
        }
        Ok(crate::iter::iter(list::new(out)))
    })
}

fn copy(_: &NativeObj, args: &[Value], _: Value) -> Value {
    let c = args[0];
    crate::func::call(Value::from_static(c.ty()), &[c], Value::NULL)
}

fn fromkeys(_: &NativeObj, _: &[Value], _: Value) -> Value {
    raise(&exceptions::NOT_IMPLEMENTED_ERROR, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
}

/// `Counter(...)`'s `repr`: the items by count, as a dict display.
fn repr(_: &NativeObj, args: &[Value], _: Value) -> Value {
    let c = args[0];
    run(|| {
        let name = c.type_name();
        if dict::table(c).len() == 0 {
            return Ok(str::new_str(&format!("{name}()")));
        }
        // Counts that cannot be ordered are shown in insertion order.
        let pairs = match by_count(c) {
            Ok(p) => p,
            Err(()) if exceptions::pending().ty().is_subtype(&exceptions::TYPE_ERROR) => {
                exceptions::take_pending();
                items(c)
            }
            Err(()) => return Err(()),
        };
        let d = dict::new();
        for (k, n) in pairs {
            set(d, k, n)?;
        }
        Ok(str::new_str(&format!("{name}({})", crate::repr::repr_string(d)?)))
    })
}

fn new_counter() -> Value {
    crate::func::call(counter_class(), &[], Value::NULL)
}

/// A binary multiset operator: `NotImplemented` unless both are counters; else a new
/// counter of the positive results of `combine` over the elements of `a`, then of `b`'s
/// other elements.
fn multiset(args: &[Value], combine: fn(Value, Value) -> Result<Value, ()>, only_common: bool) -> Value {
    let [a, b] = args else { return raise_type_error("expected 1 argument") };
    if !is_counter(*b) {
        return Value::from_static(&crate::object::NOT_IMPLEMENTED);
    }
    run(|| {
        let result = nonnull(new_counter())?;
        for (k, n) in items(*a) {
            let r = combine(n, count(*b, k)?)?;
            if positive(r)? {
                set(result, k, r)?;
            }
        }
        if !only_common {
            for (k, n) in items(*b) {
                if !dict::contains(*a, k)? {
                    let r = combine(Value::small(0), n)?;
                    if positive(r)? {
                        set(result, k, r)?;
                    }
                }
            }
        }
        Ok(result)
    })
}

fn max_of(a: Value, b: Value) -> Result<Value, ()> {
    Ok(if ops::compare_bool(CmpOp::Lt, a, b)? { b } else { a })
}

fn min_of(a: Value, b: Value) -> Result<Value, ()> {
    Ok(if ops::compare_bool(CmpOp::Lt, a, b)? { a } else { b })
}

fn add_counts(a: Value, b: Value) -> Result<Value, ()> {
    binary(BinOp::Add, a, b)
}

fn sub_counts(a: Value, b: Value) -> Result<Value, ()> {
    binary(BinOp::Sub, a, b)
}

/// How the multiset operator `op` (`add`, `sub`, `or`, `and`) combines two counts, and
/// whether it keeps only the elements of the left operand.
fn combiner(op: &str) -> (fn(Value, Value) -> Result<Value, ()>, bool) {
    match op {
        "add" => (add_counts, false),
        "sub" => (sub_counts, false),
        "or" => (max_of, false),
        _ => (min_of, true),
    }
}

/// `__add__`, `__sub__`, `__or__`, `__and__` (the method's name says which).
fn operator(o: &NativeObj, args: &[Value], _: Value) -> Value {
    let op = o.names[0].trim_start_matches("Counter.__").trim_end_matches("__");
    let (combine, only_common) = combiner(op);
    multiset(args, combine, only_common)
}

/// `+c` / `-c`: a new counter of the positive counts (of the negated ones for `-`).
fn unary(c: Value, negate: bool) -> Value {
    run(|| {
        let result = nonnull(new_counter())?;
        for (k, n) in items(c) {
            let v = if negate { binary(BinOp::Sub, Value::small(0), n)? } else { n };
            if positive(v)? {
                set(result, k, v)?;
            }
        }
        Ok(result)
    })
}

fn pos(_: &NativeObj, args: &[Value], _: Value) -> Value {
    unary(args[0], false)
}

fn neg(_: &NativeObj, args: &[Value], _: Value) -> Value {
    unary(args[0], true)
}

/// An in-place operator: the counter itself, changed by `op` per element of the other,
/// then only its positive counts kept.
fn inplace(args: &[Value], op: fn(Value, Value) -> Result<Value, ()>, only_common: bool) -> Value {
    let [a, b] = args else { return raise_type_error("expected 1 argument") };
    if !is_counter(*b) {
        return Value::from_static(&crate::object::NOT_IMPLEMENTED);
    }
    run(|| {
        if only_common {
            for (k, n) in items(*a) {
                set(*a, k, op(n, count(*b, k)?)?)?;
            }
        } else {
            for (k, n) in items(*b) {
                let old = count(*a, k)?;
                set(*a, k, op(old, n)?)?;
            }
        }
        for (k, n) in items(*a) {
            if !positive(n)? && !dict::delitem(*a, k) {
                return Err(());
            }
        }
        Ok(*a)
    })
}

/// `__iadd__`, `__isub__`, `__ior__`, `__iand__`.
fn inplace_operator(o: &NativeObj, args: &[Value], _: Value) -> Value {
    let op = o.names[0].trim_start_matches("Counter.__i").trim_end_matches("__");
    let (combine, only_common) = combiner(op);
    inplace(args, combine, only_common)
}

/// Whether `test(a[e], b[e])` holds for every element of either (missing ones count zero).
fn all_counts(args: &[Value], test: fn(Value, Value) -> Result<bool, ()>) -> Value {
    let [a, b] = args else { return raise_type_error("expected 1 argument") };
    if !is_counter(*b) {
        return Value::from_static(&crate::object::NOT_IMPLEMENTED);
    }
    run(|| {
        for c in [*a, *b] {
            for k in dict::keys(c) {
                if !test(count(*a, k)?, count(*b, k)?)? {
                    return Ok(Value::bool(false));
                }
            }
        }
        Ok(Value::bool(true))
    })
}

fn eq(_: &NativeObj, args: &[Value], _: Value) -> Value {
    all_counts(args, ops::eq)
}

fn ne(o: &NativeObj, args: &[Value], kw: Value) -> Value {
    native::negated(eq(o, args, kw))
}

fn le(_: &NativeObj, args: &[Value], _: Value) -> Value {
    all_counts(args, |a, b| ops::compare_bool(CmpOp::Le, a, b))
}

fn ge(_: &NativeObj, args: &[Value], _: Value) -> Value {
    all_counts(args, |a, b| ops::compare_bool(CmpOp::Ge, a, b))
}

/// `a < b`: `a <= b` and `a != b`.
fn lt(o: &NativeObj, args: &[Value], kw: Value) -> Value {
    strict(le(o, args, kw), o, args, kw)
}

fn gt(o: &NativeObj, args: &[Value], kw: Value) -> Value {
    strict(ge(o, args, kw), o, args, kw)
}

fn strict(inclusion: Value, o: &NativeObj, args: &[Value], kw: Value) -> Value {
    if inclusion != Value::bool(true) {
        return inclusion;
    }
    ne(o, args, kw)
}
