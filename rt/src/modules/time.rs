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
        "localtime" => time_localtime,
        "gmtime" => time_gmtime,
        "mktime" => time_mktime,
        "strftime" => time_strftime,
        "asctime" => time_asctime,
        "ctime" => time_ctime,
        // Written in Python (`lower/stdlib/_time.py`).
        "struct_time" => return Some(crate::import::attribute_of("_time", "struct_time")),
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

// ---- calendar time: struct_time, localtime, gmtime, mktime, strftime ----

/// The C library's `struct tm` (glibc and musl lay it out alike).
#[repr(C)]
struct Tm {
    sec: i32,
    min: i32,
    hour: i32,
    mday: i32,
    mon: i32,
    year: i32,
    wday: i32,
    yday: i32,
    isdst: i32,
    gmtoff: core::ffi::c_long,
    zone: *const core::ffi::c_char,
}

impl Tm {
    fn zeroed() -> Tm {
        Tm {
            sec: 0,
            min: 0,
            hour: 0,
            mday: 0,
            mon: 0,
            year: 0,
            wday: 0,
            yday: 0,
            isdst: 0,
            gmtoff: 0,
            zone: core::ptr::null(),
        }
    }
}

unsafe extern "C" {
    fn localtime_r(t: *const i64, tm: *mut Tm) -> *mut Tm;
    fn gmtime_r(t: *const i64, tm: *mut Tm) -> *mut Tm;
    fn mktime(tm: *mut Tm) -> i64;
    fn strftime(buf: *mut u8, max: usize, format: *const core::ffi::c_char, tm: *const Tm) -> usize;
    fn tzset();
}

/// `time.struct_time` of a `struct tm`.
fn struct_time(tm: &Tm) -> Value {
    let cls = crate::import::attribute_of("_time", "struct_time");
    if cls.is_null() {
        return cls;
    }
    let i = |x: i32| int::from_i64(i64::from(x));
    let zone = if tm.zone.is_null() {
        Value::none()
    } else {
        // SAFETY: the C library's zone names are NUL-terminated.
        crate::str::from_string(unsafe { core::ffi::CStr::from_ptr(tm.zone) }.to_string_lossy().into_owned())
    };
    let fields = vec![
        i(tm.year + 1900),
        i(tm.mon + 1),
        i(tm.mday),
        i(tm.hour),
        i(tm.min),
        i(tm.sec),
        i((tm.wday + 6) % 7),
        i(tm.yday + 1),
        i(tm.isdst),
        zone,
        int::from_i64(i64::from(tm.gmtoff)),
    ];
    crate::func::call(cls, &[crate::tuple::new(fields)], Value::NULL)
}

/// Seconds since the epoch from an optional argument (now when None), rounded down.
fn seconds_arg(name: &str, v: Option<Value>) -> Result<i64, ()> {
    match v.filter(|v| !v.is_none()) {
        None => Ok((nanos(0) / 1_000_000_000) as i64),
        Some(v) if v.kind() == Kind::Float => {
            let f = float::value(v);
            if f.is_nan() {
                crate::exceptions::raise(&crate::exceptions::VALUE_ERROR, "Invalid value NaN (not a number)");
                return Err(());
            }
            if !(-9.2e18..9.2e18).contains(&f) {
                crate::exceptions::raise(
                    &crate::exceptions::OVERFLOW_ERROR,
                    "timestamp out of range for platform time_t",
                );
                return Err(());
            }
            Ok(f.floor() as i64)
        }
        Some(v) => match crate::ops::index_value(v) {
            Some(i) => i64::try_from(i).map_err(|_| {
                crate::exceptions::raise(
                    &crate::exceptions::OVERFLOW_ERROR,
                    "timestamp out of range for platform time_t",
                );
            }),
            None => {
                raise_type_error(&format!("'{}' object cannot be interpreted as an integer", v.type_name()));
                let _ = name;
                Err(())
            }
        },
    }
}

fn broken_down(name: &str, args: &[Value], utc: bool) -> Result<Value, ()> {
    if args.len() > 1 {
        raise_type_error(&format!("{name} expected at most 1 argument, got {}", args.len()));
        return Err(());
    }
    let t = seconds_arg(name, args.first().copied())?;
    let mut tm = Tm::zeroed();
    // SAFETY: valid pointers to a time and a `struct tm`.
    let ok = unsafe {
        if utc {
            !gmtime_r(&raw const t, &raw mut tm).is_null()
        } else {
            tzset();
            !localtime_r(&raw const t, &raw mut tm).is_null()
        }
    };
    if !ok {
        crate::exceptions::raise(&crate::exceptions::OVERFLOW_ERROR, "timestamp out of range for platform time_t");
        return Err(());
    }
    crate::builtins::nonnull(struct_time(&tm))
}

module_function!(time_localtime, |args, kw| {
    if !kw.is_empty() {
        raise_type_error("localtime() takes no keyword arguments");
        return Err(());
    }
    broken_down("localtime", args, false)
});

module_function!(time_gmtime, |args, kw| {
    if !kw.is_empty() {
        raise_type_error("gmtime() takes no keyword arguments");
        return Err(());
    }
    broken_down("gmtime", args, true)
});

