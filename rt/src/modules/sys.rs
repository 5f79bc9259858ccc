//! `sys`: argv, the standard streams, exit, and the recursion limit.

use crate::cell::Global;
use crate::exceptions::{self, raise};
use crate::func::split_args;
use crate::object::Value;
use crate::tuple::StructSeq;
use crate::{int, io, list};

/// `sys.argv`, set once at start-up.
pub static ARGV: Global<Value> = Global::new(Value::NULL);

pub static VERSION_INFO: StructSeq =
    StructSeq::new("sys.version_info", &["major", "minor", "micro", "releaselevel", "serial"]);

pub static FLOAT_INFO: StructSeq = StructSeq::new(
    "sys.float_info",
    &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
);

/// The CPython release whose behaviour krait reproduces.
const VERSION: (i64, i64, i64) = (3, 12, 7);

pub fn getattr(name: &str) -> Option<Value> {
    let small = |i: i64| Value::small(i);
    Some(match name {
        "version_info" => VERSION_INFO.instance(vec![
            small(VERSION.0),
            small(VERSION.1),
            small(VERSION.2),
            crate::str::new_str("final"),
            small(0),
        ]),
        "version" => crate::str::new_str(&format!("{}.{}.{} (krait)", VERSION.0, VERSION.1, VERSION.2)),
        "hexversion" => small((VERSION.0 << 24) | (VERSION.1 << 16) | (VERSION.2 << 8) | 0xf0),
        "float_info" => FLOAT_INFO.instance(vec![
            crate::float::new(f64::MAX),
            small(f64::MAX_EXP.into()),
            small(f64::MAX_10_EXP.into()),
            crate::float::new(f64::MIN_POSITIVE),
            small(f64::MIN_EXP.into()),
            small(f64::MIN_10_EXP.into()),
            small(f64::DIGITS.into()),
            small(f64::MANTISSA_DIGITS.into()),
            crate::float::new(f64::EPSILON),
            small(f64::RADIX.into()),
            small(1),
        ]),
        "argv" => ARGV.get(),
        "stdout" => Value::from_static(&io::STDOUT),
        "stderr" => Value::from_static(&io::STDERR),
        "stdin" => Value::from_static(&io::STDIN),
        "maxsize" => int::from_i64(isize::MAX as i64),
        "exit" => builtin(krait_sys_exit, "exit"),
        "exception" => builtin(krait_sys_exception, "exception"),
        "exc_info" => builtin(krait_sys_exc_info, "exc_info"),
        "getrecursionlimit" => builtin(krait_sys_getrecursionlimit, "getrecursionlimit"),
        "setrecursionlimit" => builtin(krait_sys_setrecursionlimit, "setrecursionlimit"),
        "platform" => crate::str::new_str("linux"),
        "getdefaultencoding" => builtin(krait_sys_getdefaultencoding, "getdefaultencoding"),
        "get_int_max_str_digits" => builtin(krait_sys_get_int_max_str_digits, "get_int_max_str_digits"),
        "set_int_max_str_digits" => builtin(krait_sys_set_int_max_str_digits, "set_int_max_str_digits"),
        "byteorder" => crate::str::new_str(if cfg!(target_endian = "little") { "little" } else { "big" }),
        _ => return None,
    })
}

use super::{args_of, builtin};

/// The `exit()` and `quit()` builtins (from CPython's `site`): like `sys.exit`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_builtin_exit(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    // SAFETY: same convention.
    unsafe { krait_sys_exit(ptr, n, kwnames) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_builtin_quit(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    // SAFETY: same convention.
    unsafe { krait_sys_exit(ptr, n, kwnames) }
}

/// `sys.exit([code])`: raises `SystemExit`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_sys_exit(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(args_of(ptr, n), kwnames);
    if !kw.is_empty() {
        return exceptions::raise_type_error("exit() takes no keyword arguments");
    }
    if args.len() > 1 {
        return exceptions::raise_type_error(&format!("exit expected at most 1 argument, got {}", args.len()));
    }
    let args = crate::tuple::new(args.to_vec());
    exceptions::set_pending(exceptions::new_exception(&exceptions::SYSTEM_EXIT, args));
    Value::NULL
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_sys_getrecursionlimit(_ptr: *const Value, n: usize, _kw: Value) -> Value {
    if n != 0 {
        return exceptions::raise_type_error(&format!("sys.getrecursionlimit() takes no arguments ({n} given)"));
    }
    int::from_i64(i64::from(crate::start::recursion_limit()))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_sys_setrecursionlimit(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, _) = split_args(args_of(ptr, n), kwnames);
    if args.len() != 1 {
        return exceptions::raise_type_error(&format!(
            "setrecursionlimit() takes exactly one argument ({} given)",
            args.len()
        ));
    }
    let Ok(limit) = crate::args::c_int(args[0]) else { return Value::NULL };
    if limit < 1 {
        return raise(&exceptions::VALUE_ERROR, "recursion limit must be greater or equal than 1");
    }
    crate::start::set_recursion_limit(limit as u32);
    Value::none()
}

/// `sys.getdefaultencoding()` and `sys.getfilesystemencoding()`: always UTF-8, as on Linux.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_sys_getdefaultencoding(_ptr: *const Value, n: usize, _kw: Value) -> Value {
    if n != 0 {
        return exceptions::raise_type_error(&format!("sys.getdefaultencoding() takes no arguments ({n} given)"));
    }
    crate::str::new_str("utf-8")
}

pub fn set_argv(args: Vec<String>) {
    ARGV.set(list::new(args.iter().map(|a| crate::str::new_str(a)).collect()));
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_sys_get_int_max_str_digits(_ptr: *const Value, n: usize, _kw: Value) -> Value {
    if n != 0 {
        return exceptions::raise_type_error(&format!("sys.get_int_max_str_digits() takes no arguments ({n} given)"));
    }
    int::from_i64(int::MAX_STR_DIGITS.get() as i64)
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 or at least 640, as CPython allows.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_sys_set_int_max_str_digits(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(args_of(ptr, n), kwnames);
    let value = match (args, kw.as_slice()) {
        ([v], []) => *v,
        ([], [("maxdigits", v)]) => *v,
        _ => return exceptions::raise_type_error("set_int_max_str_digits() takes exactly one argument"),
    };
    let Some(limit) = crate::ops::index_value(value) else {
        return exceptions::raise_type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            value.type_name()
        ));
    };
    if limit != 0 && !(640..=i128::from(i32::MAX)).contains(&limit) {
        return raise(&exceptions::VALUE_ERROR, "maxdigits must be 0 or larger than 640");
    }
    int::MAX_STR_DIGITS.set(limit as usize);
    Value::none()
}

/// `sys.exception()`: the exception being handled, or `None`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_sys_exception(_: *const Value, n: usize, _: Value) -> Value {
    if n != 0 {
        return crate::exceptions::raise_type_error(&format!("exception() takes no arguments ({n} given)"));
    }
    let e = crate::exceptions::handled();
    if e.is_null() { Value::none() } else { e }
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being handled, or three
/// `None`s.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_sys_exc_info(_: *const Value, n: usize, _: Value) -> Value {
    if n != 0 {
        return crate::exceptions::raise_type_error(&format!("exc_info() takes no arguments ({n} given)"));
    }
    let e = crate::exceptions::handled();
    let none = Value::none();
    if e.is_null() {
        return crate::tuple::new(vec![none, none, none]);
    }
    crate::tuple::new(vec![Value::from_static(e.ty()), e, crate::traceback::traceback_of(e)])
}
