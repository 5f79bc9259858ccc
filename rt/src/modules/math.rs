//! `math`: CPython 3.12's module, with its error rules (`math domain error` where the result
//! is undefined, `math range error` on overflow), its own gamma functions (a Lanczos
//! approximation, not libm's), exact integer functions, `fsum` and the accurate `hypot`/`dist`.
//! Everything else is the platform libm, as in CPython.
// The approximation's constants are written as published, digits and all.
#![allow(clippy::unreadable_literal, clippy::excessive_precision)]

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::exceptions::{self, raise, raise_type_error};
use crate::func::split_args;
use crate::object::{Kind, Value};
use crate::{float, int, iter, ops, tuple};

/// Every public name of CPython 3.12's `math`: a name here that `getattr` lacks is
/// unsupported, not missing.
#[rustfmt::skip]
pub const NAMES: &[&str] = &[
    "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "comb", "copysign", "cos", "cosh",
    "degrees", "dist", "e", "erf", "erfc", "exp", "exp2", "expm1", "fabs", "factorial", "floor", "fmod", "frexp",
    "fsum", "gamma", "gcd", "hypot", "inf", "isclose", "isfinite", "isinf", "isnan", "isqrt", "lcm", "ldexp",
    "lgamma", "log", "log10", "log1p", "log2", "modf", "nan", "nextafter", "perm", "pi", "pow", "prod", "radians",
    "remainder", "sin", "sinh", "sqrt", "sumprod", "tan", "tanh", "tau", "trunc", "ulp",
];

type Entry = unsafe extern "C" fn(*const Value, usize, Value) -> Value;

pub fn getattr(name: &str) -> Option<Value> {
    let constant = match name {
        "pi" => Some(core::f64::consts::PI),
        "e" => Some(core::f64::consts::E),
        "tau" => Some(core::f64::consts::TAU),
        "inf" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(c) = constant {
        return Some(float::new(c));
    }
    let entry: Entry = match name {
        "acos" => math_acos,
        "acosh" => math_acosh,
        "asin" => math_asin,
        "asinh" => math_asinh,
        "atan" => math_atan,
        "atanh" => math_atanh,
        "cbrt" => math_cbrt,
        "cos" => math_cos,
        "cosh" => math_cosh,
        "erf" => math_erf,
        "erfc" => math_erfc,
        "exp" => math_exp,
        "exp2" => math_exp2,
        "expm1" => math_expm1,
        "fabs" => math_fabs,
        "log1p" => math_log1p,
        "sin" => math_sin,
        "sinh" => math_sinh,
        "sqrt" => math_sqrt,
        "tan" => math_tan,
        "tanh" => math_tanh,
        "gamma" => math_gamma,
        "lgamma" => math_lgamma,
        "ceil" => math_ceil,
        "floor" => math_floor,
        "trunc" => math_trunc,
        "atan2" => math_atan2,
        "copysign" => math_copysign,
        "fmod" => math_fmod,
        "remainder" => math_remainder,
        "pow" => math_pow,
        "log" => math_log,
        "log2" => math_log2,
        "log10" => math_log10,
        "degrees" => math_degrees,
        "radians" => math_radians,
        "isfinite" => math_isfinite,
        "isinf" => math_isinf,
        "isnan" => math_isnan,
        "isclose" => math_isclose,
        "frexp" => math_frexp,
        "ldexp" => math_ldexp,
        "modf" => math_modf,
        "fsum" => math_fsum,
        "hypot" => math_hypot,
        "dist" => math_dist,
        "factorial" => math_factorial,
        "gcd" => math_gcd,
        "lcm" => math_lcm,
        "isqrt" => math_isqrt,
        "comb" => math_comb,
        "perm" => math_perm,
        "prod" => math_prod,
        "sumprod" => math_sumprod,
        "nextafter" => math_nextafter,
        "ulp" => math_ulp,
        _ => return None,
    };
    let name: &'static str = NAMES.iter().find(|n| **n == name).copied().unwrap_or("math");
    Some(super::builtin(entry, name))
}

// ---- argument conversion and errors ----

use super::args_of;

/// `PyFloat_AsDouble`: floats, ints (which may be too large) and bools.
fn to_f64(v: Value) -> Result<f64, ()> {
    if v.kind() == Kind::Float {
        return Ok(float::value(v));
    }
    if int::is_int(v) {
        return int::to_f64(if v.kind() == Kind::Bool { int::from_i64(i64::from(ops::bool_value(v))) } else { v });
    }
    if let Some(f) = float::user_float(v)? {
        return Ok(f);
    }
    raise_type_error(&format!("must be real number, not {}", v.type_name()));
    Err(())
}

/// An int argument (`__index__`), as CPython's integer functions take them.
fn to_int(v: Value) -> Result<BigInt, ()> {
    if int::is_int(v) {
        return Ok(int::to_big(v));
    }
    raise_type_error(&format!("'{}' object cannot be interpreted as an integer", v.type_name()));
    Err(())
}

fn domain_error<T>() -> Result<T, ()> {
    raise(&exceptions::VALUE_ERROR, "math domain error");
    Err(())
}

fn range_error<T>() -> Result<T, ()> {
    raise(&exceptions::OVERFLOW_ERROR, "math range error");
    Err(())
}

/// Exactly `n` positional arguments and no keywords, with CPython's messages.
fn positional<'a>(name: &str, ptr: *const Value, n: usize, kwnames: Value, want: usize) -> Result<&'a [Value], ()> {
    let (args, kw) = split_args(args_of(ptr, n), kwnames);
    if !kw.is_empty() {
        raise_type_error(&format!("math.{name}() takes no keyword arguments"));
        return Err(());
    }
    if args.len() != want {
        let msg = if want == 1 {
            format!("math.{name}() takes exactly one argument ({} given)", args.len())
        } else {
            format!("{name} expected {want} arguments, got {}", args.len())
        };
        raise_type_error(&msg);
        return Err(());
    }
    Ok(args)
}

fn finish(r: Result<Value, ()>) -> Value {
    r.unwrap_or(Value::NULL)
}

/// CPython's `math_1`: a NaN from a non-NaN is a domain error; an infinity from a finite
/// argument is a range error where the function can overflow, else a domain error.
fn math_1(v: Value, f: fn(f64) -> f64, can_overflow: bool) -> Result<Value, ()> {
    math_1_f64(to_f64(v)?, f, can_overflow).map(float::new)
}

fn math_1_f64(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> Result<f64, ()> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return domain_error();
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow { range_error() } else { domain_error() };
    }
    Ok(r)
}

