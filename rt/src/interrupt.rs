//! Ctrl-C: SIGINT raises `KeyboardInterrupt` in the running code, as in CPython.
//!
//! The signal handler only records the signal (`krait_interrupted`). Running code notices it
//! where lowering put a poll: each iteration of a loop that runs long per iteration or may
//! run forever (its body calls or loops, or it is `while True:`), and blocking reads and
//! sleeps in rt. Tight loops without calls, and recursion without loops, are not polled, to
//! keep them at full speed: they notice a SIGINT at the next poll outside them. A program
//! that ends with `KeyboardInterrupt` uncaught prints its traceback and then dies of SIGINT,
//! as CPython does.

use core::sync::atomic::{AtomicBool, Ordering};

use crate::exceptions::{KEYBOARD_INTERRUPT, raise};
use crate::object::Value;

/// Set by the SIGINT handler until the interrupt is raised.
#[unsafe(no_mangle)]
pub static krait_interrupted: AtomicBool = AtomicBool::new(false);

const SIGINT: i32 = 2;
const SIG_DFL: usize = 0;
const SIG_IGN: usize = 1;

unsafe extern "C" {
    /// `handler` is a function's address, or 0 for `SIG_DFL`.
    fn signal(sig: i32, handler: usize) -> usize;
    fn siginterrupt(sig: i32, flag: i32) -> i32;
    fn kill(pid: i32, sig: i32) -> i32;
    fn getpid() -> i32;
}

extern "C" fn on_sigint(_sig: i32) {
    krait_interrupted.store(true, Ordering::SeqCst);
}

/// Installs the SIGINT handler, unless SIGINT is ignored (a background job of a shell), which
/// CPython respects too. Blocking reads and sleeps are interrupted (no `SA_RESTART`), so they
/// can raise.
pub fn install() {
    // SAFETY: the handler only touches atomics.
    unsafe {
        if signal(SIGINT, on_sigint as extern "C" fn(i32) as usize) == SIG_IGN {
            signal(SIGINT, SIG_IGN);
            return;
        }
        siginterrupt(SIGINT, 1);
    }
}

/// Raises `KeyboardInterrupt` if a SIGINT arrived since the last time; true if it did.
pub fn take() -> bool {
    if !krait_interrupted.swap(false, Ordering::SeqCst) {
        return false;
    }
    raise(&KEYBOARD_INTERRUPT, "");
    true
}

/// A loop's poll found `krait_interrupted` set: raises `KeyboardInterrupt` (the error
/// marker).
#[unsafe(no_mangle)]
pub extern "C" fn krait_interrupt() -> Value {
    take();
    Value::NULL
}

/// Ends the process as an uncaught `KeyboardInterrupt` does: killed by SIGINT.
pub fn exit_by_sigint() -> ! {
    // SAFETY: restoring the default action, then signalling ourselves.
    unsafe {
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
    }
    std::process::exit(130)
}
