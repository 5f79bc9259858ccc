//! `int`: tagged small ints and heap bigints (DESIGN.md §4).
//!
//! Invariant: an `IntObj` always holds a value outside `SMALL_MIN..=SMALL_MAX`, so every int
//! has exactly one representation and two small ints are equal exactly when their words are;
//! and it holds a value that fits an i128 inline (`Digits::Medium`), never as a bigint.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::exceptions::{self, raise};
use crate::object::{Header, Kind, OBJECT_TYPE, SMALL_MAX, SMALL_MIN, TypeObject, Value, new_object};

#[unsafe(export_name = "krait_int_type")]
pub static INT_TYPE: TypeObject = TypeObject::new("int", Kind::Int, Some(&OBJECT_TYPE));

#[repr(C)]
pub struct IntObj {
    pub header: Header,
    value: Digits,
}

/// A heap int's value: the *medium* ints (64-bit hashes, random number generators) inline,
/// with no digit buffer to allocate, copy or convert; bigger ones as a bigint.
enum Digits {
    /// The i128's low and high halves (kept in words: an i128 field would make the object
    /// 16-byte aligned and larger).
    Medium(u64, i64),
    Big(BigInt),
}

impl Digits {
    fn new(b: BigInt) -> Digits {
        match b.to_i128() {
            Some(i) => Digits::medium(i),
            None => Digits::Big(b),
        }
    }

    fn medium(i: i128) -> Digits {
        Digits::Medium(i as u64, (i >> 64) as i64)
    }

    fn to_i128(&self) -> Option<i128> {
        match *self {
            Digits::Medium(lo, hi) => Some((i128::from(hi) << 64) | i128::from(lo)),
            Digits::Big(_) => None,
        }
    }
}

/// A heap int of a medium value: an object with no pointers (its type is static), which
/// the collector need not scan — nor can bytes the variant leaves unused keep anything alive.
fn new_medium(i: i128) -> Value {
    crate::object::new_atomic_object(IntObj { header: Header { ty: &INT_TYPE }, value: Digits::medium(i) })
}

fn int_obj(v: Value) -> &'static IntObj {
    // SAFETY: callers check the kind is Int, so the object is an IntObj (or leads with one,
    // for a subclass instance); the collector keeps it alive while `v` is.
    unsafe { v.obj::<IntObj>() }
}

/// The modulus of CPython's numeric hash, 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

pub fn from_i64(i: i64) -> Value {
    if (SMALL_MIN..=SMALL_MAX).contains(&i) { Value::small(i) } else { new_medium(i128::from(i)) }
}

pub fn from_i128(i: i128) -> Value {
    if i >= i128::from(SMALL_MIN) && i <= i128::from(SMALL_MAX) { Value::small(i as i64) } else { new_medium(i) }
}

pub fn from_big(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) if (SMALL_MIN..=SMALL_MAX).contains(&i) => Value::small(i),
        _ => match b.to_i128() {
            Some(i) => new_medium(i),
            None => new_object(IntObj { header: Header { ty: &INT_TYPE }, value: Digits::Big(b) }),
        },
    }
}

/// An int that is an instance of `ty`, a class deriving from `int`, with the value of the
/// int `v` (held as a bigint whatever its size: only plain ints are ever small).
pub fn new_subclass_instance(ty: &'static crate::object::TypeObject, v: Value) -> Value {
    new_object(crate::object::WithDict {
        obj: IntObj { header: Header { ty }, value: Digits::new(to_big(v)) },
        dict: crate::dict::new(),
    })
}

/// Whether `v` is an int or a bool (bool is a subclass of int).
pub fn is_int(v: Value) -> bool {
    v.is_small_int() || matches!(v.kind(), Kind::Int | Kind::Bool)
}

/// The value of an int or bool as a bigint.
pub fn to_big(v: Value) -> BigInt {
    if v.is_small_int() {
        BigInt::from(v.as_small())
    } else if v.kind() == Kind::Bool {
        BigInt::from(i64::from(crate::ops::bool_value(v)))
    } else {
        match &int_obj(v).value {
            Digits::Big(b) => b.clone(),
            medium => BigInt::from(medium.to_i128().expect("a medium int")),
        }
    }
}