/// The functions compiled code calls on an unboxed float (lowering's `typing::MATH_UNARY`,
/// in the same order), and whether each can overflow.
const UNARY: [(fn(f64) -> f64, bool); 21] = [
    (libm::acos, false),
    (libm::acosh, false),
    (libm::asin, false),
    (libm::asinh, false),
    (libm::atan, false),
    (libm::atanh, false),
    (libm::cbrt, false),
    (libm::cos, false),
    (libm::cosh, true),
    (libm::erf, false),
    (libm::erfc, false),
    (libm::exp, true),
    (libm::exp2, true),
    (libm::expm1, true),
    (f64::abs, false),
    (libm::log1p, false),
    (libm::sin, false),
    (libm::sinh, true),
    (f64::sqrt, false),
    (libm::tan, false),
    (libm::tanh, false),
];

/// `math.f(x)` of function `code` of `UNARY` on a float; 0.0 with the exception pending on
/// error.
#[unsafe(no_mangle)]
pub extern "C" fn krait_math_unary(code: u32, x: f64) -> f64 {
    let (f, can_overflow) = UNARY[code as usize];
    math_1_f64(x, f, can_overflow).unwrap_or(0.0)
}

/// A value as the float a `math` function takes (`PyFloat_AsDouble`); 0.0 with the
/// exception pending on error.
#[unsafe(no_mangle)]
pub extern "C" fn krait_as_float(v: Value) -> f64 {
    to_f64(v).unwrap_or(0.0)
}

macro_rules! func1 {
    ($entry:ident, $name:literal, $f:expr, $can_overflow:expr) => {
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn $entry(ptr: *const Value, n: usize, kwnames: Value) -> Value {
            finish(positional($name, ptr, n, kwnames, 1).and_then(|a| math_1(a[0], $f, $can_overflow)))
        }
    };
}

func1!(math_acos, "acos", libm::acos, false);
func1!(math_acosh, "acosh", libm::acosh, false);
func1!(math_asin, "asin", libm::asin, false);
func1!(math_asinh, "asinh", libm::asinh, false);
func1!(math_atan, "atan", libm::atan, false);
func1!(math_atanh, "atanh", libm::atanh, false);
func1!(math_cbrt, "cbrt", libm::cbrt, false);
func1!(math_cos, "cos", libm::cos, false);
func1!(math_cosh, "cosh", libm::cosh, true);
func1!(math_erf, "erf", libm::erf, false);
func1!(math_erfc, "erfc", libm::erfc, false);
func1!(math_exp, "exp", libm::exp, true);
func1!(math_exp2, "exp2", libm::exp2, true);
func1!(math_expm1, "expm1", libm::expm1, true);
func1!(math_fabs, "fabs", f64::abs, false);
func1!(math_log1p, "log1p", libm::log1p, false);
func1!(math_sin, "sin", libm::sin, false);
func1!(math_sinh, "sinh", libm::sinh, true);
func1!(math_sqrt, "sqrt", f64::sqrt, false);
func1!(math_tan, "tan", libm::tan, false);
func1!(math_tanh, "tanh", libm::tanh, false);

