//! Operators on `Dyn` values: Python's dispatch over the builtin types (DESIGN.md §4).
//!
//! Operator codes are shared with the compiler: `BinOp` and `CmpOp` here mirror
//! `krait_lower::mir::syntax::{BinOp, CmpOp}` discriminant for discriminant.

use core::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::exceptions::{self, raise, raise_type_error};
use crate::float;
use crate::int;
use crate::object::{BoolObj, Kind, Value};
use crate::{dict, list, str, tuple};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u32)]
pub enum BinOp {
    Add = 0,
    Sub = 1,
    Mul = 2,
    TrueDiv = 3,
    FloorDiv = 4,
    Mod = 5,
    Pow = 6,
    LShift = 7,
    RShift = 8,
    BitAnd = 9,
    BitOr = 10,
    BitXor = 11,
    MatMul = 12,
}

impl BinOp {
    pub fn from_code(code: u32) -> BinOp {
        use BinOp::{Add, BitAnd, BitOr, BitXor, FloorDiv, LShift, MatMul, Mod, Mul, Pow, RShift, Sub, TrueDiv};
        [Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, BitAnd, BitOr, BitXor, MatMul][code as usize]
    }

    pub fn symbol(self) -> &'static str {
        use BinOp::{Add, BitAnd, BitOr, BitXor, FloorDiv, LShift, MatMul, Mod, Mul, Pow, RShift, Sub, TrueDiv};
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            TrueDiv => "/",
            FloorDiv => "//",
            Mod => "%",
            Pow => "** or pow()",
            LShift => "<<",
            RShift => ">>",
            BitAnd => "&",
            BitOr => "|",
            BitXor => "^",
            MatMul => "@",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u32)]
pub enum CmpOp {
    Eq = 0,
    Ne = 1,
    Lt = 2,
    Le = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    pub fn from_code(code: u32) -> CmpOp {
        use CmpOp::{Eq, Ge, Gt, Le, Lt, Ne};
        [Eq, Ne, Lt, Le, Gt, Ge][code as usize]
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    pub fn test(self, o: Ordering) -> bool {
        match self {
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        }
    }
}

pub fn bool_value(v: Value) -> bool {
    // SAFETY: callers check the kind is Bool.
    unsafe { v.obj::<BoolObj>() }.value
}

/// The integer value of an int or bool (for indexing), if it fits in an i128; an object
/// with `__index__` gives that method's result (an error in it reads as "not an integer").
pub fn index_value(v: Value) -> Option<i128> {
    if v.is_small_int() {
        return Some(i128::from(v.as_small()));
    }
    match v.kind() {
        Kind::Bool => Some(i128::from(bool_value(v))),
        Kind::Int => int::to_big(v).to_i128(),
        Kind::Instance => match user_index(v) {
            Ok(Some(i)) => index_value(i),
            Ok(None) => None,
            Err(()) => {
                exceptions::take_pending();
                None
            }
        },
        _ => None,
    }
}

/// `v.__index__()` for an instance of a class defining it: the int it returned, or `Err`
/// with the exception pending (its own, or CPython's for a result that is not an int);
/// `Ok(None)` when `v` has no `__index__`.
pub fn user_index(v: Value) -> Result<Option<Value>, ()> {
    if v.is_small_int() || v.kind() != Kind::Instance {
        return Ok(None);
    }
    let Some(r) = crate::class::call_special(v, "__index__", &[]) else { return Ok(None) };
    if r.is_null() {
        return Err(());
    }
    if !int::is_int(r) {
        raise_type_error(&format!("__index__ returned non-int (type {})", r.type_name()));
        return Err(());
    }
    Ok(Some(r))
}

/// A number viewed for arithmetic: ints (and bools) exactly, floats as f64.
enum Num {
    Int(Value),
    Float(f64),
}

fn as_num(v: Value) -> Option<Num> {
    if v.is_small_int() {
        return Some(Num::Int(v));
    }
    match v.kind() {
        Kind::Int => Some(Num::Int(v)),
        Kind::Bool => Some(Num::Int(Value::small(i64::from(bool_value(v))))),
        Kind::Float => Some(Num::Float(float::value(v))),
        _ => None,
    }
}

/// The `TypeError` of `a op b` (`op=` with `inplace`) when the operands' methods returned
/// `NotImplemented`, for compiled code that called a sealed class's method directly.
#[unsafe(no_mangle)]
pub extern "C" fn krait_unsupported_binary(op: u32, a: Value, b: Value, inplace: bool) -> Value {
    unsupported(&operator_name(BinOp::from_code(op), inplace), a, b)
}

fn unsupported(op: &str, a: Value, b: Value) -> Value {
    raise_type_error(&format!("unsupported operand type(s) for {op}: '{}' and '{}'", a.type_name(), b.type_name()))
}

fn float_result(r: Result<f64, ()>) -> Value {
    r.map_or(Value::NULL, float::new)
}

fn to_f64(n: &Num) -> Result<f64, ()> {
    match *n {
        Num::Int(v) => int::to_f64(v),
        Num::Float(f) => Ok(f),
    }
}

fn int_bitwise(op: BinOp, a: Value, b: Value) -> Value {
    if let Some((x, y)) = int::both_medium(a, b) {
        match op {
            BinOp::BitAnd => return int::from_i128(x & y),
            BinOp::BitOr => return int::from_i128(x | y),
            BinOp::BitXor => return int::from_i128(x ^ y),
            // Arithmetic shifts round toward negative infinity, as Python's do.
            BinOp::RShift if y >= 0 => return int::from_i128(x >> y.min(127)),
            BinOp::LShift if (0..127).contains(&y) && (x << y) >> y == x => return int::from_i128(x << y),
            _ => {}
        }
    }
    let (x, y) = (int::to_big(a), int::to_big(b));
    match op {
        BinOp::BitAnd => int::from_big(x & y),
        BinOp::BitOr => int::from_big(x | y),
        BinOp::BitXor => int::from_big(x ^ y),
        BinOp::LShift | BinOp::RShift => {
            if y.is_negative() {
                return raise(&exceptions::VALUE_ERROR, "negative shift count");
            }
            if op == BinOp::RShift {
                let Some(s) = y.to_u64() else {
                    return int::from_i64(if x.is_negative() { -1 } else { 0 });
                };
                // Floor semantics: BigInt's >> rounds toward negative infinity.
                return int::from_big(x >> s);
            }
            if x.is_zero() {
                return int::from_i64(0);
            }
            match y.to_u64() {
                Some(s) if s < (1 << 40) => int::from_big(x << s),
                _ => raise(&exceptions::OVERFLOW_ERROR, "too many digits in integer"),
            }
        }
        _ => unreachable!(),
    }
}

/// `a op b` on two numbers.
fn numeric(op: BinOp, a: &Num, b: &Num) -> Option<Value> {
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        let (x, y) = (*x, *y);
        return Some(match op {
            BinOp::Add => int::add(x, y),
            BinOp::Sub => int::sub(x, y),
            BinOp::Mul => int::mul(x, y),
            BinOp::TrueDiv => float_result(int::truediv(x, y)),
            BinOp::FloorDiv => int::floordiv(x, y),
            BinOp::Mod => int::rem(x, y),
            BinOp::Pow => int::pow(x, y),
            BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => int_bitwise(op, x, y),
            BinOp::MatMul => return None,
        });
    }
    let (Ok(x), Ok(y)) = (to_f64(a), to_f64(b)) else { return Some(Value::NULL) };
    Some(match op {
        BinOp::Add => float::new(x + y),
        BinOp::Sub => float::new(x - y),
        BinOp::Mul => float::new(x * y),
        BinOp::TrueDiv => float_result(float::truediv(x, y)),
        BinOp::FloorDiv => float_result(float::floordiv(x, y)),
        BinOp::Mod => float_result(float::rem(x, y)),
        BinOp::Pow => float_result(float::pow(x, y)),
        _ => return None,
    })
}

