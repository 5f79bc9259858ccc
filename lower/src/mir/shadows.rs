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

use super::syntax::{BinOp, Callee, FuncId, FuncKind, Function, Operand, Program, Rvalue, Statement, UnaryOp};
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

/// The `Dyn` locals of `f` that may hold a float: assigned a boxed float, the result of
/// arithmetic on a float (or of `/` and `**`), an item of a container, an attribute that keeps
/// floats, the result of a direct call, or a copy of such a local; and with `params`, under
/// the shadow convention, the `Dyn` parameters that the function uses as numbers
/// (`numeric_uses`). Arithmetic on values not known to be floats (`n + 1` of a counter) does
/// not count, so that ints stay words without a shadow.
fn float_locals(prog: &Program, f: &Function, params: bool) -> Vec<bool> {
    float_locals_with(prog, f, params, &|g| shadow_convention(&prog.funcs[g.index()]))
}

/// `float_locals`, with `call(g)` saying whether a direct call of `g` may return a float.
fn float_locals_with(prog: &Program, f: &Function, params: bool, call: &dyn Fn(FuncId) -> bool) -> Vec<bool> {
    let mut floaty = vec![false; f.locals.len()];
    if f.generator {
        return floaty;
    }
    if params && shadow_convention(f) {
        let numeric = numeric_uses(f);
        for (p, x) in floaty.iter_mut().enumerate().take(f.param_names.len()) {
            *x = f.locals[p].ty == Type::Dyn && numeric[p];
        }
    }
    let classes = &prog.classes;
    loop {
        let mut changed = false;
        for block in &f.blocks {
            for s in &block.stmts {
                let Statement::Assign(l, rv) = s else { continue };
                if f.locals[l.index()].ty != Type::Dyn || floaty[l.index()] {
                    continue;
                }
                let float = |op: &Operand| match op {
                    Operand::Local(x) => f.locals[x.index()].ty == Type::Float || floaty[x.index()],
                    Operand::Const(c) => c.ty() == Type::Float,
                };
                let makes = match rv {
                    Rvalue::Binary(op, a, b) | Rvalue::InPlace(op, a, b) => {
                        arith_op(*op) && (matches!(op, BinOp::TrueDiv | BinOp::Pow) || float(a) || float(b))
                    }
                    Rvalue::Unary(UnaryOp::Neg, a) | Rvalue::Use(a) => float(a),
                    Rvalue::Box(op) => float(op),
                    Rvalue::GetItem { .. } | Rvalue::ListItem { .. } => true,
                    Rvalue::GetAttr { fields, .. } => fields
                        .iter()
                        .any(|fl| classes[fl.class.index()].floats.get(fl.index as usize).copied().unwrap_or(false)),
                    Rvalue::Call { callee: Callee::Direct(g), .. } => call(*g),
                    _ => false,
                };
                if makes {
                    floaty[l.index()] = true;
                    changed = true;
                }
            }
        }
        if !changed {
            return floaty;
        }
    }
}

/// Which locals of `f` get a float shadow: those that may hold a float (`float_locals`). A
/// `Dyn` parameter under the shadow convention without one is boxed on entry if it comes
/// unboxed.
pub fn shadowed_locals(prog: &Program, f: &Function) -> Vec<bool> {
    float_locals(prog, f, true)
}

/// Whether function `g` may return a float by its own code (its calls' results aside).
fn returns_float(prog: &Program, g: FuncId) -> bool {
    let f = &prog.funcs[g.index()];
    if f.ret == Type::Float {
        return true;
    }
    if !shadow_convention(f) || f.ret != Type::Dyn {
        return false;
    }
    let floaty = float_locals_with(prog, f, false, &|_| false);
    f.blocks.iter().any(|b| match &b.term {
        super::syntax::Terminator::Return(Operand::Local(l)) => floaty[l.index()],
        super::syntax::Terminator::Return(Operand::Const(c)) => c.ty() == Type::Float,
        _ => false,
    })
}

/// The locals that `f` uses where an unboxed float pays: operands of arithmetic and
/// comparisons, values it stores, returns, copies or passes to a direct call. (A receiver of
/// an attribute or method, or an argument to rt, needs the object anyway.)
fn numeric_uses(f: &Function) -> Vec<bool> {
    let mut uses = vec![false; f.locals.len()];
    let mut mark = |op: &Operand| {
        if let Operand::Local(l) = op {
            uses[l.index()] = true;
        }
    };
    for block in &f.blocks {
        for s in &block.stmts {
            match s {
                Statement::Assign(_, rv) | Statement::Eval(rv) => match rv {
                    Rvalue::Use(a) | Rvalue::Unary(_, a) => mark(a),
                    Rvalue::Binary(_, a, b) | Rvalue::InPlace(_, a, b) | Rvalue::Compare(_, a, b) => {
                        mark(a);
                        mark(b);
                    }
                    Rvalue::Call { callee: Callee::Direct(_), args, .. } => args.iter().for_each(&mut mark),
                    _ => {}
                },
                Statement::SetAttr { value, .. }
                | Statement::SetItem { value, .. }
                | Statement::SetSlice { value, .. }
                | Statement::SetListItem { value, .. }
                | Statement::ListAppend { value, .. } => mark(value),
                _ => {}
            }
        }
        if let super::syntax::Terminator::Return(op) = &block.term {
            mark(op);
        }
    }
    uses
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
        // A parameter does not make an attribute keep floats (`self.left = left` would make
        // every attribute keep one); a float argument makes the parameter of its
        // specialisation a `float`, which does.
        let floaty = float_locals_with(prog, f, false, &|g| returns_float(prog, g));
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
