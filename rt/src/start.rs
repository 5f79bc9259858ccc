//! Program start and exit: the C `main` of a compiled program calls `krait_main`.

use core::sync::atomic::{AtomicI32, AtomicU32, AtomicUsize, Ordering};

use crate::exceptions::{self, SYSTEM_EXIT};
use crate::object::{Kind, Value};
use crate::{io, repr, tuple};

/// How many more Python calls may nest before a prologue must ask `krait_deep_call`:
/// `CHECK_DEPTH` minus the current depth. Generated prologues decrement it and their
/// epilogues restore it, so it always reflects the depth of the running frame.
#[unsafe(no_mangle)]
pub static krait_depth_budget: AtomicI32 = AtomicI32::new(0);

/// The depth up to which calls need no further check: the recursion limit, or
/// `STACK_SAFE_DEPTH` if that is lower.
static CHECK_DEPTH: AtomicU32 = AtomicU32::new(STACK_SAFE_DEPTH);

/// `sys.getrecursionlimit()`; CPython's default is 1000.
static RECURSION_LIMIT: AtomicU32 = AtomicU32::new(1000);

/// Depth below which the machine stack cannot run out (frames are far below 8 KiB).
const STACK_SAFE_DEPTH: u32 = 500;

/// Frames below this address would overflow the machine stack. Set at start-up from the
/// stack size limit, with room left for the runtime's own calls.
static STACK_GUARD: AtomicUsize = AtomicUsize::new(0);

/// Stack kept free below the guard for rt functions called from the deepest frame.
const STACK_RESERVE: usize = 256 << 10;

#[repr(C)]
struct RLimit {
    cur: u64,
    max: u64,
}

const RLIMIT_STACK: i32 = 3;

unsafe extern "C" {
    fn getrlimit(resource: i32, rlim: *mut RLimit) -> i32;
}

fn set_stack_guard(base: usize) {
    let mut lim = RLimit { cur: 0, max: 0 };
    // SAFETY: getrlimit writes the struct it is given.
    let size = if unsafe { getrlimit(RLIMIT_STACK, &raw mut lim) } == 0 && lim.cur != u64::MAX {
        lim.cur as usize
    } else {
        8 << 20
    };
    STACK_GUARD.store(base.saturating_sub(size.saturating_sub(STACK_RESERVE)), Ordering::Relaxed);
}

pub fn recursion_limit() -> u32 {
    RECURSION_LIMIT.load(Ordering::Relaxed)
}

pub fn set_recursion_limit(limit: u32) {
    RECURSION_LIMIT.store(limit, Ordering::Relaxed);
    let new_check = limit.min(STACK_SAFE_DEPTH);
    let old_check = CHECK_DEPTH.swap(new_check, Ordering::Relaxed);
    krait_depth_budget.fetch_add(new_check as i32 - old_check as i32, Ordering::Relaxed);
}

/// A call whose prologue found the budget exhausted (`budget` is now negative), with its
/// frame at `frame`: true if it may go on, else `RecursionError` is pending.
#[unsafe(no_mangle)]
pub extern "C" fn krait_deep_call(budget: i32, frame: *const u8) -> bool {
    let depth = i64::from(CHECK_DEPTH.load(Ordering::Relaxed)) - i64::from(budget);
    if depth > i64::from(recursion_limit()) || (frame as usize) < STACK_GUARD.load(Ordering::Relaxed) {
        exceptions::raise(&exceptions::RECURSION_ERROR, "maximum recursion depth exceeded");
        return false;
    }
    true
}

/// The words of a `Vec`'s buffer and length as the compiler that generated the program
/// expects them (codegen's `layout.rs`, which reads and writes list items directly), checked
/// by `krait_main` once the collector is ready.
static VEC_WORDS: crate::cell::Global<(usize, usize, usize)> = crate::cell::Global::new((0, 0, 0));

/// Records the `Vec` and boxed slice layouts the program's code expects (the words of a
/// `Vec`'s buffer and length, of a boxed slice's pointer), for `krait_main` to check.
#[unsafe(no_mangle)]
pub extern "C" fn krait_check_layout(ptr_word: usize, len_word: usize, slice_ptr_word: usize) {
    VEC_WORDS.set((ptr_word, len_word, slice_ptr_word));
}

/// Exits with a message unless this runtime lays out a `Vec` as the program's code expects.
fn check_layout() {
    let (ptr_word, len_word, slice_ptr_word) = VEC_WORDS.get();
    let mut v: Vec<usize> = Vec::with_capacity(5);
    v.push(7);
    let ptr = v.as_ptr() as usize;
    // SAFETY: a `Vec` is exactly three words.
    let words: [usize; 3] = unsafe { core::mem::transmute_copy(&v) };
    let b: Box<[usize]> = vec![7, 8, 9].into_boxed_slice();
    let slice_ptr = b.as_ptr() as usize;
    // SAFETY: a boxed slice is a pointer and a length.
    let slice: [usize; 2] = unsafe { core::mem::transmute_copy(&b) };
    if words.get(ptr_word) != Some(&ptr)
        || words.get(len_word) != Some(&1)
        || slice.get(slice_ptr_word) != Some(&slice_ptr)
        || slice.get(1 - slice_ptr_word.min(1)) != Some(&3)
    {
        crate::io::write(
            2,
            "krait: internal error: the runtime was built by another Rust compiler than the compiler\n",
        );
        std::process::exit(70);
    }
}

/// Runs the module body `init` as the program and returns the process exit status.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_main(argc: i32, argv: *const *const u8, init: extern "C" fn() -> Value) -> i32 {
    crate::gc::init();
    check_layout();
    crate::file::init();
    crate::interrupt::install();
    let base = 0u8;
    set_stack_guard(core::ptr::from_ref(&base) as usize);
    set_recursion_limit(recursion_limit());
    let mut args = Vec::with_capacity(argc as usize);
    for i in 0..argc as usize {
        // SAFETY: the C runtime passes `argc` NUL-terminated strings.
        let s = unsafe { core::ffi::CStr::from_ptr((*argv.add(i)).cast()) };
        args.push(s.to_string_lossy().into_owned());
    }
    crate::modules::sys::set_argv(args);
    // The module's own frame counts toward the recursion limit, as in CPython.
    krait_depth_budget.store(CHECK_DEPTH.load(Ordering::Relaxed) as i32 - 1, Ordering::Relaxed);
    let result = init();
    let code = if result.is_null() { uncaught(exceptions::take_pending()) } else { 0 };
    crate::file::flush_all();
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
    io::write(2, &crate::traceback::format_exception(e));
    if e.ty().is_subtype(&exceptions::KEYBOARD_INTERRUPT) {
        io::flush_stdout();
        crate::interrupt::exit_by_sigint();
    }
    1
}
