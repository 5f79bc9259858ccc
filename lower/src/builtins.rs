//! The builtin names krait provides, shared by lowering and codegen.
//!
//! Each builtin function `NAME` is implemented in rt as `krait_builtin_NAME`; each builtin
//! type or exception class is found by `krait_builtin_type_object`.

/// Builtin functions implemented in rt.
#[rustfmt::skip]
pub const FUNCTIONS: &[&str] = &[
    "print", "len", "repr", "ascii", "abs", "enumerate", "zip", "iter", "next", "isinstance", "hash", "ord", "chr",
    "any", "all", "sum", "min", "max", "sorted", "reversed", "round", "input", "format", "map", "filter", "divmod",
    "pow", "bin", "oct", "hex", "callable",
];

/// Builtin types: callable as constructors (rt `krait_builtin_NAME`) and usable as values.
#[rustfmt::skip]
pub const TYPES: &[&str] = &["int", "float", "str", "bool", "list", "tuple", "dict", "range", "type", "object"];

/// Builtin exception classes.
#[rustfmt::skip]
pub const EXCEPTIONS: &[&str] = &[
    "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "ArithmeticError",
    "ZeroDivisionError", "OverflowError", "LookupError", "IndexError", "KeyError", "ValueError", "TypeError",
    "NameError", "UnboundLocalError", "AttributeError", "RuntimeError", "RecursionError", "NotImplementedError",
    "StopIteration", "AssertionError", "MemoryError", "EOFError", "OSError", "ImportError",
];

pub fn is_function(name: &str) -> bool {
    FUNCTIONS.contains(&name)
}

/// Types whose call goes to an rt constructor entry.
pub fn is_type(name: &str) -> bool {
    TYPES.contains(&name) && name != "object"
}

/// Names that are type objects when used as values.
pub fn is_type_object(name: &str) -> bool {
    TYPES.contains(&name) || EXCEPTIONS.contains(&name)
}