fn repeat_count(n: Value) -> Option<i128> {
    if n.kind() == Kind::Instance {
        return index_value(n);
    }
    if int::is_int(n) {
        Some(index_value(n).unwrap_or(if int::to_big(n).is_negative() { 0 } else { i128::MAX }))
    } else {
        None
    }
}

fn repeat_seq(seq: Value, n: i128) -> Value {
    if n > i128::from(i64::MAX) {
        return raise(&exceptions::OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
    }
    match seq.kind() {
        Kind::Str => str::repeat(seq, n),
        Kind::Bytes => crate::bytes::repeat(seq, n),
        Kind::List | Kind::Tuple => {
            let items: &[Value] = if seq.kind() == Kind::List { list::items(seq) } else { tuple::items(seq) };
            let n = n.max(0) as usize;
            if crate::args::check_size(items.len() as u128 * n as u128 * 8).is_err() {
                return Value::NULL;
            }
            let total = items.len() * n;
            let mut out = Vec::with_capacity(total);
            if let [item] = items {
                out.resize(total, *item);
            } else if total > 0 {
                // Doubling copies: a few large moves instead of `n` small ones.
                out.extend_from_slice(items);
                while out.len() < total {
                    let more = out.len().min(total - out.len());
                    out.extend_from_within(..more);
                }
            }
            if seq.kind() == Kind::List { list::new(out) } else { tuple::new(out) }
        }
        _ => Value::NULL,
    }
}

/// `a op b` for any two values.
pub fn binary(op: BinOp, a: Value, b: Value) -> Value {
    binary_as(op, a, b, false)
}

/// The operator as CPython's `TypeError` names it: `+`, or `+=` for the in-place form.
fn operator_name(op: BinOp, inplace: bool) -> String {
    match (op, inplace) {
        (_, false) => op.symbol().to_string(),
        (BinOp::Pow, true) => "**=".to_string(),
        (_, true) => format!("{}=", op.symbol()),
    }
}

/// `a op b` of two floats for `+ - *`, the commonest dynamically typed arithmetic, before
/// any dispatch.
#[inline]
fn float_fast_path(op: BinOp, a: Value, b: Value) -> Option<Value> {
    if !a.has_type(&float::FLOAT_TYPE) || !b.has_type(&float::FLOAT_TYPE) {
        return None;
    }
    let (x, y) = (float::value(a), float::value(b));
    match op {
        BinOp::Add => Some(float::new(x + y)),
        BinOp::Sub => Some(float::new(x - y)),
        BinOp::Mul => Some(float::new(x * y)),
        BinOp::TrueDiv if y != 0.0 => Some(float::new(x / y)),
        // A positive finite base to a finite power, when the result is finite (else the
        // general path decides between inf, OverflowError and the rest).
        BinOp::Pow if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            r.is_finite().then(|| float::new(r))
        }
        _ => None,
    }
}