/// A `struct tm` from a struct_time or 9-sequence argument of `name`.
fn tm_arg(name: &str, v: Value) -> Result<Tm, ()> {
    let items = crate::iter::collect(v)?;
    if items.len() != 9 {
        raise_type_error(&format!("{name}(): illegal time tuple argument"));
        return Err(());
    }
    let mut f = [0i32; 9];
    for (k, &x) in items.iter().enumerate() {
        f[k] = crate::args::c_int(x)?;
    }
    let mut tm = Tm {
        year: f[0] - 1900,
        mon: f[1] - 1,
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: (f[6] + 1) % 7,
        yday: f[7] - 1,
        isdst: f[8],
        gmtoff: 0,
        zone: core::ptr::null(),
    };
    // A struct_time keeps its zone; a plain tuple gets the local one.
    let zone = crate::func::getattr(v, "tm_zone");
    if zone.is_null() {
        crate::exceptions::take_pending();
    }
    if !zone.is_null() && zone.kind() == Kind::Str {
        let c = std::ffi::CString::new(crate::str::as_str(zone)).unwrap_or_default();
        tm.zone = c.into_raw();
        let off = crate::func::getattr(v, "tm_gmtoff");
        if !off.is_null() {
            tm.gmtoff = crate::int::to_i64(off).unwrap_or(0) as core::ffi::c_long;
        }
    } else {
        let mut copy = Tm { zone: core::ptr::null(), ..tm };
        // SAFETY: a valid `struct tm`; mktime fills in the zone.
        unsafe {
            tzset();
            mktime(&raw mut copy);
        }
        tm.zone = copy.zone;
        tm.gmtoff = copy.gmtoff;
    }
    Ok(tm)
}

module_function!(time_mktime, |args, kw| {
    if !kw.is_empty() || args.len() != 1 {
        raise_type_error(&format!("time.mktime() takes exactly one argument ({} given)", args.len()));
        return Err(());
    }
    let mut tm = tm_arg("mktime", args[0])?;
    tm.wday = -1;
    // SAFETY: a valid `struct tm`.
    let t = unsafe { mktime(&raw mut tm) };
    if t == -1 && tm.wday == -1 {
        crate::exceptions::raise(&crate::exceptions::OVERFLOW_ERROR, "mktime argument out of range");
        return Err(());
    }
    Ok(float::new(t as f64))
});

/// `strftime` of the C library, growing the buffer until the text fits.
fn format_tm(format: &str, tm: &Tm) -> Result<String, ()> {
    if format.is_empty() {
        return Ok(String::new());
    }
    let Ok(c) = std::ffi::CString::new(format) else {
        crate::exceptions::raise(&crate::exceptions::VALUE_ERROR, "embedded null character");
        return Err(());
    };
    let mut size = 256;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` holds `size` bytes; the format is NUL-terminated.
        let n = unsafe { strftime(buf.as_mut_ptr(), size, c.as_ptr(), tm) };
        if n > 0 || size > 256 * format.len() + 4096 {
            buf.truncate(n);
            return Ok(String::from_utf8_lossy(&buf).into_owned());
        }
        size *= 4;
    }
}

module_function!(time_strftime, |args, kw| {
    if !kw.is_empty() || args.is_empty() || args.len() > 2 {
        raise_type_error(&format!("strftime expected at most 2 arguments, got {}", args.len()));
        return Err(());
    }
    if args[0].kind() != Kind::Str {
        raise_type_error(&format!("strftime() argument 1 must be str, not {}", args[0].type_name()));
        return Err(());
    }
    let t = match args.get(1) {
        Some(&t) => t,
        None => broken_down("localtime", &[], false)?,
    };
    let tm = tm_arg("strftime", t)?;
    if !(0..=11).contains(&tm.mon) {
        crate::exceptions::raise(&crate::exceptions::VALUE_ERROR, "month out of range");
        return Err(());
    }
    if !(1..=31).contains(&tm.mday) && tm.mday != 0 {
        crate::exceptions::raise(&crate::exceptions::VALUE_ERROR, "day of month out of range");
        return Err(());
    }
    Ok(crate::str::from_string(format_tm(crate::str::as_str(args[0]), &tm)?))
});

fn asctime_of(tm: &Tm) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAYS[tm.wday.rem_euclid(7) as usize],
        MONTHS[tm.mon.rem_euclid(12) as usize],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year + 1900
    )
}

module_function!(time_asctime, |args, kw| {
    if !kw.is_empty() || args.len() > 1 {
        raise_type_error(&format!("asctime expected at most 1 argument, got {}", args.len()));
        return Err(());
    }
    let t = match args.first() {
        Some(&t) => t,
        None => broken_down("localtime", &[], false)?,
    };
    Ok(crate::str::from_string(asctime_of(&tm_arg("asctime", t)?)))
});

module_function!(time_ctime, |args, kw| {
    if !kw.is_empty() {
        raise_type_error("ctime() takes no keyword arguments");
        return Err(());
    }
    let t = broken_down("ctime", args, false)?;
    Ok(crate::str::from_string(asctime_of(&tm_arg("asctime", t)?)))
});