/// The C library's math functions, which CPython calls (Rust's own versions of some, such
/// as `acosh` and `cbrt`, round differently).
mod libm {
    mod c {
        unsafe extern "C" {
            pub fn acos(x: f64) -> f64;
            pub fn acosh(x: f64) -> f64;
            pub fn asin(x: f64) -> f64;
            pub fn asinh(x: f64) -> f64;
            pub fn atan(x: f64) -> f64;
            pub fn atanh(x: f64) -> f64;
            // Rust's runtime carries its own weak `cbrt`, which would win at link time and
            // rounds differently; glibc's alias for the same function cannot be shadowed.
            #[cfg_attr(target_env = "gnu", link_name = "cbrtf64")]
            pub fn cbrt(x: f64) -> f64;
            pub fn cos(x: f64) -> f64;
            pub fn cosh(x: f64) -> f64;
            pub fn erf(x: f64) -> f64;
            pub fn erfc(x: f64) -> f64;
            pub fn exp(x: f64) -> f64;
            pub fn exp2(x: f64) -> f64;
            pub fn expm1(x: f64) -> f64;
            pub fn log(x: f64) -> f64;
            pub fn log2(x: f64) -> f64;
            pub fn log10(x: f64) -> f64;
            pub fn log1p(x: f64) -> f64;
            pub fn sin(x: f64) -> f64;
            pub fn sinh(x: f64) -> f64;
            pub fn tan(x: f64) -> f64;
            pub fn tanh(x: f64) -> f64;
            pub fn atan2(y: f64, x: f64) -> f64;
            pub fn pow(x: f64, y: f64) -> f64;
            pub fn nextafter(x: f64, y: f64) -> f64;
            pub fn remainder(x: f64, y: f64) -> f64;
        }
    }

    macro_rules! wrap {
        ($($name:ident),*) => {$(
            pub fn $name(x: f64) -> f64 {
                // SAFETY: a pure C library function.
                unsafe { c::$name(x) }
            }
        )*};
    }
    wrap!(acos, acosh, asin, asinh, atan, atanh, cbrt, cos, cosh, erf, erfc, exp, exp2, expm1, log, log2, log10, log1p);
    wrap!(sin, sinh, tan, tanh);

    macro_rules! wrap2 {
        ($($name:ident),*) => {$(
            pub fn $name(x: f64, y: f64) -> f64 {
                // SAFETY: a pure C library function.
                unsafe { c::$name(x, y) }
            }
        )*};
    }
    wrap2!(atan2, pow, nextafter, remainder);
}

// ---- gamma and lgamma: CPython's Lanczos approximation (N = 13, g = 6.02468...) ----

/// What a gamma computation signals besides its value (CPython sets `errno`).
#[derive(PartialEq)]
enum Signal {
    None,
    Domain,
    Range,
}

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// The denominator x(x+1)…(x+11) as a polynomial.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
/// Gamma of 1..=23: (n-1)! as the nearest doubles.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];
const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    // Small x: Horner in x; large x: in 1/x, which neither overflows nor loses accuracy.
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at integers and half-integers (for the reflection formula).
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => libm::sin(core::f64::consts::PI * y),
        1 => libm::cos(core::f64::consts::PI * (y - 0.5)),
        2 => libm::sin(core::f64::consts::PI * (1.0 - y)),
        3 => -libm::cos(core::f64::consts::PI * (y - 1.5)),
        _ => libm::sin(core::f64::consts::PI * (y - 2.0)),
    };
    1f64.copysign(x) * r
}

fn tgamma(x: f64) -> (f64, Signal) {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { (x, Signal::None) } else { (f64::NAN, Signal::Domain) };
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Signal::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Signal::Domain);
        }
        if x <= 23.0 {
            return (GAMMA_INTEGRAL[x as usize - 1], Signal::None);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (r, if r.is_infinite() { Signal::Range } else { Signal::None });
    }
    if absx > 200.0 {
        return if x < 0.0 { (0.0 / sin_pi(x), Signal::None) } else { (f64::INFINITY, Signal::Range) };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, to correct pow(y, ...) / exp(y) with.
    let z =
        if absx > LANCZOS_G_MINUS_HALF { (y - absx) - LANCZOS_G_MINUS_HALF } else { (y - LANCZOS_G_MINUS_HALF) - absx };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -core::f64::consts::PI / sin_pi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (r, if r.is_infinite() { Signal::Range } else { Signal::None })
}

fn lgamma(x: f64) -> (f64, Signal) {
    if !x.is_finite() {
        return (if x.is_nan() { x } else { f64::INFINITY }, Signal::None);
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { (f64::INFINITY, Signal::Domain) } else { (0.0, Signal::None) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-libm::log(absx), Signal::None);
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOG_PI - libm::log(sin_pi(absx).abs()) - libm::log(absx) - r;
    }
    (r, if r.is_infinite() { Signal::Range } else { Signal::None })
}