/// `a op b`, or the fallback of `a op= b` (`inplace`) for types without an in-place form.
fn binary_as(op: BinOp, a: Value, b: Value, inplace: bool) -> Value {
    if let Some(r) = float_fast_path(op, a, b) {
        return r;
    }
    // Two ints (not bools or subclasses): no special method to look for.
    let exact_int = |v: Value| v.is_small_int() || v.has_type(&int::INT_TYPE);
    if exact_int(a)
        && exact_int(b)
        && let Some(r) = numeric(op, &Num::Int(a), &Num::Int(b))
    {
        return r;
    }
    if let Some(r) = crate::class::binary(op, a, b, inplace) {
        return r;
    }
    // `&`, `|` and `^` of two bools are bools.
    if matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) && a.kind() == Kind::Bool && b.kind() == Kind::Bool {
        let (x, y) = (bool_value(a), bool_value(b));
        return Value::bool(match op {
            BinOp::BitAnd => x & y,
            BinOp::BitOr => x | y,
            _ => x ^ y,
        });
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        if let Some(r) = numeric(op, &x, &y) {
            return r;
        }
        return unsupported(&operator_name(op, inplace), a, b);
    }
    let (ka, kb) = (a.kind(), b.kind());
    if ka == Kind::Bytes
        && let Some(r) = crate::bytes::binary(op, a, b)
    {
        return r;
    }
    if matches!(ka, Kind::Set | Kind::DictView) || matches!(kb, Kind::Set | Kind::DictView) {
        let r = crate::set::binary(op, a, b).or_else(|| crate::set::view_binary(op, a, b));
        if let Some(r) = r {
            return r.unwrap_or(Value::NULL);
        }
    }
    match op {
        BinOp::Add => match (ka, kb) {
            (Kind::Str, Kind::Str) => return str::concat(a, b),
            (Kind::List, Kind::List) => {
                let mut v = list::items(a).clone();
                v.extend_from_slice(list::items(b));
                return list::new(v);
            }
            (Kind::Tuple, Kind::Tuple) => {
                let mut v = tuple::items(a).to_vec();
                v.extend_from_slice(tuple::items(b));
                return tuple::new(v);
            }
            (Kind::Str | Kind::List | Kind::Tuple, _) => {
                let what = a.type_name();
                return raise_type_error(&format!("can only concatenate {what} (not \"{}\") to {what}", b.type_name()));
            }
            _ => {}
        },
        BinOp::Mul => {
            if matches!(ka, Kind::Str | Kind::Bytes | Kind::List | Kind::Tuple) {
                if let Some(n) = repeat_count(b) {
                    return repeat_seq(a, n);
                }
                return raise_type_error(&format!("can't multiply sequence by non-int of type '{}'", b.type_name()));
            }
            if matches!(kb, Kind::Str | Kind::Bytes | Kind::List | Kind::Tuple) {
                if let Some(n) = repeat_count(a) {
                    return repeat_seq(b, n);
                }
                return raise_type_error(&format!("can't multiply sequence by non-int of type '{}'", a.type_name()));
            }
        }
        BinOp::Mod if ka == Kind::Str => return crate::format::percent(a, b),
        BinOp::BitOr if let Some(u) = crate::modules::typing::type_union(a, b) => return u,
        BinOp::BitOr if ka == Kind::Dict && kb == Kind::Dict => {
            let d = dict::new();
            if dict::update(d, a).is_err() || dict::update(d, b).is_err() {
                return Value::NULL;
            }
            return d;
        }
        _ => {}
    }
    unsupported(&operator_name(op, inplace), a, b)
}

