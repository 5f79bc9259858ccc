//! `float`: boxed when it flows into `Dyn`, an unboxed `f64` in typed code.

use crate::exceptions::{self, raise};
use crate::object::{Header, Kind, OBJECT_TYPE, TypeObject, Value, new_atomic_object};

#[unsafe(export_name = "krait_float_type")]
pub static FLOAT_TYPE: TypeObject = TypeObject::new("float", Kind::Float, Some(&OBJECT_TYPE));

#[repr(C)]
pub struct FloatObj {
    pub header: Header,
    pub value: f64,
}

// Generated code reads a float object's value at 8 (codegen's `function::numbers`).
const _: () = assert!(core::mem::offset_of!(FloatObj, value) == 8);

pub fn new(f: f64) -> Value {
    new_atomic_object(FloatObj { header: Header { ty: &FLOAT_TYPE }, value: f })
}

/// A float that is an instance of `ty`, a class deriving from `float`, with the value `f`.
pub fn new_subclass_instance(ty: &'static crate::object::TypeObject, f: f64) -> Value {
    crate::object::new_object(crate::object::WithDict {
        obj: FloatObj { header: Header { ty }, value: f },
        dict: crate::dict::new(),
    })
}

/// The `f64` inside a float object.
/// A user object as a float: its `__float__` (which must return a float), else its
/// `__index__`; `Ok(None)` if it has neither.
pub fn user_float(v: Value) -> Result<Option<f64>, ()> {
    if let Some(r) = crate::class::call_special(v, "__float__", &[]) {
        if r.is_null() {
            return Err(());
        }
        if r.kind() != Kind::Float {
            let msg = format!("{}.__float__ returned non-float (type {})", v.type_name(), r.type_name());
            crate::exceptions::raise_type_error(&msg);
            return Err(());
        }
        return Ok(Some(value(r)));
    }
    match crate::ops::user_index(v)? {
        Some(i) => crate::int::to_f64(i).map(Some),
        None => Ok(None),
    }
}

pub fn value(v: Value) -> f64 {
    // SAFETY: callers check the kind first.
    unsafe { v.obj::<FloatObj>() }.value
}

/// `repr(x)`: the shortest string that round-trips, in CPython's layout
/// (`0.1`, `1e+16`, `1e-05`, `100.0`, `inf`, `nan`, `-0.0`).
pub fn repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    // Rust's `{:e}` prints the shortest round-tripping digits, as `d.ddde[-]x`.
    let sci = format!("{x:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    // CPython switches to exponent notation when the decimal point would sit
    // more than 16 places right of the first digit or more than 4 left of it.
    let decpt = exp + 1;
    if decpt > 16 || decpt <= -4 {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() { String::new() } else { format!(".{rest}") };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{first}{frac}e{esign}{:02}", exp.abs())
    } else if decpt <= 0 {
        format!("{sign}0.{}{digits}", "0".repeat((-decpt) as usize))
    } else {
        let decpt = decpt as usize;
        if digits.len() <= decpt {
            format!("{sign}{digits}{}.0", "0".repeat(decpt - digits.len()))
        } else {
            format!("{sign}{}.{}", &digits[..decpt], &digits[decpt..])
        }
    }
}

/// Python's `divmod` for floats, the sign of the remainder following the divisor.
fn divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m == 0.0 {
        m = 0.0f64.copysign(y);
    } else if (y < 0.0) != (m < 0.0) {
        m += y;
        div -= 1.0;
    }
    let floordiv = if div == 0.0 {
        0.0f64.copysign(x / y)
    } else {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    };
    (floordiv, m)
}

pub fn truediv(x: f64, y: f64) -> Result<f64, ()> {
    if y == 0.0 {
        raise(&exceptions::ZERO_DIVISION_ERROR, "float division by zero");
        return Err(());
    }
    Ok(x / y)
}

pub fn floordiv(x: f64, y: f64) -> Result<f64, ()> {
    if y == 0.0 {
        raise(&exceptions::ZERO_DIVISION_ERROR, "float floor division by zero");
        return Err(());
    }
    Ok(divmod(x, y).0)
}