/// The value of an int or bool as a bigint, borrowed when it is one already (no copy of
/// its digits).
pub fn big(v: Value) -> std::borrow::Cow<'static, BigInt> {
    if !v.is_small_int()
        && v.kind() == Kind::Int
        && let Digits::Big(b) = &int_obj(v).value
    {
        std::borrow::Cow::Borrowed(b)
    } else {
        std::borrow::Cow::Owned(to_big(v))
    }
}

/// Bigint arithmetic: its digit buffers hold no pointers, so the collector neither clears
/// nor scans them.
fn digits<R>(f: impl FnOnce() -> R) -> R {
    crate::gc::pointer_free(f)
}

/// The value of an int or bool if it fits in an i64.
pub fn to_i64(v: Value) -> Option<i64> {
    if v.is_small_int() {
        Some(v.as_small())
    } else if v.kind() == Kind::Bool {
        Some(i64::from(crate::ops::bool_value(v)))
    } else {
        int_obj(v).value.to_i128().and_then(|i| i64::try_from(i).ok())
    }
}

fn both_small(a: Value, b: Value) -> Option<(i64, i64)> {
    if a.is_small_int() && b.is_small_int() { Some((a.as_small(), b.as_small())) } else { None }
}

/// The value of an int or bool when it fits an i128: the *medium* ints (64-bit hashes and
/// random number generators) computed without bigint temporaries.
pub fn medium(v: Value) -> Option<i128> {
    if v.is_small_int() {
        return Some(i128::from(v.as_small()));
    }
    match v.kind() {
        Kind::Int => int_obj(v).value.to_i128(),
        Kind::Bool => Some(i128::from(crate::ops::bool_value(v))),
        _ => None,
    }
}

/// Both operands as i128s, when they fit.
pub fn both_medium(a: Value, b: Value) -> Option<(i128, i128)> {
    Some((medium(a)?, medium(b)?))
}

pub fn add(a: Value, b: Value) -> Value {
    if let Some((x, y)) = both_small(a, b) {
        return from_i64(x + y);
    }
    match both_medium(a, b).and_then(|(x, y)| x.checked_add(y)) {
        Some(r) => from_i128(r),
        None => from_big(digits(|| &*big(a) + &*big(b))),
    }
}

pub fn sub(a: Value, b: Value) -> Value {
    if let Some((x, y)) = both_small(a, b) {
        return from_i64(x - y);
    }
    match both_medium(a, b).and_then(|(x, y)| x.checked_sub(y)) {
        Some(r) => from_i128(r),
        None => from_big(digits(|| &*big(a) - &*big(b))),
    }
}

pub fn mul(a: Value, b: Value) -> Value {
    if let Some((x, y)) = both_small(a, b) {
        return from_i128(i128::from(x) * i128::from(y));
    }
    match both_medium(a, b).and_then(|(x, y)| x.checked_mul(y)) {
        Some(r) => from_i128(r),
        None => from_big(digits(|| &*big(a) * &*big(b))),
    }
}

fn is_zero(v: Value) -> bool {
    match medium(v) {
        Some(i) => i == 0,
        None => big(v).is_zero(),
    }
}

pub fn floordiv(a: Value, b: Value) -> Value {
    if is_zero(b) {
        return raise(&exceptions::ZERO_DIVISION_ERROR, "integer division or modulo by zero");
    }
    if let Some((x, y)) = both_small(a, b) {
        return from_i64(Integer::div_floor(&x, &y));
    }
    match both_medium(a, b) {
        Some((x, y)) if x != i128::MIN => from_i128(Integer::div_floor(&x, &y)),
        _ => from_big(digits(|| div_mod_floor(&big(a), &big(b)).0)),
    }
}

