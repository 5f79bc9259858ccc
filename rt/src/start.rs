//! Program start and exit: the C `main` of a compiled program calls `krait_main`.

use core::sync::atomic::{AtomicU32, Ordering};

use crate::exceptions::{self, SYSTEM_EXIT};
use crate::object::{Kind, Value};
use crate::{io, repr, tuple};

/// Current depth of Python calls; generated function prologues bump it.
#[unsafe(no_mangle)]
pub static krait_depth: AtomicU32 = AtomicU32::new(0);

/// `sys.getrecursionlimit()`; CPython's default is 1000.
#[unsafe(no_mangle)]
pub static krait_recursion_limit: AtomicU32 = AtomicU32::new(1000);

pub fn recursion_limit() -> u32 {
    krait_recursion_limit.load(Ordering::Relaxed)
}

pub fn set_recursion_limit(limit: u32) {
    krait_recursion_limit.store(limit, Ordering::Relaxed);
}

/// Raises `RecursionError`; called by a prologue that finds the depth over the limit.
#[unsafe(no_mangle)]
pub extern "C" fn krait_recursion_error() -> Value {
    exceptions::raise(&exceptions::RECURSION_ERROR, "maximum recursion depth exceeded")
}

/// Runs the module body `init` as the program and returns the process exit status.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_main(argc: i32, argv: *const *const u8, init: extern "C" fn() -> Value) -> i32 {
    crate::gc::init();
    let mut args = Vec::with_capacity(argc as usize);
    for i in 0..argc as usize {
        // SAFETY: the C runtime passes `argc` NUL-terminated strings.
        let s = unsafe { core::ffi::CStr::from_ptr((*argv.add(i)).cast()) };
        args.push(s.to_string_lossy().into_owned());
    }
    crate::modules::sys::set_argv(args);
    // The module's own frame counts toward the recursion limit, as in CPython.
    krait_depth.store(1, Ordering::Relaxed);
    let result = init();
    let code = if result.is_null() { uncaught(exceptions::take_pending()) } else { 0 };
    io::flush_stdout();
    code
}

/// Handles an exception that reached the top: `SystemExit` decides the status, anything else
/// prints its traceback and exits with 1.
fn uncaught(e: Value) -> i32 {
    if e.ty().is_subtype(&SYSTEM_EXIT) {
        let args = tuple::items(exceptions::exc(e).args);
        let code = match args.len() {
            0 => Value::none(),
            1 => args[0],
            _ => exceptions::exc(e).args,
        };
        if code.is_none() {
            return 0;
        }
        if code.is_small_int() {
            return code.as_small() as i32;
        }
        if code.kind() == Kind::Bool {
            return i32::from(crate::ops::bool_value(code));
        }
        let text = repr::str_string(code).unwrap_or_default();
        io::write(2, &format!("{text}\n"));
        return 1;
    }
    io::write(2, &exceptions::format_exception(e));
    1
}
