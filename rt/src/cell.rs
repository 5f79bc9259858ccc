//! Mutable runtime state in statics.
//!
//! Compiled programs are single-threaded, so the runtime keeps its state (the pending
//! exception, `sys.argv`, the output buffer) in statics. `Global` makes that explicit in one
//! place instead of `static mut` everywhere. Statics live in the data segment, which the
//! collector scans, so GC pointers stored here stay alive.

use core::cell::UnsafeCell;

pub struct Global<T>(UnsafeCell<T>);

// SAFETY: the runtime runs on one thread only (see the module documentation).
unsafe impl<T> Sync for Global<T> {}

impl<T> Global<T> {
    pub const fn new(value: T) -> Self {
        Global(UnsafeCell::new(value))
    }

    /// Runs `f` with exclusive access to the state.
    ///
    /// `f` must not re-enter `with` on the same global; runtime code keeps these sections
    /// short and free of calls back into Python.
    pub fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // SAFETY: single-threaded, and no re-entrant borrow (see above).
        f(unsafe { &mut *self.0.get() })
    }
}

impl<T: Copy> Global<T> {
    pub fn get(&self) -> T {
        // SAFETY: single-threaded; a copy out cannot alias a live borrow.
        unsafe { *self.0.get() }
    }

    pub fn set(&self, value: T) {
        // SAFETY: single-threaded; no borrow is live across this write.
        unsafe { *self.0.get() = value }
    }
}
