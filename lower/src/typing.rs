//! The typing rules of lowering: what type each operation produces from its operand types.
//! Inference and code construction both use these, so they cannot disagree.

use crate::mir::{BinOp, Type};

/// How a binary operation on operands of these types is carried out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryPlan {
    /// Typed int arithmetic; result `int` (or `float` for `/`).
    Int(Type),
    /// Typed float arithmetic; int operands are converted first.
    Float,
    /// Boxed operands through rt; the result type is known or `Dyn`.
    Dynamic(Type),
}

pub fn binary(op: BinOp, a: Type, b: Type) -> BinaryPlan {
    use Type::{Dict, Dyn, Float, Int, List, Never, Set, Str, Tuple};
    if a == Never || b == Never {
        return BinaryPlan::Dynamic(Never);
    }
    match (a, b) {
        (Int, Int) => match op {
            BinOp::TrueDiv => BinaryPlan::Int(Float),
            BinOp::Pow | BinOp::MatMul => BinaryPlan::Dynamic(Dyn),
            _ => BinaryPlan::Int(Int),
        },
        (Int | Float, Int | Float)
            if matches!(
                op,
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow
            ) =>
        {
            BinaryPlan::Float
        }
        (Str, Str) if op == BinOp::Add => BinaryPlan::Dynamic(Str),
        (Type::Bytes, Type::Bytes) if op == BinOp::Add => BinaryPlan::Dynamic(Type::Bytes),
        (Type::Bytes, Int) | (Int, Type::Bytes) if op == BinOp::Mul => BinaryPlan::Dynamic(Type::Bytes),
        (List, List) if op == BinOp::Add => BinaryPlan::Dynamic(List),
        (Tuple, Tuple) if op == BinOp::Add => BinaryPlan::Dynamic(Tuple),
        (Str, Int) | (Int, Str) if op == BinOp::Mul => BinaryPlan::Dynamic(Str),
        (List, Int) | (Int, List) if op == BinOp::Mul => BinaryPlan::Dynamic(List),
        (Tuple, Int) | (Int, Tuple) if op == BinOp::Mul => BinaryPlan::Dynamic(Tuple),
        (Str, _) if op == BinOp::Mod => BinaryPlan::Dynamic(Str),
        (Dict, Dict) if op == BinOp::BitOr => BinaryPlan::Dynamic(Dict),
        (Set, Set) if matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::BitXor | BinOp::Sub) => {
            BinaryPlan::Dynamic(Set)
        }
        _ => BinaryPlan::Dynamic(Dyn),
    }
}

/// Whether a comparison of these operand types gives a plain `bool` (builtin types on both
/// sides) rather than whatever a user `__eq__`/`__lt__` returns.
pub fn compare_is_bool(a: Type, b: Type) -> bool {
    a != Type::Dyn && b != Type::Dyn
}

/// Result type of a builtin function call with these many positional arguments.
pub fn builtin_result(name: &str, nargs: usize) -> Type {
    match name {
        "len" | "hash" | "ord" | "int" | "id" => Type::Int,
        "round" if nargs == 1 => Type::Int,
        "str" | "repr" | "chr" | "ascii" | "input" | "format" | "bin" | "oct" | "hex" => Type::Str,
        "divmod" => Type::Tuple,
        "list" | "sorted" => Type::List,
        "tuple" => Type::Tuple,
        "dict" => Type::Dict,
        "set" => Type::Set,
        "bytes" => Type::Bytes,
        "float" => Type::Float,
        "bool" | "isinstance" | "issubclass" | "any" | "all" | "callable" | "hasattr" => Type::Bool,
        "print" | "setattr" | "delattr" => Type::None,
        _ => Type::Dyn,
    }
}

/// Result type of a method call on a receiver of a known type.
pub fn method_result(receiver: Type, name: &str) -> Type {
    match (receiver, name) {
        // No value seen yet (inference): nothing known of the result either.
        (Type::Never, _) => Type::Never,
        (
            Type::Str,
            "upper" | "lower" | "strip" | "lstrip" | "rstrip" | "replace" | "join" | "capitalize" | "title" | "ljust"
            | "rjust" | "center" | "zfill" | "swapcase" | "removeprefix" | "removesuffix" | "format" | "format_map",
        ) => Type::Str,
        (Type::Str, "split" | "rsplit" | "splitlines") => Type::List,
        (Type::Str, "encode") => Type::Bytes,
        (Type::Bytes, "decode" | "hex") => Type::Str,
        (
            Type::Bytes,
            "upper" | "lower" | "strip" | "lstrip" | "rstrip" | "replace" | "join" | "capitalize" | "title" | "ljust"
            | "rjust" | "center" | "zfill" | "swapcase" | "removeprefix" | "removesuffix" | "translate" | "expandtabs",
        ) => Type::Bytes,
        (Type::Bytes, "split" | "rsplit" | "splitlines") => Type::List,
        (Type::Bytes, "find" | "rfind" | "index" | "rindex" | "count") => Type::Int,
        (Type::Str, "find" | "rfind" | "index" | "rindex" | "count") => Type::Int,
        (
            Type::Str,
            "startswith" | "endswith" | "isdigit" | "isalpha" | "isspace" | "isalnum" | "isupper" | "islower",
        ) => Type::Bool,
        (Type::Str, "partition" | "rpartition") => Type::Tuple,
        (Type::List, "append" | "extend" | "insert" | "reverse" | "clear" | "sort" | "remove") => Type::None,
        (Type::List | Type::Tuple, "index" | "count") => Type::Int,
        (Type::List, "copy") => Type::List,
        (Type::Dict, "copy") => Type::Dict,
        (Type::Dict, "update" | "clear") => Type::None,
        (Type::Set, "copy" | "union" | "intersection" | "difference" | "symmetric_difference") => Type::Set,
        (Type::Set, "issubset" | "issuperset" | "isdisjoint") => Type::Bool,
        (
            Type::Set,
            "add"
            | "discard"
            | "remove"
            | "clear"
            | "update"
            | "intersection_update"
            | "difference_update"
            | "symmetric_difference_update",
        ) => Type::None,
        _ => Type::Dyn,
    }
}

/// Type of `obj[index]` for a known container.
pub fn subscript_result(obj: Type) -> Type {
    match obj {
        Type::Str | Type::Never => obj,
        _ => Type::Dyn,
    }
}

/// Type of `obj[a:b]`. As in every rule here, an operand of type `Never` (inference has
/// seen no value for it yet) gives `Never`, so that a later pass can still find the type.
pub fn slice_result(obj: Type) -> Type {
    match obj {
        Type::Str | Type::Bytes | Type::List | Type::Tuple | Type::Never => obj,
        _ => Type::Dyn,
    }
}

/// Element type when iterating over a value of this type (ranges are handled apart).
pub fn iter_item(obj: Type) -> Type {
    match obj {
        Type::Str | Type::Never => obj,
        Type::Bytes => Type::Int,
        _ => Type::Dyn,
    }
}

/// The `math` functions of one float that return a float, which a call `math.f(x)` runs on
/// an unboxed `float` (`Rvalue::MathUnary`, by index here; rt's `krait_math_unary` has
/// them in the same order).
pub const MATH_UNARY: [&str; 21] = [
    "acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc", "exp", "exp2", "expm1",
    "fabs", "log1p", "sin", "sinh", "sqrt", "tan", "tanh",
];
