//! Walking MIR: every local a statement or terminator reads; every function a function's
//! code refers to.

use super::syntax::{
    Callee, ClassId, Field, FuncId, Function, LocalId, Operand, RaiseKind, Rvalue, Statement, Terminator,
};

/// Calls `f` with each operand the rvalue reads, in order.
pub fn rvalue_operands<'a>(rv: &'a Rvalue, f: &mut impl FnMut(&'a Operand)) {
    let opt = |op: &'a Option<Operand>, f: &mut dyn FnMut(&'a Operand)| {
        if let Some(op) = op {
            f(op);
        }
    };
    match rv {
        Rvalue::Use(a)
        | Rvalue::Box(a)
        | Rvalue::Unbox(a)
        | Rvalue::IntToFloat(a)
        | Rvalue::AsFloat(a)
        | Rvalue::IsSmallInt(a)
        | Rvalue::IsExact(_, a)
        | Rvalue::MathUnary(_, a)
        | Rvalue::Unary(_, a)
        | Rvalue::Truth(a)
        | Rvalue::Not(a)
        | Rvalue::ListLen(a)
        | Rvalue::NewInstance(a)
        | Rvalue::IsNumber(a)
        | Rvalue::IsNotImplemented(a)
        | Rvalue::Iter(a) => f(a),
        Rvalue::Binary(_, a, b) | Rvalue::InPlace(_, a, b) | Rvalue::Compare(_, a, b) | Rvalue::Is(a, b) => {
            f(a);
            f(b);
        }
        Rvalue::Contains { container, item } => {
            f(container);
            f(item);
        }
        Rvalue::Call { callee, args, .. } => {
            if let Callee::Value(c) = callee {
                f(c);
            }
            args.iter().for_each(f);
        }
        Rvalue::CallStar { callee, args, kwvalues, .. } => {
            f(callee);
            f(args);
            kwvalues.iter().for_each(f);
        }
        Rvalue::CallMethod { obj, args, .. } => {
            f(obj);
            args.iter().for_each(f);
        }
        Rvalue::GetAttr { obj, .. } => f(obj),
        Rvalue::GetItem { obj, index } => {
            f(obj);
            f(index);
        }
        Rvalue::ListItem { list, index } => {
            f(list);
            f(index);
        }
        Rvalue::GetSlice { obj, start, stop, step } => {
            f(obj);
            opt(start, f);
            opt(stop, f);
            opt(step, f);
        }
        Rvalue::BuildSlice { start, stop, step } => {
            opt(start, f);
            opt(stop, f);
            opt(step, f);
        }
        Rvalue::BuildList(items) | Rvalue::BuildTuple(items) | Rvalue::BuildString(items) => items.iter().for_each(f),
        Rvalue::BuildSet { items, .. } => items.iter().for_each(f),
        Rvalue::BuildDict(pairs) => {
            for (k, v) in pairs {
                f(k);
                f(v);
            }
        }
        Rvalue::Format { value, spec, .. } => {
            f(value);
            opt(spec, f);
        }
        Rvalue::MakeFunction { defaults, closure, .. } => {
            defaults.iter().for_each(&mut *f);
            closure.iter().for_each(f);
        }
        Rvalue::CellGet { cell, .. } => f(cell),
        Rvalue::ImportFrom { module, .. } => f(module),
        Rvalue::ExcMatches { exc, cls } => {
            f(exc);
            f(cls);
        }
        Rvalue::LoadGlobal(_)
        | Rvalue::ClassSealed(_)
        | Rvalue::LoadBuiltin(_)
        | Rvalue::NewCell
        | Rvalue::ClosureCell(_)
        | Rvalue::Import(_)
        | Rvalue::ImportModule(_)
        | Rvalue::Resume { .. }
        | Rvalue::BeginHandler => {}
    }
}

/// `f` applied to the local an operand is, if it is one.
fn locals_of(f: &mut impl FnMut(LocalId)) -> impl FnMut(&Operand) + '_ {
    move |o| {
        if let Operand::Local(l) = o {
            f(*l);
        }
    }
}

