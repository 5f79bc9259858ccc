//! The type lattice of MIR (DESIGN.md §3).

use std::fmt;

/// The static type of a local or value.
///
/// `Never` is the bottom of the lattice during inference ("no value seen yet"); it never
/// survives into MIR. `Dyn` is the top: any Python object, always correct.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Type {
    Never,
    Int,
    Float,
    Bool,
    None,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    Dyn,
}

impl Type {
    /// The least upper bound of two types.
    pub fn join(self, other: Type) -> Type {
        match (self, other) {
            (a, b) if a == b => a,
            (Type::Never, t) | (t, Type::Never) => t,
            _ => Type::Dyn,
        }
    }

    /// Whether values of this type live in a `Value` word (everything but `float`/`bool`).
    pub fn is_value_word(self) -> bool {
        !matches!(self, Type::Float | Type::Bool)
    }

    /// `Never` becomes `Dyn` once inference is over.
    pub fn settle(self) -> Type {
        if self == Type::Never { Type::Dyn } else { self }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Type::Never => "never",
            Type::Int => "int",
            Type::Float => "float",
            Type::Bool => "bool",
            Type::None => "None",
            Type::Str => "str",
            Type::Bytes => "bytes",
            Type::List => "list",
            Type::Tuple => "tuple",
            Type::Dict => "dict",
            Type::Set => "set",
            Type::Dyn => "dyn",
        })
    }
}
