//! Methods and attributes of `int` (and `bool`) and `float` values: `bit_length`,
//! `as_integer_ratio`, `float.hex`, `real`/`imag`, ….

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::exceptions::{self, raise, raise_type_error};
use crate::object::{Kind, Value};
use crate::{float, int, tuple};

fn no_args(owner: &str, name: &str, args: &[Value]) -> Result<(), ()> {
    if args.is_empty() {
        return Ok(());
    }
    raise_type_error(&format!("{owner}.{name}() takes no arguments ({} given)", args.len()));
    Err(())
}

/// The int value of an int or bool (`True.real` is the int 1).
fn as_plain_int(v: Value) -> Value {
    if v.kind() == Kind::Bool { int::from_i64(i64::from(crate::ops::bool_value(v))) } else { v }
}

pub fn int_method(v: Value, name: &str, args: &[Value]) -> Option<Value> {
    let r: Result<Value, ()> = (|| match name {
        "to_bytes" => crate::builtins::nonnull(int_to_bytes(v, args, &[])),
        "bit_length" | "bit_count" | "as_integer_ratio" | "conjugate" | "is_integer" => {
            no_args("int", name, args)?;
            let n = as_plain_int(v);
            Ok(match name {
                "bit_length" => int::from_i64(int::to_big(n).abs().bits() as i64),
                "bit_count" => {
                    let b = int::to_big(n).abs();
                    int::from_i64(b.iter_u64_digits().map(|d| i64::from(d.count_ones())).sum())
                }
                "as_integer_ratio" => tuple::new(vec![n, Value::small(1)]),
                "conjugate" => n,
                _ => Value::bool(true),
            })
        }
        _ => Err(()),
    })();
    exceptions::method_result(r)
}

/// The `byteorder` argument of `to_bytes`/`from_bytes`: true for big-endian.
fn big_endian(func: &str, v: Option<Value>) -> Result<bool, ()> {
    let Some(v) = v else { return Ok(true) };
    if v.kind() != Kind::Str {
        raise_type_error(&format!("{func}() argument 'byteorder' must be str, not {}", crate::args::bad_type_name(v)));
        return Err(());
    }
    match crate::str::as_str(v) {
        "big" => Ok(true),
        "little" => Ok(false),
        _ => {
            raise(&exceptions::VALUE_ERROR, "byteorder must be either 'little' or 'big'");
            Err(())
        }
    }
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`: two's complement when signed.
pub fn int_to_bytes(v: Value, pos: &[Value], kw: &[(&str, Value)]) -> Value {
    let r = (|| {
        let p = crate::func::bind_params("to_bytes", pos, kw, &["length", "byteorder", "signed"], 2)?;
        let length = match p[0] {
            None => 1,
            Some(l) => crate::ops::index_value(l).ok_or_else(|| {
                raise_type_error(&format!("'{}' object cannot be interpreted as an integer", l.type_name()));
            })?,
        };
        let big = big_endian("to_bytes", p[1])?;
        let signed = p[2].map_or(Ok(false), crate::ops::truthy)?;
        if length < 0 {
            raise(&exceptions::VALUE_ERROR, "length argument must be non-negative");
            return Err(());
        }
        let n = int::to_big(as_plain_int(v));
        if n.is_negative() && !signed {
            raise(&exceptions::OVERFLOW_ERROR, "can't convert negative int to unsigned");
            return Err(());
        }
        let fits = if length == 0 {
            // CPython accepts -1 in zero signed bytes as well as 0.
            n.is_zero() || (signed && n == BigInt::from(-1))
        } else if signed {
            let half = BigInt::from(1) << (8 * length as u64 - 1);
            n >= -half.clone() && n < half
        } else {
            n.bits() <= 8 * length as u64
        };
        if !fits {
            raise(&exceptions::OVERFLOW_ERROR, "int too big to convert");
            return Err(());
        }
        let mut bytes = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
        bytes.resize(length as usize, if n.is_negative() { 0xff } else { 0 });
        if big {
            bytes.reverse();
        }
        Ok(crate::bytes::new_bytes(bytes))
    })();
    r.unwrap_or(Value::NULL)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub fn int_from_bytes(pos: &[Value], kw: &[(&str, Value)]) -> Result<Value, ()> {
    let p = crate::func::bind_params("from_bytes", pos, kw, &["bytes", "byteorder", "signed"], 2)?;
    let Some(source) = p[0] else {
        raise_type_error("from_bytes() missing required argument 'bytes' (pos 1)");
        return Err(());
    };
    let big = big_endian("from_bytes", p[1])?;
    let signed = p[2].map_or(Ok(false), crate::ops::truthy)?;
    let owned;
    let data: &[u8] = match crate::bytes::buffer(source) {
        Some(d) => d,
        None if source.kind() == Kind::Str => {
            raise_type_error("cannot convert 'str' object to bytes");
            return Err(());
        }
        None => {
            owned = crate::builtins::nonnull(crate::builtins::call_type(
                Value::from_static(&crate::bytes::BYTES_TYPE),
                &[source],
                Value::NULL,
            ))?;
            crate::bytes::data(owned)
        }
    };
    let n = match (big, signed) {
        (true, true) => BigInt::from_signed_bytes_be(data),
        (true, false) => BigInt::from_bytes_be(num_bigint::Sign::Plus, data),
        (false, true) => BigInt::from_signed_bytes_le(data),
        (false, false) => BigInt::from_bytes_le(num_bigint::Sign::Plus, data),
    };
    Ok(int::from_big(n))
}

pub fn int_attribute(v: Value, name: &str) -> Option<Value> {
    match name {
        "real" | "numerator" => Some(as_plain_int(v)),
        "imag" => Some(Value::small(0)),
        "denominator" => Some(Value::small(1)),
        _ => None,
    }
}

pub fn float_method(v: Value, name: &str, args: &[Value]) -> Option<Value> {
    let x = float::value(v);
    let r: Result<Value, ()> = (|| match name {
        "is_integer" => {
            no_args("float", name, args)?;
            Ok(Value::bool(x.is_finite() && x.floor() == x))
        }
        "as_integer_ratio" => {
            no_args("float", name, args)?;
            let (n, d) = integer_ratio(x)?;
            Ok(tuple::new(vec![int::from_big(n), int::from_big(d)]))
        }
        "hex" => {
            no_args("float", name, args)?;
            Ok(crate::str::from_string(hex(x)))
        }
        "conjugate" => {
            no_args("float", name, args)?;
            Ok(v)
        }
        _ => Err(()),
    })();
    exceptions::method_result(r)
}

pub fn float_attribute(v: Value, name: &str) -> Option<Value> {
    match name {
        "real" => Some(v),
        "imag" => Some(float::new(0.0)),
        _ => None,
    }
}

/// The exact fraction of a finite float, in lowest terms with a positive denominator.
fn integer_ratio(x: f64) -> Result<(BigInt, BigInt), ()> {
    if x.is_infinite() {
        raise(&exceptions::OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
        return Err(());
    }
    if x.is_nan() {
        raise(&exceptions::VALUE_ERROR, "cannot convert NaN to integer ratio");
        return Err(());
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mut mantissa, mut exp) =
        if exponent == 0 { (fraction, -1074) } else { (fraction | (1 << 52), exponent - 1075) };
    let zeros = mantissa.trailing_zeros();
    mantissa >>= zeros;
    exp += i64::from(zeros);
    let mut n = BigInt::from(mantissa);
    let mut d = BigInt::from(1);
    if exp > 0 {
        n <<= exp as usize;
    } else {
        d <<= (-exp) as usize;
    }
    if x < 0.0 {
        n = -n;
    }
    Ok((n, d))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` (`0x0.` for subnormals), as CPython prints it.
pub fn hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (lead, exp) = if exponent == 0 { (0, -1022) } else { (1, exponent - 1023) };
    format!("{sign}0x{lead}.{fraction:013x}p{exp:+}")
}

