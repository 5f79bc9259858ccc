//! Glue to the Boehm–Demers–Weiser collector (DESIGN.md §5).
//!
//! Rust's global allocator in the runtime is the collector itself: a `Vec` or `String` inside
//! a Python object lives in GC memory, is scanned conservatively, and is reclaimed when the
//! object becomes unreachable. Objects never run `Drop`; nothing in them may own a resource
//! other than memory unless it registers a finaliser.

use core::alloc::{GlobalAlloc, Layout};
use core::ffi::c_void;

use bdwgc_alloc_sys as _;

unsafe extern "C" {
    fn GC_init();
    fn GC_expand_hp(bytes: usize) -> i32;
    fn GC_malloc(size: usize) -> *mut c_void;
    fn GC_generic_malloc_many(bytes: usize, kind: i32, result: *mut *mut c_void);
    fn GC_get_all_interior_pointers() -> i32;
    static GC_gc_no: usize;
    fn GC_malloc_atomic(size: usize) -> *mut c_void;
    fn GC_memalign(align: usize, size: usize) -> *mut c_void;
    fn GC_realloc(ptr: *mut c_void, size: usize) -> *mut c_void;
    fn GC_free(ptr: *mut c_void);
    fn GC_disable();
    fn GC_gcollect();
    fn GC_get_bytes_since_gc() -> usize;
    fn GC_get_heap_size() -> usize;
    fn GC_enable();
    fn GC_set_warn_proc(p: unsafe extern "C" fn(*mut core::ffi::c_char, usize));
    fn GC_ignore_warn_proc(msg: *mut core::ffi::c_char, arg: usize);
}

/// The collector's allocation granule: every block it returns is aligned to this.
const GC_ALIGN: usize = 16;

pub struct Collector;

/// Whether allocations are pointer-free for now (see `pointer_free`).
static POINTER_FREE: crate::cell::Global<bool> = crate::cell::Global::new(false);

/// Runs `f`, whose allocations hold no GC pointers (bigint digits), so that they are
/// allocated atomic: the collector neither clears nor scans them. Nothing `f` allocates may
/// ever hold a pointer to a collected object.
pub fn pointer_free<R>(f: impl FnOnce() -> R) -> R {
    let outer = POINTER_FREE.get();
    POINTER_FREE.set(true);
    let r = f();
    POINTER_FREE.set(outer);
    r
}

/// Runs `f` without collections: for work that allocates many objects and keeps every one
/// of them (splitting a str), where a collection could free nothing and would only mark the
/// growing result again. A collection due soon runs first, so the heap does not grow by
/// the result while holding garbage made before.
pub fn without_collection<R>(f: impl FnOnce() -> R) -> R {
    // SAFETY: plain calls into the collector; it counts nested disables.
    unsafe {
        if GC_get_bytes_since_gc() * 4 >= GC_get_heap_size() {
            GC_gcollect();
        }
        GC_disable();
    }
    let r = f();
    // SAFETY: paired with the disable above.
    unsafe { GC_enable() };
    r
}

/// Small objects of two kinds come from free lists the collector hands out a block's worth
/// at a time (`GC_generic_malloc_many`), one list per size in granules, up to this many
/// granules: taking the next object is a few instructions instead of a call into the
/// collector. (Rust's other pointer-free allocations — str and bigint buffers, which Rust
/// reallocates and frees — stay with `GC_malloc_atomic`: through lists they made the heap
/// of str-heavy programs grow twice as large.)
const SMALL_GRANULES: usize = 16;

/// The lists of scanned objects (the collector's `GC_I_NORMAL` kind), cleared but for the
/// link in their first word.
const SCANNED: usize = 0;

/// The lists of pointer-free objects that values point to at their start (floats, ranges),
/// never just past their end. They have their exact size, without the byte the
/// collector adds so that a pointer just past an object (a Rust slice's end) keeps it
/// alive: a float takes one granule, not two. Not cleared.
const POINTER_FREE_EXACT: usize = 1;

/// The heads of the free lists by kind and granules; the objects are linked through their
/// first word.
struct FreeLists {
    heads: [[*mut u8; SMALL_GRANULES + 1]; 2],
    /// The collection count when the pointer-free lists were last known whole: the
    /// collector sees only their heads (nothing scans the links inside pointer-free
    /// objects), so a collection may reclaim the rest, and the lists are dropped after one.
    pointer_free_gc_no: usize,
}