/// `(a // b, a % b)` for a non-zero `b`. A quotient of fewer than 50 bits (`pidigits`'
/// digits) is estimated from the operands' leading bits and corrected, in time linear in
/// their size: num-bigint's division takes Burnikel-Ziegler's recursive path for any long
/// operands, whatever the quotient's size, allocating at every level.
pub fn div_mod_floor(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    if b.bits() >= 128 && a.bits() < b.bits() + 50 {
        let q = (leading(a) / leading(b) * 2f64.powi(64 * (words(a) - words(b)))).trunc() as i64;
        let q = BigInt::from(if a.sign() == b.sign() { q } else { -q });
        let mut r = a - &q * b;
        let mut q = q;
        // The estimate is off by at most a few units: step to the remainder with `b`'s sign
        // and less than `b` in size.
        for _ in 0..4 {
            if !r.is_zero() && r.sign() != b.sign() {
                q -= 1;
                r += b;
            } else if r.magnitude() >= b.magnitude() {
                q += 1;
                r -= b;
            } else {
                return (q, r);
            }
        }
    }
    a.div_mod_floor(b)
}

/// How many 64-bit words `x`'s magnitude has.
fn words(x: &BigInt) -> i32 {
    x.iter_u64_digits().len() as i32
}

/// `x`'s magnitude divided by 2**(64 * (words - 2)), from its two leading words.
fn leading(x: &BigInt) -> f64 {
    let mut top = x.iter_u64_digits().rev();
    let hi = top.next().unwrap_or(0) as f64;
    let lo = top.next().unwrap_or(0) as f64;
    hi * 2f64.powi(64) + lo
}

pub fn rem(a: Value, b: Value) -> Value {
    if is_zero(b) {
        return raise(&exceptions::ZERO_DIVISION_ERROR, "integer modulo by zero");
    }
    if let Some((x, y)) = both_small(a, b) {
        return from_i64(Integer::mod_floor(&x, &y));
    }
    if let Some((x, y)) = both_medium(a, b)
        && x != i128::MIN
    {
        return from_i128(Integer::mod_floor(&x, &y));
    }
    match low_bits(a, b) {
        Some(r) => r,
        None => from_big(digits(|| div_mod_floor(&big(a), &big(b)).1)),
    }
}

/// `a % b` for a non-negative `a` and a power of two `b` (`x % 2**64` in hashes and random
/// number generators): the low bits of `a`, without a division.
fn low_bits(a: Value, b: Value) -> Option<Value> {
    let (a, b) = (big(a), big(b));
    if a.sign() == Sign::Minus || b.sign() != Sign::Plus || b.magnitude().count_ones() != 1 {
        return None;
    }
    let bits = b.magnitude().trailing_zeros()?;
    if a.bits() <= bits {
        return Some(from_big(a.into_owned()));
    }
    let words = bits.div_ceil(32) as usize;
    let mut digits: Vec<u32> = a.magnitude().iter_u32_digits().take(words).collect();
    if bits % 32 != 0 {
        digits[words - 1] &= (1u32 << (bits % 32)) - 1;
    }
    Some(from_big(BigInt::from_biguint(Sign::Plus, num_bigint::BigUint::new(digits))))
}

/// `a / b` for ints: correctly rounded like CPython's `long_true_divide` for the common cases.
pub fn truediv(a: Value, b: Value) -> Result<f64, ()> {
    if is_zero(b) {
        raise(&exceptions::ZERO_DIVISION_ERROR, "division by zero");
        return Err(());
    }
    if let Some((x, y)) = both_small(a, b) {
        // Both operands are exactly representable when below 2**53.
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(x as f64 / y as f64);
        }
    }
    let (x, y) = (to_big(a), to_big(b));
    big_truediv(&x, &y)
}

