//! `time`: the clocks and `sleep` (calendar functions are not provided yet).

use crate::exceptions::{self, raise, raise_type_error};
use crate::func::split_args;
use crate::object::{Kind, Value};
use crate::{float, int};

#[rustfmt::skip]
pub const NAMES: &[&str] = &[
    "CLOCK_BOOTTIME", "CLOCK_MONOTONIC", "CLOCK_MONOTONIC_RAW", "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_REALTIME",
    "CLOCK_TAI", "CLOCK_THREAD_CPUTIME_ID", "altzone", "asctime", "clock_getres", "clock_gettime",
    "clock_gettime_ns", "clock_settime", "clock_settime_ns", "ctime", "daylight", "get_clock_info", "gmtime",
    "localtime", "mktime", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "process_time",
    "process_time_ns", "pthread_getcpuclockid", "sleep", "strftime", "strptime", "struct_time", "time", "time_ns",
    "timezone", "tzname",
];

#[repr(C)]
struct Timespec {
    sec: i64,
    nsec: i64,
}

unsafe extern "C" {
    fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    fn nanosleep(req: *const Timespec, rem: *mut Timespec) -> i32;
}

const CLOCK_REALTIME: i32 = 0;
const CLOCK_MONOTONIC: i32 = 1;
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;

/// Nanoseconds on a POSIX clock.
fn nanos(clock: i32) -> i128 {
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `ts` is a valid out-parameter.
    unsafe { clock_gettime(clock, &raw mut ts) };
    i128::from(ts.sec) * 1_000_000_000 + i128::from(ts.nsec)
}

pub fn getattr(name: &str) -> Option<Value> {
    let entry: crate::func::BuiltinEntry = match name {
        "time" => time_time,
        "time_ns" => time_time_ns,
        "monotonic" => time_monotonic,
        "monotonic_ns" => time_monotonic_ns,
        "perf_counter" => time_perf_counter,
        "perf_counter_ns" => time_perf_counter_ns,
        "process_time" => time_process_time,
        "process_time_ns" => time_process_time_ns,
        "sleep" => time_sleep,
        _ => return None,
    };
    let name = NAMES.iter().find(|n| **n == name).copied().unwrap_or("time");
    Some(super::builtin(entry, name))
}

fn no_args(name: &str, ptr: *const Value, n: usize, kwnames: Value) -> Result<(), ()> {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    if !kw.is_empty() {
        raise_type_error(&format!("time.{name}() takes no keyword arguments"));
        return Err(());
    }
    if !args.is_empty() {
        raise_type_error(&format!("time.{name}() takes no arguments ({} given)", args.len()));
        return Err(());
    }
    Ok(())
}

macro_rules! clock {
    ($seconds:ident, $ns:ident, $name:literal, $clock:expr) => {
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn $seconds(ptr: *const Value, n: usize, kwnames: Value) -> Value {
            match no_args($name, ptr, n, kwnames) {
                Ok(()) => float::new(nanos($clock) as f64 * 1e-9),
                Err(()) => Value::NULL,
            }
        }

        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn $ns(ptr: *const Value, n: usize, kwnames: Value) -> Value {
            match no_args(concat!($name, "_ns"), ptr, n, kwnames) {
                Ok(()) => int::from_i128(nanos($clock)),
                Err(()) => Value::NULL,
            }
        }
    };
}

clock!(time_time, time_time_ns, "time", CLOCK_REALTIME);
clock!(time_monotonic, time_monotonic_ns, "monotonic", CLOCK_MONOTONIC);
clock!(time_perf_counter, time_perf_counter_ns, "perf_counter", CLOCK_MONOTONIC);
clock!(time_process_time, time_process_time_ns, "process_time", CLOCK_PROCESS_CPUTIME_ID);

/// `sleep(secs)`: a non-negative int or float number of seconds.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn time_sleep(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    if !kw.is_empty() {
        return raise_type_error("time.sleep() takes no keyword arguments");
    }
    if args.len() != 1 {
        return raise_type_error(&format!("time.sleep() takes exactly one argument ({} given)", args.len()));
    }
    let v = args[0];
    let secs = if v.kind() == Kind::Float {
        float::value(v)
    } else if int::is_int(v) {
        match int::to_f64(v) {
            Ok(x) => x,
            Err(()) => return Value::NULL,
        }
    } else {
        return raise_type_error(&format!("'{}' object cannot be interpreted as an integer", v.type_name()));
    };
    if secs.is_nan() {
        return raise(&exceptions::VALUE_ERROR, "Invalid value NaN (not a number)");
    }
    if secs < 0.0 {
        return raise(&exceptions::VALUE_ERROR, "sleep length must be non-negative");
    }
    let whole = secs.trunc();
    let mut req = Timespec { sec: whole as i64, nsec: ((secs - whole) * 1e9) as i64 };
    let mut rem = Timespec { sec: 0, nsec: 0 };
    // SAFETY: valid in/out parameters; an interrupted sleep resumes with what remains,
    // unless Ctrl-C interrupted it.
    while unsafe { nanosleep(&raw const req, &raw mut rem) } != 0 {
        if crate::interrupt::take() {
            return Value::NULL;
        }
        req = Timespec { sec: rem.sec, nsec: rem.nsec };
    }
    Value::none()
}