/// The lists' heads live here, where the collector sees them (a scanned list is kept
/// whole through its links).
static FREE_LISTS: crate::cell::Global<FreeLists> = crate::cell::Global::new(FreeLists {
    heads: [[core::ptr::null_mut(); SMALL_GRANULES + 1]; 2],
    pointer_free_gc_no: 0,
});

/// What the collector adds to each request (a byte, when it recognises pointers just past
/// an object), set at start-up.
static EXTRA_BYTES: crate::cell::Global<usize> = crate::cell::Global::new(1);

/// `n` bytes (at most `SMALL_GRANULES` granules) of GC memory of `kind` (`SCANNED` or
/// `POINTER_FREE_EXACT`): the next object of its size's free list, refilled from the
/// collector when empty.
#[inline]
fn alloc_small(n: usize, kind: usize) -> *mut u8 {
    let granules = n.div_ceil(GC_ALIGN).max(1);
    FREE_LISTS.with(|lists| {
        if kind == POINTER_FREE_EXACT {
            // SAFETY: reading the collector's count of collections.
            let gc_no = unsafe { GC_gc_no };
            if lists.pointer_free_gc_no != gc_no {
                lists.heads[POINTER_FREE_EXACT] = [core::ptr::null_mut(); SMALL_GRANULES + 1];
                lists.pointer_free_gc_no = gc_no;
            }
        }
        if lists.heads[kind][granules].is_null() {
            let (bytes, gc_kind) = match kind {
                SCANNED => ((granules * GC_ALIGN + EXTRA_BYTES.get()).next_multiple_of(GC_ALIGN), GC_I_NORMAL),
                _ => (granules * GC_ALIGN, GC_I_PTRFREE),
            };
            let head = &mut lists.heads[kind][granules];
            // SAFETY: a whole number of granules; the list goes to `head`, which the
            // collector scans.
            unsafe { GC_generic_malloc_many(bytes, gc_kind, core::ptr::from_mut(head).cast()) };
            if head.is_null() {
                out_of_memory();
            }
            // SAFETY: as above.
            let now = unsafe { GC_gc_no };
            if kind == POINTER_FREE_EXACT && now != lists.pointer_free_gc_no {
                // The refill collected: the other pointer-free lists may have lost objects.
                let fresh = lists.heads[kind][granules];
                lists.heads[POINTER_FREE_EXACT] = [core::ptr::null_mut(); SMALL_GRANULES + 1];
                lists.heads[kind][granules] = fresh;
                lists.pointer_free_gc_no = now;
            }
        }
        let head = &mut lists.heads[kind][granules];
        let p = *head;
        // SAFETY: `p` is an object of the list: its first word links to the next one.
        unsafe {
            *head = *p.cast::<*mut u8>();
            *p.cast::<*mut u8>() = core::ptr::null_mut();
        }
        p
    })
}

/// The collector's kinds of objects (`gc_inline.h`).
const GC_I_PTRFREE: i32 = 0;
const GC_I_NORMAL: i32 = 1;