/// Calls `f` with each local the statement reads (not the ones it only assigns).
pub fn statement_reads(s: &Statement, f: &mut impl FnMut(LocalId)) {
    let mut op = locals_of(f);
    match s {
        Statement::Assign(_, rv) | Statement::Eval(rv) => rvalue_operands(rv, &mut op),
        Statement::StoreGlobal(_, a) | Statement::CellClear(a) | Statement::SealClass { cls: a, .. } => op(a),
        Statement::ReleaseList(l) => op(&Operand::Local(*l)),
        Statement::SetAttr { obj, value, .. } => {
            op(obj);
            op(value);
        }
        Statement::UnsupportedBinary { a, b, .. } => {
            op(a);
            op(b);
        }
        Statement::CheckBound(l) => op(&Operand::Local(*l)),
        Statement::CellSet { cell, value } => {
            op(cell);
            op(value);
        }
        Statement::SetItem { obj, index, value } => {
            op(obj);
            op(index);
            op(value);
        }
        Statement::SetSlice { obj, bounds, value, from } => {
            op(obj);
            bounds.iter().chain(from.iter().flatten()).flatten().for_each(&mut op);
            op(value);
        }
        Statement::SetListItem { list, index, value } => {
            op(list);
            op(index);
            op(value);
        }
        Statement::ListAppend { list, value } => {
            op(list);
            op(value);
        }
        Statement::DelItem { obj, index } => {
            op(obj);
            op(index);
        }
        Statement::Unpack { value, .. } => op(value),
        Statement::ImportStar { module, .. } => op(module),
        Statement::DeleteGlobal(_)
        | Statement::Unbind(_)
        | Statement::PollInterrupt
        | Statement::TracebackEntry
        | Statement::EndHandler => {}
    }
}

/// Calls `f` with each local the terminator reads.
pub fn terminator_reads(t: &Terminator, f: &mut impl FnMut(LocalId)) {
    let mut op = locals_of(f);
    match t {
        Terminator::Branch { cond, .. } | Terminator::SwitchClass { obj: cond, .. } => op(cond),
        Terminator::Return(a) | Terminator::Yield { value: a, .. } => op(a),
        Terminator::IterNext { iter, .. } => op(&Operand::Local(*iter)),
        Terminator::Delegate { args, .. } => args.iter().for_each(op),
        Terminator::Raise(kind) => match kind {
            RaiseKind::New(a) | RaiseKind::Resume(a) => op(a),
            RaiseKind::From(a, b) => {
                op(a);
                op(b);
            }
            RaiseKind::Assertion(Some(a)) => op(a),
            RaiseKind::Assertion(None) | RaiseKind::Reraise | RaiseKind::Propagate => {}
        },
        Terminator::Goto(_) | Terminator::Unreachable => {}
    }
}

/// Calls `f` with every function the code of `func` refers to (direct calls, function
/// objects), so that it can renumber them.
pub fn function_refs_mut(func: &mut Function, f: &mut impl FnMut(&mut FuncId)) {
    for block in &mut func.blocks {
        for s in &mut block.stmts {
            if let Statement::Assign(_, rv) | Statement::Eval(rv) = s
                && let Rvalue::Call { callee: Callee::Direct(r), .. } | Rvalue::MakeFunction { func: r, .. } = rv
            {
                f(r);
            }
        }
        if let Terminator::Delegate { func: r, .. } = &mut block.term {
            f(r);
        }
    }
}

/// Calls `f` with every sealed class the code of `func` refers to, so that it can renumber
/// them.
pub fn class_refs_mut(func: &mut Function, f: &mut impl FnMut(&mut ClassId)) {
    fn fields(fs: &mut [Field], f: &mut impl FnMut(&mut ClassId)) {
        fs.iter_mut().for_each(|x| f(&mut x.class));
    }
    for block in &mut func.blocks {
        for s in &mut block.stmts {
            match s {
                Statement::Assign(_, rv) | Statement::Eval(rv) => match rv {
                    Rvalue::GetAttr { fields: fs, .. } => fields(fs, f),
                    Rvalue::ClassSealed(class) => f(class),
                    _ => {}
                },
                Statement::SetAttr { fields: fs, .. } => fields(fs, f),
                Statement::SealClass { class, .. } => f(class),
                _ => {}
            }
        }
        if let Terminator::SwitchClass { cases, .. } = &mut block.term {
            cases.iter_mut().for_each(|c| f(&mut c.class));
        }
    }
}
