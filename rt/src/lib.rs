//! krait's runtime: the object model and everything a compiled Python program calls into.
//!
//! The interface to generated code is a C ABI of `extern "C"` functions named `krait_*`.
//! Conventions every entry point follows:
//! - A Python value is a [`Value`]: one machine word, either a tagged small int (low bit 1) or
//!   a pointer to a GC-allocated object whose first word is its type (DESIGN.md §4).
//! - A function that can raise returns the null `Value` (or, for unboxed results, sets the
//!   pending exception, which the caller checks with `krait_err_occurred`) after storing the
//!   exception in [`exceptions`]' pending slot (DESIGN.md §6). Nothing unwinds.
//! - All memory comes from the Boehm GC: Rust's global allocator is the collector, so Rust
//!   containers inside Python objects are traced like everything else (see [`gc`]).
//!
//! Programs are single-threaded today, so the runtime's state lives in plain statics.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

pub mod args;
pub mod arity;
pub mod builtins;
pub mod bytes;
pub mod bytes_methods;
pub mod cell;
pub mod class;
pub mod codecs;
pub mod context;
pub mod cpython_names;
pub mod dict;
pub mod direct_methods;
pub mod dunder;
pub mod exception_group;
pub mod exceptions;
pub mod file;
pub mod float;
pub mod floatvec;
pub mod format;
pub mod func;
pub mod gc;
pub mod generator;
pub mod import;
pub mod inline_cache;
pub mod inline_values;
pub mod int;
pub mod interrupt;
pub mod io;
pub mod iter;
pub mod list;
pub mod modules;
pub mod native;
pub mod number_methods;
pub mod object;
pub mod ops;
pub mod pattern;
pub mod range;
pub mod repr;
pub mod sealed;
pub mod set;
pub mod slice;
pub mod sort;
pub mod start;
pub mod str;
pub mod subclass;
pub mod suggest;
pub mod traceback;
pub mod tuple;
pub mod unboxed;
pub mod unicode;
#[rustfmt::skip]
pub mod unicode_data;

pub use object::Value;