/// In-place `a op= b`: mutates lists for `+=`; otherwise as `binary`.
pub fn inplace(op: BinOp, a: Value, b: Value) -> Value {
    if let Some(r) = float_fast_path(op, a, b) {
        return r;
    }
    if op == BinOp::Add && a.kind() == Kind::List {
        let Ok(items) = crate::iter::collect(b) else { return Value::NULL };
        list::items(a).extend(items);
        return a;
    }
    // `xs *= n` repeats the list in place.
    if op == BinOp::Mul && a.kind() == Kind::List {
        let Some(n) = repeat_count(b) else {
            return raise_type_error(&format!("can't multiply sequence by non-int of type '{}'", b.type_name()));
        };
        let r = repeat_seq(a, n);
        if r.is_null() {
            return r;
        }
        let repeated = list::items(r).clone();
        *list::items(a) = repeated;
        return a;
    }
    // `d |= x` is `d.update(x)`: any mapping or iterable of pairs, unlike `d | x`.
    if op == BinOp::BitOr && a.kind() == Kind::Dict {
        return if dict::update(a, b).is_ok() { a } else { Value::NULL };
    }
    if let Some(r) = crate::set::inplace(op, a, b) {
        return r.unwrap_or(Value::NULL);
    }
    if let Some(r) = crate::bytes::inplace(op, a, b) {
        return r;
    }
    binary_as(op, a, b, true)
}

/// Compares an int with a float exactly, as CPython does (no rounding of big ints).
fn cmp_int_float(i: Value, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if let Some(x) = int::to_i64(i)
        && x.unsigned_abs() < (1 << 53)
    {
        return (x as f64).partial_cmp(&f);
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let big = int::to_big(i);
    let fl = f.floor();
    let fl_int = match int::to_big(float::to_int(fl)) {
        b if !b.is_zero() || fl == 0.0 => b,
        b => b,
    };
    match big.cmp(&fl_int) {
        Ordering::Equal if f > fl => Some(Ordering::Less),
        o => Some(o),
    }
}

fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(int::cmp(*x, *y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Int(x), Num::Float(y)) => cmp_int_float(*x, *y),
        (Num::Float(x), Num::Int(y)) => cmp_int_float(*y, *x).map(Ordering::reverse),
    }
}

fn seq_items(v: Value) -> &'static [Value] {
    if v.kind() == Kind::List { list::items(v) } else { tuple::items(v) }
}

/// `x in seq` for a list or tuple, as CPython's `list_contains`: item by item while the
/// sequence is that long (a comparison may change a list), identical items equal.
fn seq_contains(seq: Value, x: Value) -> Result<bool, ()> {
    let mut i = 0;
    while let Some(&item) = seq_items(seq).get(i) {
        if item == x || eq(item, x)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

/// Lexicographic comparison of two sequences, Python-style: the first unequal pair decides.
fn seq_compare(op: CmpOp, a: &[Value], b: &[Value]) -> Result<bool, ()> {
    for (x, y) in a.iter().zip(b.iter()) {
        if !eq(*x, *y)? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => compare_bool(op, *x, *y),
            };
        }
    }
    Ok(op.test(a.len().cmp(&b.len())))
}

/// `a op b` as a Rust bool.
pub fn compare_bool(op: CmpOp, a: Value, b: Value) -> Result<bool, ()> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(op.test(a.as_small().cmp(&b.as_small())));
    }
    if let Some(r) = float_compare(op, a, b) {
        return Ok(r);
    }
    // A class's comparison methods come first, for subclasses of builtin types too.
    if let Some(r) = crate::class::compare(op, a, b) {
        return r;
    }
    compare_builtin(op, a, b)
}

/// `a op b` of two floats (not of a subclass), as IEEE comparisons (NaN unordered).
#[inline]
fn float_compare(op: CmpOp, a: Value, b: Value) -> Option<bool> {
    if !a.has_type(&float::FLOAT_TYPE) || !b.has_type(&float::FLOAT_TYPE) {
        return None;
    }
    let (x, y) = (float::value(a), float::value(b));
    Some(match op {
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    })
}

/// `a op b` by the builtin types' own rules (neither operand's class has a method for it,
/// or a builtin type's comparison method is running).
pub fn compare_builtin(op: CmpOp, a: Value, b: Value) -> Result<bool, ()> {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(match num_cmp(&x, &y) {
            Some(o) => op.test(o),
            None => op == CmpOp::Ne,
        });
    }
    let (ka, kb) = (a.kind(), b.kind());
    match (ka, kb) {
        (Kind::Str, Kind::Str) => return Ok(op.test(str::as_str(a).cmp(str::as_str(b)))),
        (Kind::Bytes, Kind::Bytes) => return Ok(crate::bytes::compare(op, a, b).unwrap_or(false)),
        (Kind::List, Kind::List) | (Kind::Tuple, Kind::Tuple) => {
            if a == b && matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(op == CmpOp::Eq);
            }
            return seq_compare(op, seq_items(a), seq_items(b));
        }
        (Kind::Dict, Kind::Dict) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let equal = dict_eq(a, b)?;
            return Ok(equal == (op == CmpOp::Eq));
        }
        (Kind::Set, Kind::Set) => {
            if let Some(r) = crate::set::compare(op, a, b) {
                return r;
            }
        }
        (Kind::Set | Kind::DictView, Kind::Set | Kind::DictView)
            if a.type_name() != "dict_values" && b.type_name() != "dict_values" =>
        {
            let as_set = |v: Value| if v.kind() == Kind::Set { Ok(v) } else { crate::set::from_view(v) };
            if let Some(r) = crate::set::compare(op, as_set(a)?, as_set(b)?) {
                return r;
            }
        }
        // Slices compare as the tuples of their bounds.
        (Kind::Slice, Kind::Slice) => {
            let (x, y) = (crate::slice::obj(a), crate::slice::obj(b));
            return seq_compare(op, &[x.start, x.stop, x.step], &[y.start, y.stop, y.step]);
        }
        (Kind::Range, Kind::Range) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let (x, y) = (crate::range::obj(a), crate::range::obj(b));
            let (lx, ly) = (crate::range::len(a), crate::range::len(b));
            let same = lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)));
            return Ok(same == (op == CmpOp::Eq));
        }
        _ => {}
    }
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && crate::native::is_generic_alias(a) && crate::native::is_generic_alias(b) {
        return crate::native::alias_eq(a, b).map(|e| e == (op == CmpOp::Eq));
    }
    match op {
        CmpOp::Eq => Ok(a == b),
        CmpOp::Ne => Ok(a != b),
        _ => {
            raise_type_error(&format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            ));
            Err(())
        }
    }
}

