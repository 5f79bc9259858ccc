//! The layouts of rt's objects that generated code reads and writes directly.
//!
//! rt declares its objects `#[repr(C)]` and asserts these offsets. A list's items are a Rust
//! `Vec`, whose three words (buffer, capacity, length) come in an order Rust leaves to its
//! compiler: this compiler, built by the same `rustc` as the runtime, finds the order of its
//! own `Vec`s here, and every program checks at start-up that its runtime agrees
//! (rt's `krait_check_layout`).

/// Offsets in a list object (rt's `ListObj`): its items (a `Vec`), its unboxed floats (rt's
/// `FloatVec`: buffer, length, capacity) and whether the floats are the elements.
pub const LIST_ITEMS: u64 = 8;
pub const LIST_FLOATS: u64 = 32;
pub const LIST_UNBOXED: u64 = 56;

/// The guard word of a sealed class that rt has not sealed, or has unsealed (rt's
/// `sealed::UNSEALED`).
pub const UNSEALED: u64 = 1;

/// Offset in a type object (rt's `TypeObject`) of its display of sealed ancestors.
pub const TYPE_DISPLAY: u64 = 56;

/// Offset in a tuple object (rt's `TupleObj`) of its items (a boxed slice).
pub const TUPLE_ITEMS: u64 = 8;

/// Which of a `Vec`'s three words hold its buffer, its length and its capacity.
#[derive(Clone, Copy)]
pub struct VecWords {
    pub ptr: u64,
    pub len: u64,
    pub cap: u64,
}

/// Which of a boxed slice's two words holds its pointer (the other its length).
pub fn slice_ptr_word() -> u64 {
    let b: Box<[usize]> = vec![7, 8, 9].into_boxed_slice();
    let ptr = b.as_ptr() as usize;
    // SAFETY: a boxed slice is a pointer and a length.
    let words: [usize; 2] = unsafe { core::mem::transmute_copy(&b) };
    words.iter().position(|&w| w == ptr).expect("a boxed slice holds its pointer") as u64
}

/// The order of a `Vec`'s words as this compiler's `rustc` lays them out.
pub fn vec_words() -> VecWords {
    let mut v: Vec<usize> = Vec::with_capacity(5);
    v.push(7);
    let ptr = v.as_ptr() as usize;
    // SAFETY: a `Vec` is exactly three words (its documentation guarantees the triplet).
    let words: [usize; 3] = unsafe { core::mem::transmute_copy(&v) };
    let at = |x: usize| words.iter().position(|&w| w == x).expect("a Vec holds its buffer, length and capacity") as u64;
    VecWords { ptr: at(ptr), len: at(1), cap: at(5) }
}
