//! MIR passes: definite assignment, assigning results directly to variables, dropping the
//! specialisations nothing calls, and marking the ones no call the compiler sees reaches.
//!
//! Lowering guards every read of a variable with `CheckBound`. Definite-assignment analysis
//! removes the guards it can prove redundant; the rest raise `UnboundLocalError` at run time.
//! Unboxed (`float`, `bool`) locals have no "unbound" state, so a guard on one that cannot be
//! proven makes lowering widen that variable to `Dyn`.
//!
//! Lowering evaluates an expression into a temporary and then copies it into the variable
//! (`_40 = Sub(_38, _39); _9 = _40`); `assign_directly` makes that one statement, so that
//! the variable is the operation's destination (which lets codegen keep a float result
//! unboxed in the variable's shadow).

use crate::mir::visit::{function_refs_mut, statement_reads, terminator_reads};
use std::collections::{HashMap, HashSet};

use crate::mir::{
    BlockId, Callee, Constant, FuncId, FuncKind, Function, GlobalId, LocalId, Operand, Program, Rvalue, Statement,
    Terminator,
};

/// Definitely-assigned sets at the start of each block.
fn analyse(f: &Function) -> Vec<Option<Vec<bool>>> {
    let n = f.locals.len();
    let mut ins: Vec<Option<Vec<bool>>> = vec![None; f.blocks.len()];
    let mut entry = vec![false; n];
    for slot in entry.iter_mut().take(f.param_names.len()) {
        *slot = true;
    }
    ins[f.entry.index()] = Some(entry);
    let mut changed = true;
    while changed {
        changed = false;
        for bi in 0..f.blocks.len() {
            let Some(state) = ins[bi].clone() else { continue };
            let b = &f.blocks[bi];
            let mut out = state.clone();
            let mut edges: Vec<(BlockId, Vec<bool>)> = Vec::new();
            if let Some(h) = b.handler {
                edges.push((h, state.clone()));
            }
            for s in &b.stmts {
                match s {
                    Statement::Assign(l, _) => out[l.index()] = true,
                    Statement::Unpack { targets, .. } => targets.iter().for_each(|t| out[t.index()] = true),
                    Statement::Unbind(l) => out[l.index()] = false,
                    _ => {}
                }
            }
            match &b.term {
                Terminator::Goto(t) | Terminator::Yield { resume: t, .. } => edges.push((*t, out)),
                Terminator::Branch { then, otherwise, .. } => {
                    edges.push((*then, out.clone()));
                    edges.push((*otherwise, out));
                }
                Terminator::SwitchClass { cases, otherwise, .. } => {
                    edges.extend(cases.iter().map(|c| (c.block, out.clone())));
                    edges.push((*otherwise, out));
                }
                Terminator::IterNext { target, body, exit, .. } => {
                    edges.push((*exit, out.clone()));
                    let mut with = out;
                    with[target.index()] = true;
                    edges.push((*body, with));
                }
                Terminator::Return(_)
                | Terminator::Delegate { .. }
                | Terminator::Raise(_)
                | Terminator::Unreachable => {}
            }
            for (t, st) in edges {
                let slot = &mut ins[t.index()];
                match slot {
                    None => {
                        *slot = Some(st);
                        changed = true;
                    }
                    Some(cur) => {
                        for (c, s) in cur.iter_mut().zip(st) {
                            if *c && !s {
                                *c = false;
                                changed = true;
                            }
                        }
                    }
                }
            }
        }
    }
    ins
}

/// For each `CheckBound`, whether the local is certainly bound there: `(block, stmt) -> bool`.
fn proven(f: &Function) -> Vec<Vec<bool>> {
    let ins = analyse(f);
    let mut result = Vec::with_capacity(f.blocks.len());
    for (bi, b) in f.blocks.iter().enumerate() {
        // Unreachable blocks: everything is "proven" (the code never runs).
        let mut state = ins[bi].clone();
        let mut row = Vec::with_capacity(b.stmts.len());
        for s in &b.stmts {
            match (&mut state, s) {
                (None, _) => row.push(true),
                (Some(st), Statement::CheckBound(l)) => row.push(st[l.index()]),
                (Some(st), Statement::Assign(l, _)) => {
                    st[l.index()] = true;
                    row.push(true);
                }
                (Some(st), Statement::Unpack { targets, .. }) => {
                    targets.iter().for_each(|t| st[t.index()] = true);
                    row.push(true);
                }
                (Some(st), Statement::Unbind(l)) => {
                    st[l.index()] = false;
                    row.push(true);
                }
                _ => row.push(true),
            }
        }
        result.push(row);
    }
    result
}