/// `float.fromhex(s)`: `[sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] decimal]`, or
/// `inf`/`infinity`/`nan`, rounded half-even like every float conversion.
pub fn float_fromhex(s: &str) -> Result<f64, ()> {
    let invalid = || {
        raise(&exceptions::VALUE_ERROR, "invalid hexadecimal floating-point string");
        Err(())
    };
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let signed = |x: f64| if negative { -x } else { x };
    match lower.as_str() {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(signed(f64::NAN)),
        _ => {}
    }
    let digits_part = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa_text, exp_text) = match digits_part.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (digits_part, None),
    };
    let (int_part, frac_part) = mantissa_text.split_once('.').unwrap_or((mantissa_text, ""));
    let hex_digit = |c: char| c.is_ascii_hexdigit();
    if (int_part.is_empty() && frac_part.is_empty())
        || !int_part.chars().all(hex_digit)
        || !frac_part.chars().all(hex_digit)
    {
        return invalid();
    }
    let exp: i64 = match exp_text {
        None => 0,
        Some(e) => {
            let digits = e.trim_start_matches(['+', '-']);
            if digits.is_empty() || e.len() - digits.len() > 1 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return invalid();
            }
            // Exponents beyond any float's range saturate; the value then overflows or is 0.
            let magnitude: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            if e.starts_with('-') { -magnitude } else { magnitude }
        }
    };
    let mut m = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        m = m * 16 + c.to_digit(16).unwrap_or(0);
    }
    if m.is_zero() {
        return Ok(signed(0.0));
    }
    // The value is m * 2**e; its leading bit has weight 2**top.
    let e = exp - 4 * frac_part.len() as i64;
    let nbits = m.bits() as i64;
    let top = nbits - 1 + e;
    if top > 1023 {
        return overflow();
    }
    // Significant bits available at this magnitude: 53, fewer for subnormals.
    let precision = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let shift = nbits - precision.max(0);
    let (mut q, mut e) = (m.clone(), e);
    if shift > 0 {
        let s = shift as usize;
        q = &m >> s;
        let rem = &m - (&q << s);
        let half = BigInt::from(1) << (s - 1);
        if rem > half || (rem == half && q.bit(0)) {
            q += 1;
        }
        e += shift;
    }
    if q.is_zero() {
        return Ok(signed(0.0));
    }
    if q.bits() as i64 - 1 + e > 1023 {
        return overflow();
    }
    let q = q.to_u64().unwrap_or(0) as f64;
    // Two exact scalings, so that no intermediate result leaves the normal range.
    let (e1, e2) = (e / 2, e - e / 2);
    Ok(signed(q * 2f64.powi(e1 as i32) * 2f64.powi(e2 as i32)))
}

fn overflow() -> Result<f64, ()> {
    raise(&exceptions::OVERFLOW_ERROR, "hexadecimal value too large to represent as a float");
    Err(())
}