pub fn rem(x: f64, y: f64) -> Result<f64, ()> {
    if y == 0.0 {
        raise(&exceptions::ZERO_DIVISION_ERROR, "float modulo");
        return Err(());
    }
    Ok(divmod(x, y).1)
}

/// `x ** y` for floats, with CPython's special cases and errors.
pub fn pow(x: f64, y: f64) -> Result<f64, ()> {
    if y == 0.0 || x == 1.0 {
        return Ok(1.0);
    }
    if x == 0.0 && y < 0.0 && y.is_finite() {
        raise(&exceptions::ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
        return Err(());
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        raise(
            &exceptions::VALUE_ERROR,
            "krait does not support complex numbers yet: negative number raised to a fractional power",
        );
        return Err(());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        // CPython raises it as from C's ERANGE: OverflowError(34, 'Numerical result out of range').
        let args = crate::tuple::new(vec![Value::small(34), crate::str::new_str("Numerical result out of range")]);
        exceptions::set_pending(exceptions::new_exception(&exceptions::OVERFLOW_ERROR, args));
        return Err(());
    }
    Ok(r)
}

/// CPython's `_Py_HashDouble`: equal to the hash of an equal int, else a reduction modulo
/// 2**61 - 1 of the exact binary value.
pub fn hash(v: f64) -> i64 {
    const BITS: i32 = 61;
    const MODULUS: u64 = crate::int::HASH_MODULUS;
    if v.is_infinite() {
        return if v > 0.0 { 314_159 } else { -314_159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % BITS } else { BITS - 1 - ((-1 - e) % BITS) };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 { -2 } else { h }
}

/// Splits `v` into a mantissa in [0.5, 1) and a power of two, like C's `frexp`.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `int(x)` for a float: truncation toward zero.
pub fn to_int(x: f64) -> Value {
    if x.is_nan() {
        return raise(&exceptions::VALUE_ERROR, "cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return raise(&exceptions::OVERFLOW_ERROR, "cannot convert float infinity to integer");
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return crate::int::from_i64(t as i64);
    }
    let (m, e) = frexp(t);
    let mant = (m * 2f64.powi(53)) as i64;
    let big = num_bigint::BigInt::from(mant) << (e - 53) as usize;
    crate::int::from_big(big)
}

/// Parses Python's float syntax (`float(s)`): decimal, exponent, `inf`, `nan`, `_` separators.
pub fn parse(s: &str) -> Option<f64> {
    let ascii = crate::unicode::decimal_and_space_to_ascii(s)?;
    let t = ascii.trim();
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let negative = lower.starts_with('-');
    if lower.len() - body.len() > 1 {
        return None;
    }
    let special = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(f) = special {
        return Some(if negative { -f } else { f });
    }
    if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_')) {
        return None;
    }
    if t.contains('_') {
        let bytes: Vec<char> = t.chars().collect();
        for (i, &c) in bytes.iter().enumerate() {
            if c == '_' {
                let ok = i > 0 && i + 1 < bytes.len() && bytes[i - 1].is_ascii_digit() && bytes[i + 1].is_ascii_digit();
                if !ok {
                    return None;
                }
            }
        }
    }
    let clean: String = t.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().ok()
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_float_new(f: f64) -> Value {
    new(f)
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_float_truediv(x: f64, y: f64) -> f64 {
    truediv(x, y).unwrap_or(0.0)
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_float_floordiv(x: f64, y: f64) -> f64 {
    floordiv(x, y).unwrap_or(0.0)
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_float_mod(x: f64, y: f64) -> f64 {
    rem(x, y).unwrap_or(0.0)
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_float_pow(x: f64, y: f64) -> f64 {
    pow(x, y).unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::repr;

    #[test]
    fn repr_matches_cpython() {
        let cases = [
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (100.0, "100.0"),
            (1.5e300, "1.5e+300"),
            (123_456_789.123, "123456789.123"),
            (f64::INFINITY, "inf"),
            (5e-324, "5e-324"),
        ];
        for (x, want) in cases {
            assert_eq!(repr(x), want);
        }
    }
}