/// Unboxed locals read where they may be unbound, or explicitly unbound.
pub fn unproven_unboxed(f: &Function) -> Vec<LocalId> {
    let p = proven(f);
    let mut out = Vec::new();
    for (bi, b) in f.blocks.iter().enumerate() {
        for (si, s) in b.stmts.iter().enumerate() {
            let l = match s {
                Statement::CheckBound(l) if !p[bi][si] => *l,
                Statement::Unbind(l) => *l,
                _ => continue,
            };
            if !f.locals[l.index()].ty.settle().is_value_word() && !out.contains(&l) {
                out.push(l);
            }
        }
    }
    out
}

/// Drops the `CheckBound`s that definite assignment proves redundant.
pub fn remove_proven_checks(prog: &mut Program) {
    for f in &mut prog.funcs {
        let p = proven(f);
        for (bi, b) in f.blocks.iter_mut().enumerate() {
            let mut keep_stmts = Vec::with_capacity(b.stmts.len());
            let mut keep_spans = Vec::with_capacity(b.spans.len());
            for (si, (s, span)) in b.stmts.drain(..).zip(b.spans.drain(..)).enumerate() {
                if matches!(s, Statement::CheckBound(_)) && p[bi][si] {
                    continue;
                }
                keep_stmts.push(s);
                keep_spans.push(span);
            }
            b.stmts = keep_stmts;
            b.spans = keep_spans;
        }
    }
}

/// Merges `t = rv; x = t` into `x = rv` where `t` is a temporary of `x`'s type that nothing
/// else assigns or reads. `rv` reads its operands before `x` is written, and when it raises
/// neither `t` nor `x` is assigned, so the meaning is unchanged.
pub fn assign_directly(prog: &mut Program) {
    for f in &mut prog.funcs {
        let n = f.locals.len();
        let (mut reads, mut defs) = (vec![0u32; n], vec![0u32; n]);
        for b in &f.blocks {
            for s in &b.stmts {
                statement_reads(s, &mut |l| reads[l.index()] += 1);
                match s {
                    Statement::Assign(l, _) | Statement::Unbind(l) => defs[l.index()] += 1,
                    Statement::Unpack { targets, .. } => targets.iter().for_each(|t| defs[t.index()] += 1),
                    _ => {}
                }
            }
            terminator_reads(&b.term, &mut |l| reads[l.index()] += 1);
            if let Terminator::IterNext { target, .. } = b.term {
                defs[target.index()] += 1;
            }
        }
        let nparams = f.param_names.len() + usize::from(!f.freevars.is_empty());
        let locals = &f.locals;
        let temporary = |t: LocalId| {
            t.index() >= nparams && locals[t.index()].name.is_none() && reads[t.index()] == 1 && defs[t.index()] == 1
        };
        for b in &mut f.blocks {
            let mut i = 0;
            while i + 1 < b.stmts.len() {
                let target = match (&b.stmts[i], &b.stmts[i + 1]) {
                    (Statement::Assign(t, _), Statement::Assign(x, Rvalue::Use(Operand::Local(u))))
                        if t == u && x != t && temporary(*t) && locals[t.index()].ty == locals[x.index()].ty =>
                    {
                        Some(*x)
                    }
                    _ => None,
                };
                if let (Some(x), Statement::Assign(t, _)) = (target, &mut b.stmts[i]) {
                    *t = x;
                    b.stmts.remove(i + 1);
                    b.spans.remove(i + 1);
                }
                i += 1;
            }
        }
    }
}