fn dict_eq(a: Value, b: Value) -> Result<bool, ()> {
    let (ta, tb) = (dict::table(a), dict::table(b));
    if ta.len() != tb.len() {
        return Ok(false);
    }
    let entries: Vec<dict::Entry> = ta.live().copied().collect();
    for e in entries {
        match dict::table(b).get(e.key, e.hash)? {
            Some(v) if eq(e.value, v)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// Equality as containers test it (`PyObject_RichCompareBool`): identity implies equality,
/// even for a NaN.
pub fn eq(a: Value, b: Value) -> Result<bool, ()> {
    if a == b {
        return Ok(true);
    }
    compare_bool(CmpOp::Eq, a, b)
}

/// `bool(v)`.
pub fn truthy(v: Value) -> Result<bool, ()> {
    if v.is_small_int() {
        return Ok(v.as_small() != 0);
    }
    if crate::subclass::is_instance(v)
        && (crate::class::special(v, "__bool__").is_some() || crate::class::special(v, "__len__").is_some())
    {
        return crate::class::truthy(v);
    }
    Ok(match v.kind() {
        Kind::Bool => bool_value(v),
        Kind::NoneType => false,
        Kind::Int => true,
        Kind::Float => float::value(v) != 0.0,
        Kind::Str => str::char_len(v) != 0,
        Kind::Bytes => !crate::bytes::data(v).is_empty(),
        Kind::List => list::len(v) != 0,
        Kind::Tuple => !tuple::items(v).is_empty(),
        Kind::Dict => !dict::table(v).is_empty(),
        Kind::DictView => !dict::table(dict::view_dict(v)).is_empty(),
        Kind::Set => !crate::set::table(v).is_empty(),
        Kind::Range => crate::range::len(v) != 0,
        Kind::Instance => return crate::class::truthy(v),
        _ => true,
    })
}

/// `hash(v)`.
#[inline]
pub fn hash(v: Value) -> Result<i64, ()> {
    if v.is_small_int() {
        return Ok(int::hash(v));
    }
    hash_object(v)
}

/// `hash` of a value that is an object.
fn hash_object(v: Value) -> Result<i64, ()> {
    match v.kind() {
        Kind::Int | Kind::Bool => Ok(int::hash(v)),
        Kind::Float => Ok(float::hash(float::value(v))),
        Kind::Str => Ok(str::hash(v)),
        Kind::Bytes => crate::bytes::hash(v),
        Kind::Tuple => tuple::hash(v),
        // Slices are hashable since 3.12: their bounds combined as a tuple's items are.
        Kind::Slice => {
            let s = crate::slice::obj(v);
            tuple::combine_hashes(&[s.start, s.stop, s.step], false)
        }
        Kind::NoneType => Ok(0xFCA8_6420),
        Kind::Instance => crate::class::hash(v),
        Kind::Native if crate::native::is_generic_alias(v) => {
            let items = [crate::func::getattr(v, "__origin__"), crate::func::getattr(v, "__args__")];
            tuple::combine_hashes(&items, true)
        }
        // As CPython: the hash of (len, start, step), with start and step None where the
        // length makes them irrelevant, so equal ranges hash equally.
        Kind::Range => {
            let r = crate::range::obj(v);
            let n = crate::range::len(v);
            let (start, step) = match n {
                0 => (Value::none(), Value::none()),
                1 => (int::from_i128(r.start), Value::none()),
                _ => (int::from_i128(r.start), int::from_i128(r.step)),
            };
            tuple::combine_hashes(&[int::from_i128(n), start, step], true)
        }
        Kind::Set if crate::set::is_frozen(v) => Ok(crate::set::hash(v)),
        Kind::List | Kind::Dict | Kind::Set => {
            raise_type_error(&format!("unhashable type: '{}'", v.type_name()));
            Err(())
        }
        // Identity hash, like object.__hash__: the address shifted to drop alignment zeros.
        _ => Ok((v.0 >> 4) as i64),
    }
}

/// `len(v)`.
pub fn len(v: Value) -> Result<usize, ()> {
    if crate::subclass::is_instance(v) && crate::class::special(v, "__len__").is_some() {
        return crate::class::len(v);
    }
    Ok(match v.kind() {
        Kind::Str => str::char_len(v),
        Kind::Bytes => crate::bytes::data(v).len(),
        Kind::List => list::len(v),
        Kind::Tuple => tuple::items(v).len(),
        Kind::Dict => dict::table(v).len(),
        Kind::DictView => dict::table(dict::view_dict(v)).len(),
        Kind::Set => crate::set::table(v).len(),
        Kind::Range => {
            let n = crate::range::len(v);
            if n > isize::MAX as i128 {
                raise(&exceptions::OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
                return Err(());
            }
            n as usize
        }
        Kind::Instance => return crate::class::len(v),
        Kind::Type if let Some(c) = crate::modules::enum_::as_enum(v) => crate::modules::enum_::members(c).len(),
        _ => {
            raise_type_error(&format!("object of type '{}' has no len()", v.type_name()));
            return Err(());
        }
    })
}

/// `x in container`.
pub fn contains(container: Value, x: Value) -> Result<bool, ()> {
    // The builtin containers themselves first: no special method to look up.
    if !container.is_small_int() {
        let ty = container.ty();
        if core::ptr::eq(ty, &crate::set::SET_TYPE) || core::ptr::eq(ty, &crate::set::FROZENSET_TYPE) {
            return crate::set::contains(container, x);
        }
        if core::ptr::eq(ty, &dict::DICT_TYPE) {
            return dict::contains(container, x);
        }
        if core::ptr::eq(ty, &list::LIST_TYPE) || core::ptr::eq(ty, &tuple::TUPLE_TYPE) {
            return seq_contains(container, x);
        }
    }
    if let Some(c) = crate::modules::enum_::as_enum(container) {
        // 3.12: a member, or a member's value.
        for m in crate::modules::enum_::members(c) {
            if m == x || eq(crate::func::getattr(m, "_value_"), x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = crate::class::call_special(container, "__contains__", &[x]) {
        return if r.is_null() { Err(()) } else { truthy(r) };
    }
    match container.kind() {
        Kind::Str => str::contains(container, x),
        Kind::Bytes => crate::bytes::contains(container, x),
        Kind::List | Kind::Tuple => seq_contains(container, x),
        Kind::Dict => dict::contains(container, x),
        Kind::Set => crate::set::contains(container, x),
        Kind::DictView => {
            let d = dict::view_dict(container);
            match container.type_name() {
                "dict_keys" => dict::contains(d, x),
                _ => {
                    for item in crate::iter::collect(container)? {
                        if eq(item, x)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
            }
        }
        Kind::Range => crate::range::contains(container, x),
        // Any other iterable is searched by iterating it (an iterator is consumed up to the match).
        _ if crate::iter::is_iterable(container) => {
            let it = crate::iter::iter(container);
            if it.is_null() {
                return Err(());
            }
            while let Some(item) = crate::iter::next(it)? {
                if item == x || eq(item, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            raise_type_error(&format!("argument of type '{}' is not iterable", container.type_name()));
            Err(())
        }
    }
}

pub fn getitem(v: Value, index: Value) -> Value {
    // A list or tuple (not of a subclass) by an int: straight to the item.
    if index.is_small_int() && !v.is_small_int() {
        if core::ptr::eq(v.ty(), &list::LIST_TYPE) {
            return list::getitem(v, index);
        }
        if core::ptr::eq(v.ty(), &crate::tuple::TUPLE_TYPE) {
            return tuple::getitem(v, index);
        }
    }
    if !v.is_small_int() && core::ptr::eq(v.ty(), &dict::DICT_TYPE) {
        return dict::getitem(v, index);
    }
    if let Some(c) = crate::modules::enum_::as_enum(v) {
        return crate::modules::enum_::lookup_name(c, index);
    }
    if let Some(r) = crate::class::call_special(v, "__getitem__", &[index]) {
        return r;
    }
    // `list[int]`: a generic alias of a builtin container type (or of `type`).
    if v.kind() == Kind::Type && crate::class::as_class(v).is_none() {
        // SAFETY: kind Type means the value is a TypeObject.
        let name = unsafe { v.obj::<crate::object::TypeObject>() }.name;
        if matches!(name, "list" | "dict" | "tuple" | "set" | "frozenset" | "type") {
            return crate::native::generic_alias(v, index);
        }
    }
    if index.kind() == Kind::Slice && matches!(v.kind(), Kind::List | Kind::Tuple | Kind::Str | Kind::Range) {
        let s = crate::slice::obj(index);
        return builtin_getslice(v, s.start, s.stop, s.step);
    }
    match v.kind() {
        Kind::List => list::getitem(v, index),
        Kind::Tuple => tuple::getitem(v, index),
        Kind::Str => str::getitem(v, index),
        Kind::Bytes => crate::bytes::getitem(v, index),
        Kind::Dict => dict::getitem(v, index),
        Kind::Range => crate::range::getitem(v, index),
        // `Optional[int]`, `Generic[T]`, a class's `__class_getitem__`.
        Kind::Native if let Some(r) = crate::modules::typing::subscript(v, index) => r,
        Kind::Native if let Some(r) = crate::modules::dataclasses::subscript(v, index) => r,
        Kind::Type if let Some(r) = crate::class::class_getitem(v, index) => r,
        _ => raise_type_error(&format!("'{}' object is not subscriptable", v.type_name())),
    }
}

pub fn setitem(v: Value, index: Value, value: Value) -> bool {
    if !v.is_small_int() {
        if core::ptr::eq(v.ty(), &list::LIST_TYPE) {
            return list::setitem(v, index, value);
        }
        if core::ptr::eq(v.ty(), &dict::DICT_TYPE) {
            return dict::setitem(v, index, value);
        }
    }
    if let Some(r) = crate::class::call_special(v, "__setitem__", &[index, value]) {
        return !r.is_null();
    }
    match v.kind() {
        Kind::List => list::setitem(v, index, value),
        Kind::Dict => dict::setitem(v, index, value),
        Kind::Bytes if crate::bytes::is_bytearray(v) => crate::bytes::setitem(v, index, value),
        _ => {
            raise_type_error(&format!("'{}' object does not support item assignment", v.type_name()));
            false
        }
    }
}

pub fn delitem(v: Value, index: Value) -> bool {
    if let Some(r) = crate::class::call_special(v, "__delitem__", &[index]) {
        return !r.is_null();
    }
    match v.kind() {
        Kind::List if index.kind() == Kind::Slice => list::del_slice(v, index),
        Kind::List => {
            let Some(i) = crate::args::seq_index(index) else {
                raise_type_error(&format!("list indices must be integers or slices, not {}", index.type_name()));
                return false;
            };
            let xs = list::items(v);
            match list::norm_index(i, xs.len()) {
                Some(j) => {
                    xs.remove(j);
                    true
                }
                None => {
                    crate::args::index_error(index, "list assignment index out of range");
                    false
                }
            }
        }
        Kind::Dict => dict::delitem(v, index),
        Kind::Bytes if crate::bytes::is_bytearray(v) => crate::bytes::delitem(v, index),
        _ => {
            raise_type_error(&format!("'{}' object doesn't support item deletion", v.type_name()));
            false
        }
    }
}

/// `v[start:stop:step]`: a builtin sequence's own slicing, else `__getitem__` with a
/// slice object (user classes, and builtin subclasses that may override it).
pub fn getslice(v: Value, start: Value, stop: Value, step: Value) -> Value {
    if v.is_small_int()
        || v.ty().user
        || !matches!(v.kind(), Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::Range)
    {
        return getitem(v, crate::slice::new(start, stop, step));
    }
    builtin_getslice(v, start, stop, step)
}

fn builtin_getslice(v: Value, start: Value, stop: Value, step: Value) -> Value {
    match v.kind() {
        Kind::List => list::getslice(v, start, stop, step),
        Kind::Tuple => tuple::getslice(v, start, stop, step),
        Kind::Str => str::getslice(v, start, stop, step),
        Kind::Bytes => crate::bytes::getslice(v, start, stop, step),
        Kind::Range => {
            let r = crate::range::obj(v);
            let Ok(b) = crate::slice::resolve(start, stop, step, crate::range::len(v) as usize) else {
                return Value::NULL;
            };
            // As CPython: the new bounds are the old range at the slice's resolved bounds.
            let at = |i: isize| int::from_i128(r.start + i as i128 * r.step);
            crate::range::new(&[at(b.start), at(b.stop), int::from_i128(r.step * b.step as i128)])
        }
        _ => raise_type_error(&format!("'{}' object is not subscriptable", v.type_name())),
    }
}

pub fn neg(v: Value) -> Value {
    if let Some(r) = crate::class::unary(v, "__neg__") {
        return r;
    }
    match as_num(v) {
        Some(Num::Int(i)) => int::neg(i),
        Some(Num::Float(f)) => float::new(-f),
        None => raise_type_error(&format!("bad operand type for unary -: '{}'", v.type_name())),
    }
}

pub fn pos(v: Value) -> Value {
    if let Some(r) = crate::class::unary(v, "__pos__") {
        return r;
    }
    match as_num(v) {
        Some(Num::Int(i)) => i,
        Some(Num::Float(_)) => v,
        None => raise_type_error(&format!("bad operand type for unary +: '{}'", v.type_name())),
    }
}

pub fn invert(v: Value) -> Value {
    if let Some(r) = crate::class::unary(v, "__invert__") {
        return r;
    }
    match as_num(v) {
        Some(Num::Int(i)) => int::from_big(-(int::to_big(i)) - BigInt::from(1)),
        _ => raise_type_error(&format!("bad operand type for unary ~: '{}'", v.type_name())),
    }
}

// ---- entry points for generated code ----

#[unsafe(no_mangle)]
pub extern "C" fn krait_binary_op(op: u32, a: Value, b: Value) -> Value {
    binary(BinOp::from_code(op), a, b)
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_inplace_op(op: u32, a: Value, b: Value) -> Value {
    inplace(BinOp::from_code(op), a, b)
}

/// `a op b` as a bool object (null on error).
#[unsafe(no_mangle)]
pub extern "C" fn krait_compare(op: u32, a: Value, b: Value) -> Value {
    let op = CmpOp::from_code(op);
    if a.is_small_int() && b.is_small_int() {
        return Value::bool(op.test(a.as_small().cmp(&b.as_small())));
    }
    if let Some(r) = float_compare(op, a, b) {
        return Value::bool(r);
    }
    // An instance's rich comparison gives back whatever its method returns.
    if let Some(r) = crate::class::compare_value(op, a, b) {
        return r.unwrap_or(Value::NULL);
    }
    match compare_builtin(op, a, b) {
        Ok(r) => Value::bool(r),
        Err(()) => Value::NULL,
    }
}

/// `a op b` as 1/0, or -1 with an exception pending.
#[unsafe(no_mangle)]
pub extern "C" fn krait_compare_bool(op: u32, a: Value, b: Value) -> i32 {
    match compare_bool(CmpOp::from_code(op), a, b) {
        Ok(r) => i32::from(r),
        Err(()) => -1,
    }
}

/// `x in c` as 1/0, or -1 with an exception pending.
#[unsafe(no_mangle)]
pub extern "C" fn krait_contains(c: Value, x: Value) -> i32 {
    match contains(c, x) {
        Ok(r) => i32::from(r),
        Err(()) => -1,
    }
}

/// `bool(v)` as 1/0, or -1 with an exception pending.
#[unsafe(no_mangle)]
pub extern "C" fn krait_truthy(v: Value) -> i32 {
    match truthy(v) {
        Ok(r) => i32::from(r),
        Err(()) => -1,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_neg(v: Value) -> Value {
    neg(v)
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_pos(v: Value) -> Value {
    pos(v)
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_invert(v: Value) -> Value {
    invert(v)
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_getitem(v: Value, index: Value) -> Value {
    getitem(v, index)
}

/// `v[index] = value`; false with an exception pending on error.
#[unsafe(no_mangle)]
pub extern "C" fn krait_setitem(v: Value, index: Value, value: Value) -> bool {
    setitem(v, index, value)
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_delitem(v: Value, index: Value) -> bool {
    delitem(v, index)
}

/// `v[start:stop:step]`, each bound null when omitted.
#[unsafe(no_mangle)]
pub extern "C" fn krait_getslice(v: Value, start: Value, stop: Value, step: Value) -> Value {
    getslice(v, start, stop, step)
}

/// `v[start:stop:step] = value`, each bound null when omitted: an exact list's slice assigned
/// in place, anything else through a slice object and its `__setitem__`, as in CPython.
#[unsafe(no_mangle)]
pub extern "C" fn krait_setslice(v: Value, start: Value, stop: Value, step: Value, value: Value) -> bool {
    if v.has_type(&list::LIST_TYPE) {
        return list::set_slice_bounds(v, start, stop, step, value).is_ok();
    }
    setitem(v, crate::slice::new(start, stop, step), value)
}

/// `v[start:stop:step] = src[from:to:by]` where compiled code knows both are lists and the
/// bounds ints (so that taking the source slice first or last cannot be told apart): the
/// items go straight from `src` into `v`, without the list in between.
#[unsafe(no_mangle)]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn krait_setslice_of_slice(
    v: Value,
    start: Value,
    stop: Value,
    step: Value,
    src: Value,
    from: Value,
    to: Value,
    by: Value,
) -> bool {
    if v.has_type(&list::LIST_TYPE) && src.has_type(&list::LIST_TYPE) {
        return list::set_slice_of_slice(v, [start, stop, step], src, [from, to, by]).is_ok();
    }
    let value = getslice(src, from, to, by);
    !value.is_null() && krait_setslice(v, start, stop, step, value)
}

/// Unboxes a value statically known to be a float.
#[unsafe(no_mangle)]
pub extern "C" fn krait_float_value(v: Value) -> f64 {
    float::value(v)
}

/// `float(v)` for an int or float value (used when a typed float meets a `Dyn` number).
#[unsafe(no_mangle)]
pub extern "C" fn krait_to_float(v: Value) -> f64 {
    match as_num(v) {
        Some(n) => to_f64(&n).unwrap_or(0.0),
        None => {
            raise_type_error(&format!("must be real number, not {}", v.type_name()));
            0.0
        }
    }
}
