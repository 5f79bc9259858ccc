//! `FloatVec`: a growable array of `f64` in GC memory the collector does not scan.
//!
//! Lists keep their unboxed floats here (see `list::ListObj`). A `Vec<f64>` would live in
//! scanned memory (Rust's allocator is the collector, `gc.rs`), so every collection would
//! read each float as a possible pointer: a million-float list made marking dominate.

use core::ops::{Deref, DerefMut};

#[repr(C)]
pub struct FloatVec {
    ptr: *mut f64,
    len: usize,
    cap: usize,
}

impl FloatVec {
    pub const fn new() -> FloatVec {
        FloatVec { ptr: core::ptr::null_mut(), len: 0, cap: 0 }
    }

    pub fn with_capacity(cap: usize) -> FloatVec {
        let mut v = FloatVec::new();
        v.reserve(cap);
        v
    }

    /// Room for `additional` more floats, growing geometrically.
    pub fn reserve(&mut self, additional: usize) {
        let needed = self.len + additional;
        if needed <= self.cap {
            return;
        }
        let cap = needed.max(self.cap * 2).max(4);
        let bytes = cap * core::mem::size_of::<f64>();
        self.ptr = if self.ptr.is_null() {
            crate::gc::alloc_bytes_atomic(bytes).cast()
        } else {
            crate::gc::realloc(self.ptr.cast(), bytes).cast()
        };
        self.cap = cap;
    }

    #[inline]
    pub fn push(&mut self, f: f64) {
        if self.len == self.cap {
            self.reserve(1);
        }
        // SAFETY: `len < cap` after the reserve; the block holds `cap` floats.
        unsafe { self.ptr.add(self.len).write(f) };
        self.len += 1;
    }

    /// Empties the vector, keeping nothing: its block is left to the collector.
    pub fn clear(&mut self) {
        *self = FloatVec::new();
    }

    /// Empties the vector and frees its block now: nothing else may point into it.
    pub fn release(&mut self) {
        if !self.ptr.is_null() {
            crate::gc::free(self.ptr.cast());
        }
        *self = FloatVec::new();
    }
}

impl Deref for FloatVec {
    type Target = [f64];
    #[inline]
    fn deref(&self) -> &[f64] {
        if self.ptr.is_null() {
            return &[];
        }
        // SAFETY: `ptr` holds `len` initialised floats.
        unsafe { core::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl DerefMut for FloatVec {
    #[inline]
    fn deref_mut(&mut self) -> &mut [f64] {
        if self.ptr.is_null() {
            return &mut [];
        }
        // SAFETY: as in `deref`; the runtime is single-threaded.
        unsafe { core::slice::from_raw_parts_mut(self.ptr, self.len) }
    }
}

impl FromIterator<f64> for FloatVec {
    fn from_iter<I: IntoIterator<Item = f64>>(iter: I) -> FloatVec {
        let iter = iter.into_iter();
        let mut v = FloatVec::with_capacity(iter.size_hint().0);
        for f in iter {
            v.push(f);
        }
        v
    }
}
