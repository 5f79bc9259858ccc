//! MIR: the typed control-flow graph between the AST and LLVM IR (DESIGN.md §3).

mod display;
pub mod shadows;
pub mod syntax;
pub mod types;
pub mod verify;
pub mod visit;

pub use syntax::*;
pub use types::Type;