/// Correctly rounded quotient of two bigints (round-half-even), as CPython computes it.
pub fn big_truediv(x: &BigInt, y: &BigInt) -> Result<f64, ()> {
    let negative = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
    let (n, d) = (x.abs(), y.abs());
    if n.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so that the quotient has 54+ significant bits, then round to 53.
    let shift = d.bits() as i64 - n.bits() as i64 + 55;
    let (num, den) = if shift > 0 { (n << shift as u64, d) } else { (n, d << (-shift) as u64) };
    let (q, r) = num.div_rem(&den);
    // q has 55 or 56 bits; keep 53 (or fewer for subnormals) with sticky rounding.
    let qbits = q.bits() as i64;
    let exp = qbits - shift; // value ~ q * 2**-shift, so leading bit at 2**(exp-1)
    let mut keep = 53;
    if exp - 1 < -1022 {
        keep = 53 - (-1022 - (exp - 1));
        if keep < 0 {
            return Ok(if negative { -0.0 } else { 0.0 });
        }
    }
    let drop = qbits - keep;
    let mut mant = if drop > 0 { &q >> drop as u64 } else { q.clone() };
    if drop > 0 {
        let half = BigInt::one() << (drop - 1) as u64;
        let low = &q - (&mant << drop as u64);
        let round_up = low > half || (low == half && (!r.is_zero() || mant.is_odd()));
        if round_up {
            mant += 1;
        }
    }
    let m = mant.to_f64().unwrap_or(f64::INFINITY);
    let e = drop - shift;
    if e > 1100 || !m.is_finite() {
        raise(&exceptions::OVERFLOW_ERROR, "integer division result too large for a float");
        return Err(());
    }
    let v = m * 2f64.powi(e as i32);
    if v.is_infinite() {
        raise(&exceptions::OVERFLOW_ERROR, "integer division result too large for a float");
        return Err(());
    }
    Ok(if negative { -v } else { v })
}

pub fn neg(a: Value) -> Value {
    match medium(a).and_then(i128::checked_neg) {
        Some(i) => from_i128(i),
        None => from_big(-to_big(a)),
    }
}

pub fn abs(a: Value) -> Value {
    match medium(a).and_then(i128::checked_abs) {
        Some(i) => from_i128(i),
        None => from_big(to_big(a).abs()),
    }
}

/// `a ** b` for ints; a negative exponent gives a float, as in Python.
pub fn pow(a: Value, b: Value) -> Value {
    let exp = to_big(b);
    if exp.is_negative() {
        let base = match to_f64(a) {
            Ok(f) => f,
            Err(()) => return Value::NULL,
        };
        if base == 0.0 {
            return raise(&exceptions::ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
        }
        let e = exp.to_f64().unwrap_or(f64::NEG_INFINITY);
        return crate::float::pow(base, e).map_or(Value::NULL, crate::float::new);
    }
    let base = to_big(a);
    let Some(e) = exp.to_u32() else {
        // Only 0, 1 and -1 can be raised to such powers without exhausting memory.
        if base.is_zero() || base.is_one() {
            return from_big(base);
        }
        if base == BigInt::from(-1) {
            return from_i64(if exp.is_even() { 1 } else { -1 });
        }
        return raise(&exceptions::MEMORY_ERROR, "");
    };
    if let Some(x) = base.to_i64()
        && let Some(r) = x.checked_pow(e)
    {
        return from_i64(r);
    }
    from_big(digits(|| num_traits::pow(base, e as usize)))
}

pub fn cmp(a: Value, b: Value) -> core::cmp::Ordering {
    if let Some((x, y)) = both_small(a, b) {
        return x.cmp(&y);
    }
    match both_medium(a, b) {
        Some((x, y)) => x.cmp(&y),
        None => big(a).cmp(&big(b)),
    }
}

/// `float(n)`: round-half-even conversion, `OverflowError` beyond the float range.
pub fn to_f64(v: Value) -> Result<f64, ()> {
    if v.is_small_int() {
        return Ok(v.as_small() as f64);
    }
    if let Some(i) = medium(v) {
        // Rounded to nearest, ties to even, as CPython.
        return Ok(i as f64);
    }
    let b = to_big(v);
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => {
            raise(&exceptions::OVERFLOW_ERROR, "int too large to convert to float");
            Err(())
        }
    }
}

/// CPython's hash of an int: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2.
#[inline]
pub fn hash(v: Value) -> i64 {
    // A small int below the modulus is its own hash.
    if v.is_small_int() && v.as_small().unsigned_abs() < HASH_MODULUS {
        let i = v.as_small();
        return if i == -1 { -2 } else { i };
    }
    hash_reduced(v)
}

/// `hash` of an int that is not its own hash.
fn hash_reduced(v: Value) -> i64 {
    let h = match medium(v) {
        Some(i) => {
            let m = (i.unsigned_abs() % u128::from(HASH_MODULUS)) as i64;
            if i < 0 { -m } else { m }
        }
        None => {
            let b = to_big(v);
            let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_i64().unwrap_or(0);
            if b.is_negative() { -m } else { m }
        }
    };
    if h == -1 { -2 } else { h }
}