/// Drops the specialisations nothing calls (inference made them for call sites whose types it
/// later widened or narrowed), renumbering the rest. Module bodies and the generic
/// specialisations (which function objects call) are kept, and whatever they reach.
pub fn remove_uncalled(prog: &mut Program) {
    let n = prog.funcs.len();
    let mut keep = vec![false; n];
    let mut work: Vec<usize> = (0..n)
        .filter(|&i| !matches!(prog.funcs[i].kind, FuncKind::Def { generic: false }))
        .chain(prog.modules.iter().map(|m| m.body.index()))
        .chain([prog.main.index()])
        .collect();
    while let Some(i) = work.pop() {
        if std::mem::replace(&mut keep[i], true) {
            continue;
        }
        function_refs_mut(&mut prog.funcs[i], &mut |f| work.push(f.index()));
    }
    if keep.iter().all(|&k| k) {
        return;
    }
    let mut new_id = vec![None; n];
    let mut next = 0;
    for (i, &k) in keep.iter().enumerate() {
        if k {
            new_id[i] = Some(FuncId(next));
            next += 1;
        }
    }
    let renumber = |f: &mut FuncId| {
        if let Some(id) = new_id[f.index()] {
            *f = id;
        }
    };
    let mut index = 0;
    prog.funcs.retain(|_| {
        index += 1;
        keep[index - 1]
    });
    for f in &mut prog.funcs {
        function_refs_mut(f, &mut |r| renumber(r));
    }
    renumber(&mut prog.main);
    for m in &mut prog.modules {
        renumber(&mut m.body);
    }
}

/// Marks `cold` the generic specialisations of the script's module-level `def`s that no call
/// the compiler sees reaches: every call by name went to another specialisation (so one
/// exists), no direct call goes to the generic one, and no code reads the variable the `def`
/// binds (its function object is only stored there). Calls the compiler cannot see (through
/// `globals()`, or a module importing the script) still run it, correctly, only slower:
/// codegen compiles it without optimisation.
pub fn mark_cold(prog: &mut Program) {
    let mut called: HashSet<FuncId> = HashSet::new();
    let mut read: HashSet<GlobalId> = HashSet::new();
    // Each function object made, by the local holding it.
    let mut made: HashMap<(usize, LocalId), FuncId> = HashMap::new();
    for (i, f) in prog.funcs.iter().enumerate() {
        for b in &f.blocks {
            for s in &b.stmts {
                match s {
                    Statement::Assign(_, Rvalue::Call { callee: Callee::Direct(g), .. })
                    | Statement::Eval(Rvalue::Call { callee: Callee::Direct(g), .. }) => {
                        called.insert(*g);
                    }
                    // `eval load g` only checks that the `def` ran (before a direct call).
                    Statement::Assign(_, Rvalue::LoadGlobal(g)) => {
                        read.insert(*g);
                    }
                    Statement::Assign(l, Rvalue::MakeFunction { func, .. }) => {
                        made.insert((i, *l), *func);
                    }
                    _ => {}
                }
            }
            if let Terminator::Delegate { func, .. } = &b.term {
                called.insert(*func);
            }
        }
    }
    // A function object used other than by storing it in an unread variable (or setting
    // its `__annotations__`) may be called.
    let mut escaped: HashSet<FuncId> = HashSet::new();
    for (i, f) in prog.funcs.iter().enumerate() {
        let uses = |l: LocalId, escaped: &mut HashSet<FuncId>| {
            if let Some(&func) = made.get(&(i, l)) {
                escaped.insert(func);
            }
        };
        for b in &f.blocks {
            for s in &b.stmts {
                match s {
                    Statement::StoreGlobal(g, Operand::Local(l)) if !read.contains(g) => {}
                    Statement::Eval(Rvalue::Call { callee: Callee::Builtin(name), args, .. })
                        if name == "setattr"
                            && matches!(&args[..], [Operand::Local(_), Operand::Const(Constant::Str(a)), _] if a == "__annotations__") =>
                    {
                        args[2..].iter().for_each(|a| {
                            if let Operand::Local(l) = a {
                                uses(*l, &mut escaped);
                            }
                        });
                    }
                    _ => statement_reads(s, &mut |l| uses(l, &mut escaped)),
                }
            }
            terminator_reads(&b.term, &mut |l| uses(l, &mut escaped));
        }
    }
    let specialised: HashSet<String> = prog
        .funcs
        .iter()
        .filter(|f| f.kind == (FuncKind::Def { generic: false }))
        .map(|f| f.qualname.clone())
        .collect();
    for (i, f) in prog.funcs.iter_mut().enumerate() {
        let id = FuncId(i as u32);
        f.cold = f.kind == (FuncKind::Def { generic: true })
            && !f.generator
            && specialised.contains(&f.qualname)
            && !called.contains(&id)
            && !escaped.contains(&id)
            && made.values().any(|&m| m == id);
    }
}