// SAFETY: the collector is a general-purpose allocator honouring size and (via memalign)
// alignment; memory it returns stays valid while reachable from scanned memory, and every
// live Rust allocation is reachable from a stack, a register, a static or another GC block.
unsafe impl GlobalAlloc for Collector {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: plain calls into the collector with a non-zero size.
        let p: *mut u8 = unsafe {
            if layout.align() <= GC_ALIGN && POINTER_FREE.get() {
                GC_malloc_atomic(layout.size()).cast()
            } else if layout.align() <= GC_ALIGN && layout.size() <= SMALL_GRANULES * GC_ALIGN {
                alloc_small(layout.size(), SCANNED)
            } else if layout.align() <= GC_ALIGN {
                GC_malloc(layout.size()).cast()
            } else {
                GC_memalign(layout.align(), layout.size()).cast()
            }
        };
        if p.is_null() {
            out_of_memory();
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator and is no longer used by its owner.
        unsafe { GC_free(ptr.cast()) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= GC_ALIGN {
            // SAFETY: `ptr` came from GC_malloc; GC_realloc keeps the alignment.
            let p: *mut u8 = unsafe { GC_realloc(ptr.cast(), new_size).cast() };
            if p.is_null() {
                out_of_memory();
            }
            p
        } else {
            // SAFETY: fresh block of the same alignment, then a copy of the old contents.
            unsafe {
                let new = GC_memalign(layout.align(), new_size).cast::<u8>();
                if !new.is_null() {
                    core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                }
                new
            }
        }
    }
}

/// The heap is exhausted where the runtime cannot raise `MemoryError` (inside a Rust
/// allocation): ends the program as an uncaught `MemoryError` would, without a Rust panic.
fn out_of_memory() -> ! {
    crate::io::flush_stdout();
    eprintln!("MemoryError");
    std::process::exit(1)
}

/// Unit tests of rt run on the test harness's threads, which the collector (built for
/// single-threaded programs' main thread) does not know; they use the system allocator.
#[cfg(not(test))]
#[global_allocator]
static GLOBAL: Collector = Collector;

/// The heap the collector starts with. Small heaps make it collect very often while a
/// program builds its first data structures; this costs address space, not resident memory.
const INITIAL_HEAP: usize = 8 << 20;

/// Starts the collector; called once before the program allocates anything.
pub fn init() {
    // SAFETY: called once from the main thread at start-up.
    unsafe {
        GC_init();
        // Its warnings (a failed heap expansion, say) are not the program's output.
        GC_set_warn_proc(GC_ignore_warn_proc);
        GC_expand_hp(INITIAL_HEAP);
        EXTRA_BYTES.set(GC_get_all_interior_pointers() as usize);
    }
}

/// Allocates `T` in GC memory that the collector scans for pointers.
pub fn alloc<T>(value: T) -> *mut T {
    // SAFETY: the block is large enough and aligned for `T` (align <= 16 is checked below).
    unsafe {
        debug_assert!(core::mem::align_of::<T>() <= GC_ALIGN);
        let size = core::mem::size_of::<T>();
        let p = if size <= SMALL_GRANULES * GC_ALIGN { alloc_small(size, SCANNED) } else { GC_malloc(size).cast() }
            .cast::<T>();
        assert!(!p.is_null(), "out of memory");
        p.write(value);
        p
    }
}

/// Allocates `n` zeroed bytes of GC memory that the collector scans for pointers (objects
/// of a size known only at run time).
pub fn alloc_bytes(n: usize) -> *mut u8 {
    // SAFETY: a plain call into the collector, which clears the blocks it hands out (and
    // `alloc_small` the link of its objects).
    let p = if n <= SMALL_GRANULES * GC_ALIGN { alloc_small(n, SCANNED) } else { unsafe { GC_malloc(n) }.cast::<u8>() };
    assert!(!p.is_null(), "out of memory");
    p
}

/// Frees a block of GC memory now: nothing may point into it any more.
pub fn free(ptr: *mut u8) {
    // SAFETY: `ptr` came from the collector, and the caller promises it is unreachable.
    unsafe { GC_free(ptr.cast()) }
}

/// Allocates `n` bytes of GC memory that the collector does not scan (text, raw bytes).
pub fn alloc_bytes_atomic(n: usize) -> *mut u8 {
    // SAFETY: a plain call into the collector.
    let p = unsafe { GC_malloc_atomic(n.max(1)) }.cast::<u8>();
    assert!(!p.is_null(), "out of memory");
    p
}

/// Resizes a block from `alloc_bytes_atomic` (or `alloc`), keeping its kind and contents.
pub fn realloc(ptr: *mut u8, n: usize) -> *mut u8 {
    // SAFETY: `ptr` came from the collector; GC_realloc keeps the block's kind.
    let p = unsafe { GC_realloc(ptr.cast(), n.max(1)) }.cast::<u8>();
    assert!(!p.is_null(), "out of memory");
    p
}

/// Allocates `T` in GC memory that the collector does not scan: `T` must hold no pointers
/// to GC objects (floats, for example), and nothing may keep it alive by a pointer just past
/// its end (it is allocated at its exact size; values point to its start).
pub fn alloc_atomic<T>(value: T) -> *mut T {
    // SAFETY: as in `alloc`; the caller promises `T` holds no GC pointers.
    unsafe {
        let size = core::mem::size_of::<T>();
        let p = if size <= SMALL_GRANULES * GC_ALIGN {
            alloc_small(size, POINTER_FREE_EXACT)
        } else {
            GC_malloc_atomic(size).cast()
        }
        .cast::<T>();
        assert!(!p.is_null(), "out of memory");
        p.write(value);
        p
    }
}