/// The inverse of `a` modulo `m`, if it exists (for `pow(a, -e, m)`).
pub fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let (mut old_r, mut r) = (a.mod_floor(&m), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = old_r.div_floor(&r);
        (old_r, r) = (r.clone(), &old_r - &q * &r);
        (old_s, s) = (s.clone(), &old_s - &q * &s);
    }
    if old_r.is_one() { Some(old_s.mod_floor(&m)) } else { None }
}

/// `sys.get_int_max_str_digits()`: CPython 3.12 refuses decimal conversions of ints with
/// more digits than this (0: no limit), a guard against quadratic-time conversions.
pub static MAX_STR_DIGITS: crate::cell::Global<usize> = crate::cell::Global::new(4300);

const DIGITS_LIMIT_HINT: &str = "use sys.set_int_max_str_digits() to increase the limit";

/// `str(n)`: decimal digits, or `ValueError` past `sys.get_int_max_str_digits()`.
pub fn to_decimal(v: Value) -> Result<String, ()> {
    if v.is_small_int() {
        return Ok(v.as_small().to_string());
    }
    let s = to_big(v).to_string();
    let limit = MAX_STR_DIGITS.get();
    let digits = s.len() - usize::from(s.starts_with('-'));
    if limit > 0 && digits > limit {
        raise(
            &exceptions::VALUE_ERROR,
            &format!("Exceeds the limit ({limit} digits) for integer string conversion; {DIGITS_LIMIT_HINT}"),
        );
        return Err(());
    }
    Ok(s)
}

/// Checks the digit limit before parsing a decimal int of `digits` digits.
pub fn check_parse_digits(digits: usize) -> Result<(), ()> {
    let limit = MAX_STR_DIGITS.get();
    if limit > 0 && digits > limit {
        raise(
            &exceptions::VALUE_ERROR,
            &format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; {DIGITS_LIMIT_HINT}"
            ),
        );
        return Err(());
    }
    Ok(())
}

/// `int(s)` for a string in base 10 with Python's leniency (whitespace, `_` between digits).
pub fn parse(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim();
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let ascii: String =
        clean.chars().map(|c| char::from_digit(c.to_digit(base).unwrap_or(0), base).unwrap_or('0')).collect();
    let n = BigInt::parse_bytes(ascii.as_bytes(), base)?;
    Some(if neg { -n } else { n })
}

// ---- entry points for generated code: the slow paths of typed int arithmetic ----

#[unsafe(no_mangle)]
pub extern "C" fn krait_int_add(a: Value, b: Value) -> Value {
    add(a, b)
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_int_sub(a: Value, b: Value) -> Value {
    sub(a, b)
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_int_mul(a: Value, b: Value) -> Value {
    mul(a, b)
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_int_floordiv(a: Value, b: Value) -> Value {
    floordiv(a, b)
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_int_mod(a: Value, b: Value) -> Value {
    rem(a, b)
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_int_neg(a: Value) -> Value {
    neg(a)
}

/// Three-way comparison of two ints: -1, 0 or 1.
#[unsafe(no_mangle)]
pub extern "C" fn krait_int_cmp(a: Value, b: Value) -> i32 {
    cmp(a, b) as i32
}

/// `a / b` for ints; on error returns 0.0 with the exception pending.
#[unsafe(no_mangle)]
pub extern "C" fn krait_int_truediv(a: Value, b: Value) -> f64 {
    truediv(a, b).unwrap_or(0.0)
}

/// `float(a)` for an int; on error returns 0.0 with the exception pending.
#[unsafe(no_mangle)]
pub extern "C" fn krait_int_to_float(a: Value) -> f64 {
    to_f64(a).unwrap_or(0.0)
}

/// Parses an int constant too large for a tagged word (decimal digits, optional `-`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_int_const(ptr: *const u8, len: usize) -> Value {
    // SAFETY: codegen passes a pointer to `len` bytes of ASCII digits.
    let s = unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(ptr, len)) };
    from_big(s.parse::<BigInt>().unwrap_or_default())
}
