//! Unboxed floats in `Dyn` words: which locals keep a float *shadow*, which functions pass
//! floats unboxed to each other, and which attributes of sealed classes keep them.
//!
//! A `Dyn` local that may often hold a float has an `f64` slot beside its word (its shadow);
//! the word `UNBOXED` says the value is the float in the shadow, and it is boxed only where
//! something needs the object (codegen's `function/numbers.rs`). Direct calls between
//! compiled functions pass such floats unboxed too (*the shadow convention*): each `Dyn`
//! parameter comes with an `f64`, and a `Dyn` result that is `UNBOXED` leaves its float in
//! a word of the program that the caller reads right after the call. Instances of sealed
//! classes keep a float beside each attribute that compiled code may store floats into
//! (`ClassDecl::floats`), with `UNBOXED` as the attribute's value.

use super::syntax::{BinOp, Callee, ClassDecl, FuncKind, Function, Operand, Program, Rvalue, Statement, UnaryOp};
use super::types::Type;

/// Whether a function's direct calls follow the shadow convention: every compiled `def`
/// but generators (whose locals live in a heap frame of words).
pub fn shadow_convention(f: &Function) -> bool {
    matches!(f.kind, FuncKind::Def { .. }) && !f.generator
}

/// The arithmetic operators whose result may be a float kept unboxed.
pub fn arith_op(op: BinOp) -> bool {
    matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow)
}

/// Whether assigning `rv` to a `Dyn` local may give it an unboxed float: arithmetic, a
/// boxed float, an item of a list or other container, or an attribute that keeps floats.
fn makes_float(f: &Function, classes: &[ClassDecl], rv: &Rvalue) -> bool {
    let operand_ty = |op: &Operand| match op {
        Operand::Local(x) => f.locals[x.index()].ty,
        Operand::Const(c) => c.ty(),
    };
    match rv {
        Rvalue::Binary(op, ..) | Rvalue::InPlace(op, ..) => arith_op(*op),
        Rvalue::Unary(op, _) => *op == UnaryOp::Neg,
        Rvalue::Box(op) => operand_ty(op) == Type::Float,
        Rvalue::GetItem { .. } | Rvalue::ListItem { .. } => true,
        Rvalue::GetAttr { fields, .. } => {
            fields.iter().any(|fl| classes[fl.class.index()].floats.get(fl.index as usize).copied().unwrap_or(false))
        }
        _ => false,
    }
}

/// Which locals of `f` get a float shadow: the `Dyn` locals that `makes_float` assigns, the
/// results of direct calls of functions returning `Dyn`, and under the shadow convention the
/// function's own `Dyn` parameters.
pub fn shadowed_locals(prog: &Program, f: &Function) -> Vec<bool> {
    let mut shadowed = vec![false; f.locals.len()];
    if f.generator {
        return shadowed;
    }
    if shadow_convention(f) {
        for (p, s) in shadowed.iter_mut().enumerate().take(f.param_names.len()) {
            *s = f.locals[p].ty == Type::Dyn;
        }
    }
    for block in &f.blocks {
        for s in &block.stmts {
            let Statement::Assign(l, rv) = s else { continue };
            if f.locals[l.index()].ty != Type::Dyn {
                continue;
            }
            shadowed[l.index()] |= makes_float(f, &prog.classes, rv)
                || matches!(rv, Rvalue::Call { callee: Callee::Direct(g), .. }
                    if shadow_convention(&prog.funcs[g.index()]));
        }
    }
    shadowed
}

/// Marks the attributes of sealed classes that keep a float (`ClassDecl::floats`): those
/// some compiled store gives a value that `makes_float` made (or a `float`).
pub fn float_attributes(prog: &mut Program) {
    // An attribute that keeps floats makes the values read from it float too: until stable.
    while mark_float_attributes(prog) {}
}

/// One round of `float_attributes`; true if it marked any attribute.
fn mark_float_attributes(prog: &mut Program) -> bool {
    let mut marks = Vec::new();
    for f in &prog.funcs {
        if f.generator {
            continue;
        }
        // The rvalue each local is assigned (any of them), for the stores' values.
        let mut floaty = vec![false; f.locals.len()];
        for block in &f.blocks {
            for s in &block.stmts {
                if let Statement::Assign(l, rv) = s {
                    floaty[l.index()] |= makes_float(f, &prog.classes, rv);
                }
            }
        }
        for block in &f.blocks {
            for s in &block.stmts {
                let Statement::SetAttr { value, fields, .. } = s else { continue };
                let float = match value {
                    Operand::Local(l) => floaty[l.index()] || f.locals[l.index()].ty == Type::Float,
                    Operand::Const(c) => c.ty() == Type::Float,
                };
                if float {
                    marks.extend(fields.iter().copied());
                }
            }
        }
    }
    let mut changed = false;
    for fl in marks {
        if let Some(slot) = prog.classes[fl.class.index()].floats.get_mut(fl.index as usize) {
            changed |= !*slot;
            *slot = true;
        }
    }
    changed
}