/// CPython's `math_1a`/`is_error`: a signalled domain error raises; a range error raises
/// only for a large result (an underflow returns it).
fn signalled(v: Value, f: fn(f64) -> (f64, Signal)) -> Result<Value, ()> {
    let (r, signal) = f(to_f64(v)?);
    match signal {
        Signal::Domain => domain_error(),
        Signal::Range if r.abs() >= 1.5 => range_error(),
        _ => Ok(float::new(r)),
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_gamma(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("gamma", ptr, n, kwnames, 1).and_then(|a| signalled(a[0], tgamma)))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_lgamma(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("lgamma", ptr, n, kwnames, 1).and_then(|a| signalled(a[0], lgamma)))
}

// ---- rounding to ints ----

/// `ceil`, `floor`, `trunc`: ints unchanged, floats rounded to an int.
fn to_integral(name: &str, v: Value, f: fn(f64) -> f64) -> Result<Value, ()> {
    if int::is_int(v) {
        return Ok(int::from_big(int::to_big(v)));
    }
    if v.kind() != Kind::Float {
        if name == "trunc" {
            raise_type_error(&format!("type {} doesn't define __trunc__ method", v.type_name()));
            return Err(());
        }
        to_f64(v)?;
    }
    let r = float::to_int(f(float::value(v)));
    if r.is_null() { Err(()) } else { Ok(r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_ceil(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("ceil", ptr, n, kwnames, 1).and_then(|a| to_integral("ceil", a[0], f64::ceil)))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_floor(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("floor", ptr, n, kwnames, 1).and_then(|a| to_integral("floor", a[0], f64::floor)))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_trunc(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("trunc", ptr, n, kwnames, 1).and_then(|a| to_integral("trunc", a[0], f64::trunc)))
}

// ---- two-argument float functions ----

fn two_floats(name: &str, ptr: *const Value, n: usize, kwnames: Value) -> Result<(f64, f64), ()> {
    let a = positional(name, ptr, n, kwnames, 2)?;
    Ok((to_f64(a[0])?, to_f64(a[1])?))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_atan2(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(two_floats("atan2", ptr, n, kwnames).map(|(y, x)| float::new(libm::atan2(y, x))))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_copysign(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(two_floats("copysign", ptr, n, kwnames).map(|(x, y)| float::new(x.copysign(y))))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_fmod(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(two_floats("fmod", ptr, n, kwnames).and_then(|(x, y)| {
        if y.is_infinite() && x.is_finite() {
            return Ok(float::new(x));
        }
        let r = x % y;
        if r.is_nan() && !x.is_nan() && !y.is_nan() { domain_error() } else { Ok(float::new(r)) }
    }))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_remainder(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(two_floats("remainder", ptr, n, kwnames).and_then(|(x, y)| {
        if x.is_nan() || y.is_nan() {
            return Ok(float::new(if x.is_nan() { x } else { y }));
        }
        if x.is_infinite() || y == 0.0 {
            return domain_error();
        }
        if y.is_infinite() {
            return Ok(float::new(x));
        }
        Ok(float::new(libm::remainder(x, y)))
    }))
}

/// `math.pow`: C99's special cases, then libm; a NaN or a pole is a domain error and an
/// overflow a range error.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_pow(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(two_floats("pow", ptr, n, kwnames).and_then(|(x, y)| {
        if !x.is_finite() || !y.is_finite() {
            let r = if x.is_nan() {
                if y == 0.0 { 1.0 } else { x }
            } else if y.is_nan() {
                if x == 1.0 { 1.0 } else { y }
            } else if x.is_infinite() {
                let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
                if y > 0.0 {
                    if odd_y { x } else { x.abs() }
                } else if y == 0.0 {
                    1.0
                } else if odd_y {
                    0f64.copysign(x)
                } else {
                    0.0
                }
            } else if x.abs() == 1.0 {
                1.0
            } else if y > 0.0 && x.abs() > 1.0 {
                y
            } else if y < 0.0 && x.abs() < 1.0 {
                -y
            } else {
                0.0
            };
            return Ok(float::new(r));
        }
        let r = libm::pow(x, y);
        if r.is_nan() || (r.is_infinite() && x == 0.0) {
            return domain_error();
        }
        if r.is_infinite() {
            return range_error();
        }
        Ok(float::new(r))
    }))
}

// ---- logarithms ----

/// CPython's `loghelper`: ints are handled exactly (a positive int too large for a float
/// still has a logarithm); everything else goes through `math_1`.
fn log_of(v: Value, f: fn(f64) -> f64) -> Result<f64, ()> {
    if int::is_int(v) {
        let b = int::to_big(v);
        if !b.is_positive() {
            return domain_error();
        }
        return Ok(match b.to_f64().filter(|x| x.is_finite()) {
            Some(x) => f(x),
            None => {
                let (m, e) = frexp_big(&b);
                f(m) + f(2.0) * e as f64
            }
        });
    }
    let x = to_f64(v)?;
    let r = if x.is_finite() {
        if x > 0.0 {
            f(x)
        } else {
            return domain_error();
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        return domain_error();
    };
    Ok(r)
}

/// A positive int as `m * 2**e` with `m` in [0.5, 1) rounded half-even (`_PyLong_Frexp`).
fn frexp_big(b: &BigInt) -> (f64, i64) {
    let bits = b.bits() as i64;
    let shift = bits - 53;
    let mut q = b >> (shift as usize);
    let rem = b - (&q << (shift as usize));
    let half = BigInt::one() << ((shift - 1) as usize);
    if rem > half || (rem == half && q.is_odd()) {
        q += 1;
    }
    let m = q.to_f64().unwrap_or(0.0) / 2f64.powi(53);
    // Rounding up can carry into a 54th bit: m is then exactly 1.0.
    if m >= 1.0 { (m / 2.0, bits + 1) } else { (m, bits) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_log(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(args_of(ptr, n), kwnames);
    if !kw.is_empty() {
        return raise_type_error("math.log() takes no keyword arguments");
    }
    if args.is_empty() || args.len() > 2 {
        let msg = if args.is_empty() {
            "log expected at least 1 argument, got 0".to_string()
        } else {
            format!("log expected at most 2 arguments, got {}", args.len())
        };
        return raise_type_error(&msg);
    }
    finish((|| {
        let num = log_of(args[0], libm::log)?;
        let Some(&base) = args.get(1) else { return Ok(float::new(num)) };
        let den = log_of(base, libm::log)?;
        if den == 0.0 {
            raise(&exceptions::ZERO_DIVISION_ERROR, "float division by zero");
            return Err(());
        }
        Ok(float::new(num / den))
    })())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_log2(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("log2", ptr, n, kwnames, 1).and_then(|a| log_of(a[0], libm::log2).map(float::new)))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_log10(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("log10", ptr, n, kwnames, 1).and_then(|a| log_of(a[0], libm::log10).map(float::new)))
}

// ---- simple float functions ----

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_degrees(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let rad_to_deg = 180.0 / core::f64::consts::PI;
    finish(positional("degrees", ptr, n, kwnames, 1).and_then(|a| Ok(float::new(to_f64(a[0])? * rad_to_deg))))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_radians(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let deg_to_rad = core::f64::consts::PI / 180.0;
    finish(positional("radians", ptr, n, kwnames, 1).and_then(|a| Ok(float::new(to_f64(a[0])? * deg_to_rad))))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_isfinite(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("isfinite", ptr, n, kwnames, 1).and_then(|a| Ok(Value::bool(to_f64(a[0])?.is_finite()))))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_isinf(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("isinf", ptr, n, kwnames, 1).and_then(|a| Ok(Value::bool(to_f64(a[0])?.is_infinite()))))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_isnan(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("isnan", ptr, n, kwnames, 1).and_then(|a| Ok(Value::bool(to_f64(a[0])?.is_nan()))))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_isclose(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(args_of(ptr, n), kwnames);
    finish((|| {
        if args.len() != 2 {
            let which = if args.is_empty() { "'a'" } else { "'b'" };
            let msg = if args.len() < 2 {
                format!("isclose() missing required argument {which} (pos {})", args.len() + 1)
            } else {
                format!("isclose() takes exactly 2 positional arguments ({} given)", args.len())
            };
            raise_type_error(&msg);
            return Err(());
        }
        let (mut rel_tol, mut abs_tol) = (1e-9, 0.0);
        for &(k, v) in &kw {
            match k {
                "rel_tol" => rel_tol = to_f64(v)?,
                "abs_tol" => abs_tol = to_f64(v)?,
                _ => {
                    raise_type_error(&format!("isclose() got an unexpected keyword argument '{k}'"));
                    return Err(());
                }
            }
        }
        let (a, b) = (to_f64(args[0])?, to_f64(args[1])?);
        if rel_tol < 0.0 || abs_tol < 0.0 {
            raise(&exceptions::VALUE_ERROR, "tolerances must be non-negative");
            return Err(());
        }
        if a == b {
            return Ok(Value::bool(true));
        }
        if a.is_infinite() || b.is_infinite() {
            return Ok(Value::bool(false));
        }
        let diff = (b - a).abs();
        let close = (diff <= (rel_tol * b).abs()) || (diff <= (rel_tol * a).abs()) || diff <= abs_tol;
        Ok(Value::bool(close))
    })())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_frexp(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("frexp", ptr, n, kwnames, 1).and_then(|a| {
        let x = to_f64(a[0])?;
        let (m, e) = if x == 0.0 || !x.is_finite() { (x, 0) } else { frexp(x) };
        Ok(tuple::new(vec![float::new(m), int::from_i64(e)]))
    }))
}

/// `x = m * 2**e` with `0.5 <= |m| < 1`, for finite nonzero `x`.
fn frexp(x: f64) -> (f64, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_ldexp(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("ldexp", ptr, n, kwnames, 2).and_then(|a| {
        let x = to_f64(a[0])?;
        if !int::is_int(a[1]) {
            raise_type_error("Expected an int as second argument to ldexp.");
            return Err(());
        }
        if x == 0.0 || !x.is_finite() {
            return Ok(float::new(x));
        }
        let e = int::to_big(a[1]).clamp(BigInt::from(-4000), BigInt::from(4000)).to_i32().unwrap_or(0);
        // Two steps keep every intermediate in range, so the only rounding is the last.
        let r = x * 2f64.powi(e / 2) * 2f64.powi(e - e / 2);
        if r.is_infinite() { range_error() } else { Ok(float::new(r)) }
    }))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_modf(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("modf", ptr, n, kwnames, 1).and_then(|a| {
        let x = to_f64(a[0])?;
        let (frac, whole) = if x.is_infinite() {
            (0f64.copysign(x), x)
        } else if x.is_nan() {
            (x, x)
        } else {
            let whole = x.trunc();
            ((x - whole).copysign(x), whole)
        };
        Ok(tuple::new(vec![float::new(frac), float::new(whole)]))
    }))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_nextafter(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(args_of(ptr, n), kwnames);
    finish((|| {
        if args.len() != 2 {
            raise_type_error(&format!("nextafter expected 2 arguments, got {}", args.len()));
            return Err(());
        }
        let (mut x, y) = (to_f64(args[0])?, to_f64(args[1])?);
        let mut steps = None;
        for &(k, v) in &kw {
            if k != "steps" {
                raise_type_error(&format!("nextafter() got an unexpected keyword argument '{k}'"));
                return Err(());
            }
            if !v.is_none() {
                let s = to_int(v)?;
                if s.is_negative() {
                    raise(&exceptions::VALUE_ERROR, "steps must be a non-negative integer");
                    return Err(());
                }
                steps = Some(s.to_u64().unwrap_or(u64::MAX));
            }
        }
        // More steps than floats between x and y just reach y.
        for _ in 0..steps.unwrap_or(1).min(1 << 12) {
            x = libm::nextafter(x, y);
        }
        if steps.is_some_and(|s| s > 1 << 12) && x != y {
            x = step_many(x, y, steps.unwrap_or(0) - (1 << 12));
        }
        Ok(float::new(x))
    })())
}

/// `nextafter(x, y, steps=n)` for many steps: through the ordered integer image of floats.
fn step_many(x: f64, y: f64, n: u64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    let key = |f: f64| {
        let b = f.to_bits() as i64;
        if b < 0 { i64::MIN - b } else { b }
    };
    let unkey = |k: i64| f64::from_bits((if k < 0 { i64::MIN - k } else { k }) as u64);
    let (kx, ky) = (key(x), key(y));
    let n = i64::try_from(n).unwrap_or(i64::MAX);
    if kx < ky { unkey(kx.saturating_add(n).min(ky)) } else { unkey(kx.saturating_sub(n).max(ky)) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_ulp(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("ulp", ptr, n, kwnames, 1).and_then(|a| {
        let x = to_f64(a[0])?.abs();
        if x.is_nan() || x.is_infinite() {
            return Ok(float::new(x));
        }
        let next = libm::nextafter(x, f64::INFINITY);
        if next.is_infinite() {
            // x is the largest float: the gap below it.
            let prev = libm::nextafter(x, 0.0);
            return Ok(float::new(x - prev));
        }
        Ok(float::new(next - x))
    }))
}

// ---- sums and norms ----

/// `fsum(iterable)`: the correctly rounded sum (Shewchuk's partials, CPython's `msum`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_fsum(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("fsum", ptr, n, kwnames, 1).and_then(|a| fsum(a[0]).map(float::new)))
}

fn fsum(iterable: Value) -> Result<f64, ()> {
    let it = iter::iter(iterable);
    if it.is_null() {
        return Err(());
    }
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = iter::next(it)? {
        let mut x = to_f64(item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                core::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x.is_finite() {
            if x != 0.0 {
                partials.push(x);
            }
        } else {
            // A nonfinite sum from finite inputs is an intermediate overflow.
            if xsave.is_finite() {
                raise(&exceptions::OVERFLOW_ERROR, "intermediate overflow in fsum");
                return Err(());
            }
            if xsave.is_infinite() {
                inf_sum += xsave;
            }
            special_sum += xsave;
            partials.clear();
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            raise(&exceptions::VALUE_ERROR, "-inf + inf in fsum");
            return Err(());
        }
        return Ok(special_sum);
    }
    let mut hi = 0.0;
    if let Some(mut k) = partials.len().checked_sub(1) {
        hi = partials[k];
        let mut lo = 0.0;
        while k > 0 {
            let x = hi;
            k -= 1;
            let y = partials[k];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even correctly: if the rest has the same sign as the error, adjust.
        if k > 0 && ((lo < 0.0 && partials[k - 1] < 0.0) || (lo > 0.0 && partials[k - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

/// The Euclidean norm of finite values scaled by their maximum, with CPython 3.12's
/// error-compensated summation and final correction (`vector_norm`).
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // Scaling by 2**-max_e would overflow: make subnormals normal first.
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = 2f64.powi(-max_e as i32);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in vec.iter() {
        let x = x * scale;
        let (hi, lo) = (x * x, x.mul_add(x, -(x * x)));
        let (s_hi, s_lo) = fast_two_sum(csum, hi);
        csum = s_hi;
        frac1 += lo;
        frac2 += s_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (p_hi, p_lo) = (-h * h, (-h).mul_add(h, h * h));
    let (s_hi, s_lo) = fast_two_sum(csum, p_hi);
    csum = s_hi;
    frac1 += p_lo;
    frac2 += s_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, (a - hi) + b)
}

fn norm_of(values: impl Iterator<Item = Result<f64, ()>>) -> Result<f64, ()> {
    let mut vec = Vec::new();
    let (mut max, mut found_nan) = (0.0f64, false);
    for x in values {
        let x = x?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    Ok(vector_norm(&mut vec, max, found_nan))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_hypot(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(args_of(ptr, n), kwnames);
    if !kw.is_empty() {
        return raise_type_error("hypot() takes no keyword arguments");
    }
    finish(norm_of(args.iter().map(|&v| to_f64(v))).map(float::new))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_dist(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("dist", ptr, n, kwnames, 2).and_then(|a| {
        let (p, q) = (a[0], a[1]);
        for v in [p, q] {
            if !matches!(v.kind(), Kind::Tuple | Kind::List) {
                raise_type_error(&format!("dist(): argument must be tuple, not {}", v.type_name()));
                return Err(());
            }
        }
        let (p, q) = (iter::collect(p)?, iter::collect(q)?);
        if p.len() != q.len() {
            raise(&exceptions::VALUE_ERROR, "both points must have the same number of dimensions");
            return Err(());
        }
        norm_of(p.iter().zip(&q).map(|(&a, &b)| Ok(to_f64(a)? - to_f64(b)?))).map(float::new)
    }))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_prod(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(args_of(ptr, n), kwnames);
    finish((|| {
        if args.len() != 1 {
            raise_type_error(&format!("prod() takes exactly 1 positional argument ({} given)", args.len()));
            return Err(());
        }
        let mut acc = Value::small(1);
        for &(k, v) in &kw {
            if k != "start" {
                raise_type_error(&format!("prod() got an unexpected keyword argument '{k}'"));
                return Err(());
            }
            acc = v;
        }
        for x in iter::collect(args[0])? {
            acc = ops::binary(ops::BinOp::Mul, acc, x);
            if acc.is_null() {
                return Err(());
            }
        }
        Ok(acc)
    })())
}

// ---- integer functions ----

fn int_args(name: &str, ptr: *const Value, n: usize, kwnames: Value) -> Result<Vec<BigInt>, ()> {
    let (args, kw) = split_args(args_of(ptr, n), kwnames);
    if !kw.is_empty() {
        raise_type_error(&format!("math.{name}() takes no keyword arguments"));
        return Err(());
    }
    args.iter().map(|&v| to_int(v)).collect()
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_factorial(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("factorial", ptr, n, kwnames, 1).and_then(|a| {
        let x = to_int(a[0])?;
        if x.is_negative() {
            raise(&exceptions::VALUE_ERROR, "factorial() not defined for negative values");
            return Err(());
        }
        let Some(k) = x.to_u64().filter(|&k| k <= 1 << 24) else {
            raise(&exceptions::OVERFLOW_ERROR, "factorial() argument should not exceed 9223372036854775807");
            return Err(());
        };
        Ok(int::from_big(product(1, k + 1)))
    }))
}

/// The product of `lo..hi`, split in halves so the multiplications stay balanced.
fn product(lo: u64, hi: u64) -> BigInt {
    if hi - lo <= 16 {
        return (lo..hi).fold(BigInt::one(), |acc, k| acc * k);
    }
    let mid = lo + (hi - lo) / 2;
    product(lo, mid) * product(mid, hi)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_gcd(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(int_args("gcd", ptr, n, kwnames).map(|xs| int::from_big(xs.iter().fold(BigInt::zero(), |g, x| g.gcd(x)))))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_lcm(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(int_args("lcm", ptr, n, kwnames).map(|xs| {
        int::from_big(
            xs.iter().fold(BigInt::one(), |l, x| if l.is_zero() || x.is_zero() { BigInt::zero() } else { l.lcm(x) }),
        )
    }))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_isqrt(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("isqrt", ptr, n, kwnames, 1).and_then(|a| {
        let x = to_int(a[0])?;
        if x.is_negative() {
            raise(&exceptions::VALUE_ERROR, "isqrt() argument must be nonnegative");
            return Err(());
        }
        Ok(int::from_big(x.sqrt()))
    }))
}

/// The `n` and `k` of `comb`/`perm`: non-negative ints.
fn n_k(n: &BigInt, k: &BigInt) -> Result<Option<(u64, u64)>, ()> {
    if n.is_negative() {
        raise(&exceptions::VALUE_ERROR, "n must be a non-negative integer");
        return Err(());
    }
    if k.is_negative() {
        raise(&exceptions::VALUE_ERROR, "k must be a non-negative integer");
        return Err(());
    }
    if k > n {
        return Ok(None);
    }
    match (n.to_u64(), k.to_u64()) {
        (Some(n), Some(k)) if k <= 1 << 24 => Ok(Some((n, k))),
        _ => {
            raise(&exceptions::OVERFLOW_ERROR, "min(n - k, k) must not exceed 9223372036854775807");
            Err(())
        }
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_comb(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish(positional("comb", ptr, n, kwnames, 2).and_then(|a| {
        let Some((n, k)) = n_k(&to_int(a[0])?, &to_int(a[1])?)? else { return Ok(Value::small(0)) };
        let k = k.min(n - k);
        Ok(int::from_big(product(n - k + 1, n + 1) / product(1, k + 1)))
    }))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_perm(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(args_of(ptr, n), kwnames);
    finish((|| {
        if !kw.is_empty() {
            raise_type_error("math.perm() takes no keyword arguments");
            return Err(());
        }
        if args.is_empty() || args.len() > 2 {
            let msg = if args.is_empty() {
                "perm expected at least 1 argument, got 0".to_string()
            } else {
                format!("perm expected at most 2 arguments, got {}", args.len())
            };
            raise_type_error(&msg);
            return Err(());
        }
        let n = to_int(args[0])?;
        let k = match args.get(1) {
            Some(&v) if !v.is_none() => to_int(v)?,
            // `perm(n)` is `factorial(n)`, with its error.
            _ if n.is_negative() => {
                raise(&exceptions::VALUE_ERROR, "factorial() not defined for negative values");
                return Err(());
            }
            _ => n.clone(),
        };
        let Some((n, k)) = n_k(&n, &k)? else { return Ok(Value::small(0)) };
        Ok(int::from_big(product(n - k + 1, n + 1)))
    })())
}

/// The float part of `sumprod`: the exact sum of products of doubles, as an integer count of
/// units of 2**-2148 (every product of two finite doubles is a whole number of those).
struct ExactSum(BigInt);

/// Each finite double `x` is `m * 2**e` exactly.
fn mantissa_exponent(x: f64) -> (BigInt, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (m, e) = if exp == 0 { (frac, -1074) } else { (frac | (1 << 52), exp - 1075) };
    let m = BigInt::from(m);
    (if x.is_sign_negative() { -m } else { m }, e)
}

impl ExactSum {
    const SCALE: i64 = 2148;

    fn plus_product(&self, x: f64, y: f64) -> ExactSum {
        let ((mx, ex), (my, ey)) = (mantissa_exponent(x), mantissa_exponent(y));
        ExactSum(&self.0 + ((mx * my) << (ex + ey + Self::SCALE) as u64))
    }

    /// The nearest double to the exact sum; `None` when it is too large for one.
    fn to_f64(&self) -> Option<f64> {
        match int::big_truediv(&self.0, &(BigInt::from(1) << Self::SCALE as u64)) {
            Ok(f) if f.is_finite() => Some(f),
            Ok(_) => None,
            Err(()) => {
                exceptions::take_pending();
                None
            }
        }
    }
}

/// `math.sumprod(p, q)` as CPython 3.12 computes it: exact machine-int products while the
/// pairs are ints, then float (and float-int) pairs summed in extended precision (here
/// exactly, rounded once), then whatever remains with `+` and `*`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn math_sumprod(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    finish((|| {
        let args = positional("sumprod", ptr, n, kwnames, 2)?;
        let (p, q) = (iter::collect(args[0])?, iter::collect(args[1])?);
        if p.len() != q.len() {
            raise(&exceptions::VALUE_ERROR, "Inputs are not the same length");
            return Err(());
        }
        let exact_int = |v: Value| v.kind() == Kind::Int;
        let mut total = Value::small(0);
        let mut i = 0;
        // Ints whose products and running sum fit a machine word.
        let mut int_total: i64 = 0;
        while i < p.len() && exact_int(p[i]) && exact_int(q[i]) {
            let (Some(a), Some(b)) = (int::to_i64(p[i]), int::to_i64(q[i])) else { break };
            let Some(sum) = a.checked_mul(b).and_then(|prod| int_total.checked_add(prod)) else { break };
            int_total = sum;
            i += 1;
        }
        if i > 0 {
            total = ops::binary(ops::BinOp::Add, total, int::from_i64(int_total));
        }
        // Float pairs, and float-int pairs.
        let as_float = |v: Value| -> Option<f64> {
            if v.kind() == Kind::Float {
                Some(float::value(v))
            } else if matches!(v.kind(), Kind::Int | Kind::Bool) {
                to_f64(v).ok().or_else(|| {
                    exceptions::take_pending();
                    None
                })
            } else {
                None
            }
        };
        let mut flt = ExactSum(BigInt::from(0));
        let start = i;
        while i < p.len() {
            let (pf, qf) = (p[i].kind() == Kind::Float, q[i].kind() == Kind::Float);
            if !(pf || qf) {
                break;
            }
            let (Some(x), Some(y)) = (as_float(p[i]), as_float(q[i])) else { break };
            if !x.is_finite() || !y.is_finite() {
                break;
            }
            let next = flt.plus_product(x, y);
            if next.to_f64().is_none() {
                break;
            }
            flt = next;
            i += 1;
        }
        if i > start {
            total = ops::binary(ops::BinOp::Add, total, float::new(flt.to_f64().unwrap_or(0.0)));
            if total.is_null() {
                return Err(());
            }
        }
        for k in i..p.len() {
            let term = ops::binary(ops::BinOp::Mul, p[k], q[k]);
            if term.is_null() {
                return Err(());
            }
            total = ops::binary(ops::BinOp::Add, total, term);
            if total.is_null() {
                return Err(());
            }
        }
        Ok(total)
    })())
}
