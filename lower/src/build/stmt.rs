//! Lowering statements.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{Exit, FnBuilder, Loop, NameRef, Val};
use crate::mir::{
    BinOp, BlockId, Callee, CmpOp, Constant, LocalId, Operand, RaiseKind, Rvalue, Statement, Terminator, Type,
};
use crate::modules::NATIVE_MODULES;
use crate::scope;
use crate::typing::{self, BinaryPlan};

pub(super) fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::BitAnd => BinOp::BitAnd,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

/// The parts of the counting idiom: `d`, `k` (its occurrence in the call), `default`, `inc`.
type Counting<'e> = (&'e Expr, &'e Expr, &'e Expr, &'e Expr);

/// `d[k] = d.get(k, default) + inc` with `d` and `k` names and `default` and `inc` int
/// literals (the counting idiom).
fn counting<'e>(target: &'e Expr, value: &'e Expr) -> Option<Counting<'e>> {
    fn name(e: &Expr) -> Option<&str> {
        match e {
            Expr::Name(n) => Some(n.id.as_str()),
            _ => None,
        }
    }
    let int = |e: &Expr| matches!(e, Expr::NumberLiteral(n) if matches!(n.value, ast::Number::Int(_)));
    let (Expr::Subscript(t), Expr::BinOp(b)) = (target, value) else { return None };
    let Expr::Call(c) = &*b.left else { return None };
    let Expr::Attribute(get) = &*c.func else { return None };
    let [key, default] = &c.arguments.args[..] else { return None };
    let same = name(&t.value).is_some()
        && name(&t.value) == name(&get.value)
        && name(&t.slice).is_some()
        && name(&t.slice) == name(key);
    (same
        && b.op == ast::Operator::Add
        && get.attr.as_str() == "get"
        && c.arguments.keywords.is_empty()
        && int(default)
        && int(&b.right))
    .then_some((&*get.value, key, default, &*b.right))
}

impl<'a> FnBuilder<'_, 'a> {
    /// `d[k] = d.get(k, default) + inc` (`counting`): rt's `_dict_count` does it with one
    /// lookup when nothing it does can be seen to differ (an exact dict, a str or small-int
    /// key, small-int counts), else the statement runs as written. Evaluating the names `d`
    /// and `k` first, as the statement does, runs no code.
    fn lower_counting(&mut self, parts: Counting<'a>, target: &'a Expr, value: &'a Expr) {
        let (d, key, default, inc) = parts;
        let d = self.lower_expr(d);
        let d = self.to_dyn(d);
        let k = self.lower_expr(key);
        let k = self.to_dyn(k);
        let (default, inc) = (self.lower_expr(default), self.lower_expr(inc));
        let (default, inc) = (self.to_dyn(default), self.to_dyn(inc));
        let args = vec![d, k, default, inc];
        let done = self.assign(
            Rvalue::Call { callee: Callee::Builtin("_dict_count".into()), args, kwnames: Vec::new() },
            Type::Dyn,
        );
        let done = self.assign(Rvalue::Unbox(done.op), Type::Bool);
        let (slow, next) = (self.new_block(), self.new_block());
        self.terminate(Terminator::Branch { cond: done.op, then: next, otherwise: slow });
        self.switch_to(slow);
        let v = self.lower_expr(value);
        self.assign_target(target, v);
        self.goto(next);
        self.switch_to(next);
    }

    pub(super) fn lower_body(&mut self, body: &'a [Stmt]) {
        for s in body {
            self.lower_stmt(s);
        }
    }

    fn lower_stmt(&mut self, s: &'a Stmt) {
        self.set_line(s.range());
        match s {
            Stmt::Expr(e) => {
                self.lower_expr(&e.value);
            }
            Stmt::Pass(_) | Stmt::Global(_) => {}
            Stmt::Assign(a) if a.targets.len() == 1 && parallel_assignment(&a.targets[0], &a.value).is_some() => {
                // `a, b = x, y`: the values in order, then the targets in order, without the
                // tuple CPython's compiler also leaves out.
                let (targets, values) = parallel_assignment(&a.targets[0], &a.value).expect("checked by the guard");
                let mut vals = Vec::with_capacity(values.len());
                for e in values {
                    let v = self.lower_expr(e);
                    vals.push(self.assign(Rvalue::Use(v.op), v.ty));
                }
                for (t, v) in targets.iter().zip(vals) {
                    self.assign_target(t, v);
                }
            }
            Stmt::Assign(a)
                if let [target] = &a.targets[..]
                    && self.slice_copy(target, &a.value) => {}
            Stmt::Assign(a)
                if let [target] = &a.targets[..]
                    && let Some(parts) = counting(target, &a.value) =>
            {
                self.lower_counting(parts, target, &a.value);
            }
            Stmt::Assign(a) => {
                let v = self.lower_expr(&a.value);
                for t in &a.targets {
                    self.assign_target(t, v.clone());
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(value) = &a.value {
                    let v = self.lower_expr(value);
                    self.assign_target(&a.target, v);
                }
            }
            Stmt::AugAssign(a) => self.lower_aug_assign(a),
            Stmt::If(i) => self.lower_if(i),
            Stmt::While(w) => self.lower_while(w),
            Stmt::For(f) => self.lower_for(f),
            Stmt::Break(_) | Stmt::Continue(_) => {
                let is_break = matches!(s, Stmt::Break(_));
                match self.loops.last() {
                    Some(l) if self.leaves_star_clause(l.exits) => self.syntax_error(STAR_CLAUSE_EXIT, s),
                    Some(l) => {
                        let (target, depth) = (if is_break { l.brk } else { l.cont }, l.exits);
                        self.run_exits(depth);
                        self.goto(target);
                    }
                    None if is_break => self.syntax_error("'break' outside loop", s),
                    None => self.syntax_error("'continue' not properly in loop", s),
                }
            }
            Stmt::Return(r) => {
                if self.def.is_none() {
                    self.syntax_error("'return' outside function", s);
                    return;
                }
                if self.leaves_star_clause(0) {
                    self.syntax_error(STAR_CLAUSE_EXIT, s);
                    return;
                }
                let v = match &r.value {
                    Some(e) => self.lower_expr(e),
                    None => Val::none(),
                };
                self.emit_return(v);
            }
            Stmt::FunctionDef(f) => self.lower_def(f),
            Stmt::Raise(r) => {
                let kind = match (&r.exc, &r.cause) {
                    (None, _) => RaiseKind::Reraise,
                    (Some(e), None) => {
                        let v = self.lower_expr(e);
                        RaiseKind::New(self.to_dyn(v))
                    }
                    (Some(e), Some(c)) => {
                        let v = self.lower_expr(e);
                        let v = self.to_dyn(v);
                        let c = self.lower_expr(c);
                        RaiseKind::From(v, self.to_dyn(c))
                    }
                };
                self.set_line(r.range);
                self.raise(kind);
            }
            Stmt::Try(t) => self.lower_try(t),
            Stmt::Assert(a) => {
                let test = self.lower_expr(&a.test);
                let cond = self.truth(test);
                let (ok, fail) = (self.new_block(), self.new_block());
                self.terminate(Terminator::Branch { cond, then: ok, otherwise: fail });
                self.switch_to(fail);
                let msg = match &a.msg {
                    Some(m) => {
                        let v = self.lower_expr(m);
                        Some(self.to_dyn(v))
                    }
                    None => None,
                };
                self.at(a.test.range());
                self.raise(RaiseKind::Assertion(msg));
                self.switch_to(ok);
            }
            Stmt::Import(i) => {
                // A traceback shows the whole statement, without carets.
                self.at(i.range());
                for alias in &i.names {
                    self.lower_import(alias);
                }
            }
            Stmt::ImportFrom(i) => {
                self.at(i.range());
                self.lower_import_from(i);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.lower_delete(t);
                }
            }
            Stmt::ClassDef(c) => self.lower_class(c),
            Stmt::With(w) if w.is_async => self.unsupported("`async with`", w),
            Stmt::With(w) => self.lower_with(w, &w.items),
            Stmt::Match(m) => self.lower_match(m),
            Stmt::TypeAlias(t) => self.lower_type_alias(t),
            // Declarations: `resolve_closures` made the names free variables.
            Stmt::Nonlocal(n) if self.def.is_none() => {
                self.syntax_error("nonlocal declaration not allowed at module level", n);
            }
            Stmt::Nonlocal(_) => {}
            Stmt::IpyEscapeCommand(c) => self.unsupported("IPython escape commands", c),
        }
    }

    /// A `SyntaxError` CPython's compiler reports (the parser accepts these constructs).
    pub(super) fn syntax_error(&mut self, msg: &str, node: &impl Ranged) {
        self.prog.syntax_error(msg, node.range());
    }

    /// `import a.b.c` (binding `a`) or `import a.b.c as x`.
    fn lower_import(&mut self, alias: &ast::Alias) {
        let module = alias.name.as_str();
        let Some(m) = self.prog.table.find(module) else {
            if NATIVE_MODULES.contains(&module) {
                // `import os.path` binds `os`; `import os.path as p` binds the submodule.
                let (bound, imported) = match &alias.asname {
                    Some(n) => (n.as_str(), module),
                    None => {
                        let top = module.split('.').next().unwrap_or(module);
                        (top, top)
                    }
                };
                let v = self.assign(Rvalue::Import(imported.to_string()), Type::Dyn);
                self.store_name(bound, v);
            } else {
                self.unknown_module(module, alias);
            }
            return;
        };
        // Importing a submodule imports its packages first.
        let v = self.assign(Rvalue::ImportModule(m as u32), Type::Dyn);
        match &alias.asname {
            Some(name) => self.store_name(name.as_str(), v),
            None => {
                let top = module.split('.').next().unwrap_or(module);
                let v = match self.prog.table.find(top) {
                    Some(t) if t != m => self.assign(Rvalue::ImportModule(t as u32), Type::Dyn),
                    _ => v,
                };
                self.store_name(top, v);
            }
        }
    }

    /// `from module import a, b as c` (`module` relative to this module's package with
    /// leading dots).
    fn lower_import_from(&mut self, i: &'a ast::StmtImportFrom) {
        let written = i.module.as_ref().map(|m| m.as_str());
        let module = if i.level == 0 {
            written.unwrap_or_default().to_string()
        } else {
            match self.prog.this_module().resolve_relative(i.level, written) {
                Ok(name) => name,
                Err(msg) => {
                    let cls = self.assign(Rvalue::LoadBuiltin("ImportError".into()), Type::Dyn);
                    let msg = Operand::Const(Constant::Str(msg.into()));
                    let call = Rvalue::Call { callee: Callee::Value(cls.op), args: vec![msg], kwnames: Vec::new() };
                    let exc = self.assign(call, Type::Dyn);
                    self.raise(RaiseKind::New(exc.op));
                    return;
                }
            }
        };
        let m = match self.prog.table.find(&module) {
            Some(m) => self.assign(Rvalue::ImportModule(m as u32), Type::Dyn),
            None if i.level == 0 && NATIVE_MODULES.contains(&module.as_str()) => {
                self.assign(Rvalue::Import(module.clone()), Type::Dyn)
            }
            None => return self.unknown_module(&module, i),
        };
        for alias in &i.names {
            let name = alias.name.as_str();
            if name == "*" {
                self.lower_import_star(&module, m.op.clone(), alias);
                continue;
            }
            let submodule = self.prog.table.find(&format!("{module}.{name}")).map(|s| s as u32);
            if submodule.is_none() {
                self.prog.check_provided(&module, name, alias.range);
            }
            let rv = if self.prog.table.find(&module).is_some() {
                Rvalue::ImportFrom { module: m.op.clone(), name: name.to_string(), submodule }
            } else {
                Rvalue::GetAttr { obj: m.op.clone(), name: name.to_string(), fields: Vec::new() }
            };
            let v = self.assign(rv, Type::Dyn);
            let bound = alias.asname.as_ref().unwrap_or(&alias.name).as_str();
            self.store_name(bound, v);
        }
    }

    /// `from module import *`, at module level, of a program module.
    fn lower_import_star(&mut self, module: &str, m: Operand, alias: &ast::Alias) {
        if self.def.is_some() || self.class_scope.is_some() {
            self.syntax_error("import * only allowed at module level", alias);
            return;
        }
        let Some(index) = self.prog.table.find(module) else {
            self.unsupported("`from ... import *` of a native module", alias);
            return;
        };
        let strict = self.prog.table.modules[index].all.is_some();
        let names = self.prog.table.public_names(index).into_iter().map(|n| {
            let g = self.prog.global(&n);
            (n, g)
        });
        let names = names.collect();
        self.emit(Statement::ImportStar { module: m, names, strict });
    }

    fn unknown_module(&mut self, module: &str, node: &impl Ranged) {
        let r = node.range();
        let d = if crate::builtins::is_stdlib_module(module) {
            crate::diagnostic::Diagnostic::error(
                "unknown-module",
                format!("krait does not provide the standard-library module '{module}' yet"),
                r.start().to_usize(),
                r.end().to_usize(),
            )
            .label("module not available")
            .hint(format!("krait provides: {}", {
                let mut all: Vec<&str> = NATIVE_MODULES
                    .iter()
                    .copied()
                    .filter(|n| !n.starts_with('_') || *n == "__future__")
                    .chain(crate::stdlib::names())
                    .collect();
                all.sort_unstable();
                all.join(", ")
            }))
        } else {
            let file = module.replace('.', "/");
            crate::diagnostic::Diagnostic::error(
                "unknown-module",
                format!("no module named '{module}'"),
                r.start().to_usize(),
                r.end().to_usize(),
            )
            .label("not found")
            .hint(format!(
                "the program's modules are found next to the script ({file}.py or {file}/__init__.py); this is not a standard-library module either"
            ))
        };
        self.prog.error(d);
    }

    pub(super) fn assign_target(&mut self, target: &'a Expr, v: Val) {
        match target {
            Expr::Name(n) => self.store_name(n.id.as_str(), v),
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let stars: Vec<usize> =
                    elts.iter().enumerate().filter(|(_, e)| matches!(e, Expr::Starred(_))).map(|(i, _)| i).collect();
                if stars.len() > 1 {
                    self.syntax_error("multiple starred expressions in assignment", &elts[stars[1]]);
                    return;
                }
                let mut value = self.to_dyn(v);
                self.at(target.range());
                if let Some(&star) = stars.first() {
                    // `a, *b, c = v`: rt splits the items, the list for `b` in the middle.
                    let count = |n: usize| Operand::Const(Constant::Int((n as i64).into()));
                    let args = vec![value, count(star), count(elts.len() - star - 1)];
                    let callee = Callee::Builtin("_unpack_starred".into());
                    value = self.assign(Rvalue::Call { callee, args, kwnames: Vec::new() }, Type::Dyn).op;
                }
                let temps: Vec<_> = elts.iter().map(|_| self.temp(Type::Dyn)).collect();
                self.emit(Statement::Unpack { value, targets: temps.clone() });
                for (e, t) in elts.iter().zip(temps) {
                    let e = if let Expr::Starred(s) = e { &*s.value } else { e };
                    self.assign_target(e, Val { op: Operand::Local(t), ty: Type::Dyn });
                }
            }
            Expr::Subscript(s) => {
                let private = self.private_list(&s.value);
                if let Some(list) = &private {
                    let stored = if matches!(&*s.slice, Expr::Slice(_)) { self.fresh_elem(&v) } else { v.ty };
                    self.prog.widen_elem(self.id, list, stored);
                }
                if !matches!(&*s.slice, Expr::Slice(_)) {
                    let obj = self.lower_expr(&s.value);
                    let index = self.lower_expr(&s.slice);
                    self.at_subscript(s);
                    if super::list_by_int(obj.ty, index.ty) {
                        // Floats are stored unboxed where the list holds only floats (rt), and a private
                        // list's typed elements as they are.
                        let value = if private.is_some() || v.ty == Type::Float { v.op } else { self.to_dyn(v) };
                        self.emit(Statement::SetListItem { list: obj.op, index: index.op, value });
                    } else {
                        let (obj, index, value) = (self.to_dyn(obj), self.to_dyn(index), self.to_dyn(v));
                        self.emit(Statement::SetItem { obj, index, value });
                    }
                    return;
                }
                let Expr::Slice(sl) = &*s.slice else { unreachable!("handled above") };
                let value = self.to_dyn(v);
                let obj = self.lower_expr(&s.value);
                let obj = self.to_dyn(obj);
                let bounds = self.slice_bounds(sl);
                let bounds = self.dyn_bounds(bounds);
                self.at_subscript(s);
                self.emit(Statement::SetSlice { obj, bounds, value, from: None });
            }
            Expr::Attribute(a) => {
                let value = self.to_dyn(v);
                let obj = self.lower_expr(&a.value);
                let obj = self.to_dyn(obj);
                self.set_attribute(a, obj, Some(value));
            }
            Expr::Starred(s) => self.unsupported("starred assignment targets", s),
            other => self.unsupported("this assignment target", other),
        }
    }

    fn lower_aug_assign(&mut self, a: &'a ast::StmtAugAssign) {
        let op = binop(a.op);
        match &*a.target {
            Expr::Name(n) => {
                let cur = self.load_name(n.id.as_str(), n);
                let rhs = self.lower_expr(&a.value);
                // A private list's `+=` stores the elements of the right operand; `*=` none.
                let stored = match op {
                    BinOp::Add => self.elem_of(&a.value, &rhs),
                    _ => Type::Never,
                };
                self.set_line(a.range);
                let r = self.binary(op, cur, rhs, true);
                self.record_fresh(&r, stored);
                self.store_name(n.id.as_str(), r);
            }
            Expr::Subscript(s) if !matches!(&*s.slice, Expr::Slice(_)) => {
                let private = self.private_list(&s.value);
                let obj = self.lower_expr(&s.value);
                let index = self.lower_expr(&s.slice);
                self.at_subscript(s);
                if super::list_by_int(obj.ty, index.ty) {
                    // `xs[i] op= v` on a list by an int, typed by a private list's elements.
                    let elem = private.as_ref().map_or(Type::Dyn, |list| self.list_elem(list));
                    let cur = self.assign(Rvalue::ListItem { list: obj.op.clone(), index: index.op.clone() }, elem);
                    let rhs = self.lower_expr(&a.value);
                    self.set_line(a.range);
                    let r = self.binary(op, cur, rhs, true);
                    let value = match &private {
                        Some(list) => {
                            self.prog.widen_elem(self.id, list, r.ty);
                            r.op
                        }
                        None => self.to_dyn(r),
                    };
                    self.at_subscript(s);
                    self.emit(Statement::SetListItem { list: obj.op, index: index.op, value });
                    return;
                }
                let (obj, index) = (self.to_dyn(obj), self.to_dyn(index));
                let cur = self.assign(Rvalue::GetItem { obj: obj.clone(), index: index.clone() }, Type::Dyn);
                let rhs = self.lower_expr(&a.value);
                self.set_line(a.range);
                let r = self.binary(op, cur, rhs, true);
                if let Some(list) = &private {
                    self.prog.widen_elem(self.id, list, r.ty);
                }
                let value = self.to_dyn(r);
                self.at_subscript(s);
                self.emit(Statement::SetItem { obj, index, value });
            }
            Expr::Subscript(s) => {
                let private = self.private_list(&s.value);
                let (obj, index) = self.subscript_target(s);
                let cur = self.assign(Rvalue::GetItem { obj: obj.clone(), index: index.clone() }, Type::Dyn);
                let rhs = self.lower_expr(&a.value);
                self.set_line(a.range);
                let r = self.binary(op, cur, rhs, true);
                if let Some(list) = &private {
                    self.prog.widen_elem(self.id, list, Type::Dyn);
                }
                let value = self.to_dyn(r);
                self.at_subscript(s);
                self.emit(Statement::SetItem { obj, index, value });
            }
            Expr::Attribute(at) => {
                let obj = self.lower_expr(&at.value);
                let obj = self.to_dyn(obj);
                self.at(at.range);
                let cur = self.get_attr(obj.clone(), at.attr.as_str());
                let rhs = self.lower_expr(&a.value);
                self.set_line(a.range);
                let r = self.binary(op, cur, rhs, true);
                let value = self.to_dyn(r);
                self.set_attribute(at, obj, Some(value));
            }
            other => self.unsupported("this augmented assignment target", other),
        }
    }

    /// `obj.name = value`, or `del obj.name` without a value, through rt's `setattr` and
    /// `delattr`; errors point at the attribute.
    fn set_attribute(&mut self, a: &'a ast::ExprAttribute, obj: Operand, value: Option<Operand>) {
        self.at(a.range);
        let name = a.attr.as_str().to_string();
        let Some(value) = value else {
            let callee = crate::mir::Callee::Builtin("delattr".into());
            let args = vec![obj, Operand::Const(Constant::Str(name))];
            self.emit(Statement::Eval(Rvalue::Call { callee, args, kwnames: Vec::new() }));
            return;
        };
        let fields = self.prog.classes.fields(&name);
        self.emit(Statement::SetAttr { obj, name, value, fields });
    }

    /// `xs[a:b] = ys[c:d]` where `xs` is a local list and its bounds ints computed from locals
    /// and constants alone: when `ys` turns out a list sliced by ints, its items go straight
    /// into `xs` (`SetSlice` with `from`), else the value is stored as usual. The slice of `ys`
    /// is then taken after `xs` and its bounds are evaluated, not before, which nothing can
    /// tell apart: they run no code and `ys`'s bounds, ints, run none either (a `Dyn` bound is
    /// tested for a small int at run time, the slice taken first where it is not). False,
    /// with nothing lowered, for any other assignment.
    fn slice_copy(&mut self, whole: &'a Expr, value: &'a Expr) -> bool {
        let Expr::Subscript(target) = whole else { return false };
        let (Expr::Slice(to), Expr::Subscript(source)) = (&*target.slice, value) else { return false };
        let Expr::Slice(from) = &*source.slice else { return false };
        let bounds_pure =
            [&to.lower, &to.upper, &to.step].iter().all(|b| b.as_deref().is_none_or(|e| self.local_int_expr(e)));
        if !bounds_pure
            || !matches!(&*target.value, Expr::Name(n) if self.local_type(n.id.as_str()) == Some(Type::List))
        {
            return false;
        }
        let src = self.lower_expr(&source.value);
        let from_bounds = self.slice_bounds(from);
        let types = || from_bounds.iter().flatten().map(|v| v.ty);
        if src.ty != Type::List || !types().all(|t| matches!(t, Type::Int | Type::Bool | Type::Dyn)) {
            let v = self.get_slice(source, src, from_bounds);
            self.assign_target(whole, v);
            return true;
        }
        if let Some(list) = self.private_list(&target.value) {
            let stored = self.private_list(&source.value).map_or(Type::Dyn, |l| self.list_elem(&l));
            self.prog.widen_elem(self.id, &list, stored);
        }
        let from_words = self.dyn_bounds(from_bounds.clone());
        let value = self.to_dyn(src.clone());
        let unknown: Vec<Operand> =
            from_bounds.iter().flatten().filter(|v| v.ty == Type::Dyn).map(|v| v.op.clone()).collect();
        let join = self.new_block();
        if !unknown.is_empty() {
            let slow = self.new_block();
            for op in unknown {
                let small = self.new_block();
                let cond = self.assign(Rvalue::IsSmallInt(op), Type::Bool).op;
                self.terminate(Terminator::Branch { cond, then: small, otherwise: slow });
                self.switch_to(small);
            }
            let fast = self.current();
            self.switch_to(slow);
            let v = self.get_slice(source, src.clone(), from_bounds);
            self.assign_target(whole, v);
            self.goto(join);
            self.switch_to(fast);
        }
        let obj = self.lower_expr(&target.value);
        let obj = self.to_dyn(obj);
        let bounds = self.slice_bounds(to);
        let bounds = self.dyn_bounds(bounds);
        self.at_subscript(target);
        self.emit(Statement::SetSlice { obj, bounds, value, from: Some(from_words) });
        self.goto(join);
        self.switch_to(join);
        true
    }

    /// Whether `e` is an int computed from int locals and constants by `+`, `-`, `*` and unary
    /// minus: evaluating it runs no other code.
    fn local_int_expr(&self, e: &Expr) -> bool {
        match e {
            Expr::NumberLiteral(n) => matches!(n.value, ast::Number::Int(_)),
            Expr::Name(n) => matches!(self.local_type(n.id.as_str()), Some(Type::Int | Type::Bool)),
            Expr::UnaryOp(u) => u.op == ast::UnaryOp::USub && self.local_int_expr(&u.operand),
            Expr::BinOp(b) => {
                matches!(b.op, ast::Operator::Add | ast::Operator::Sub | ast::Operator::Mult)
                    && self.local_int_expr(&b.left)
                    && self.local_int_expr(&b.right)
            }
            _ => false,
        }
    }

    /// The type of a plain local variable `name` of this function, `None` for any other name.
    fn local_type(&self, name: &str) -> Option<Type> {
        if self.class_namespace(name).is_some() || self.type_params.iter().any(|(n, _)| n == name) {
            return None;
        }
        match self.resolve(name) {
            NameRef::Local(l) => Some(self.locals[l.index()].ty),
            _ => None,
        }
    }

    /// The container and index of a subscript assigned to or deleted (`what` names the
    /// unsupported slice form); the location is the subscript's.
    fn subscript_target(&mut self, s: &'a ast::ExprSubscript) -> (Operand, Operand) {
        let obj = self.lower_expr(&s.value);
        let obj = self.to_dyn(obj);
        let index = if let Expr::Slice(sl) = &*s.slice {
            // `x[a:b] op= v` and `del x[a:b]` go through a slice object, as in CPython.
            let bounds = self.slice_bounds(sl);
            let [start, stop, step] = self.dyn_bounds(bounds);
            self.assign(Rvalue::BuildSlice { start, stop, step }, Type::Dyn).op
        } else {
            let index = self.lower_expr(&s.slice);
            self.to_dyn(index)
        };
        self.at_subscript(s);
        (obj, index)
    }

    fn lower_delete(&mut self, t: &'a Expr) {
        match t {
            Expr::Name(n) if let Some(ns) = self.class_namespace(n.id.as_str()) => {
                self.at(n.range);
                let index = Operand::Const(Constant::Str(n.id.to_string()));
                self.emit(Statement::DelItem { obj: ns, index });
            }
            Expr::Name(n) => match self.resolve(n.id.as_str()) {
                NameRef::Local(l) => {
                    self.at(n.range);
                    self.emit(Statement::CheckBound(l));
                    self.emit(Statement::Unbind(l));
                }
                NameRef::Cell(cell, free) => {
                    self.at(n.range);
                    let cell = Operand::Local(cell);
                    let name = n.id.to_string();
                    self.emit(Statement::Eval(Rvalue::CellGet { cell: cell.clone(), name, free }));
                    self.emit(Statement::CellClear(cell));
                }
                NameRef::Global(g) => self.emit(Statement::DeleteGlobal(g)),
                NameRef::Builtin => {
                    let g = self.prog.global(n.id.as_str());
                    self.emit(Statement::DeleteGlobal(g));
                }
            },
            Expr::Subscript(s) => {
                let (obj, index) = self.subscript_target(s);
                self.emit(Statement::DelItem { obj, index });
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.lower_delete(e);
                }
            }
            Expr::Attribute(a) => {
                let obj = self.lower_expr(&a.value);
                let obj = self.to_dyn(obj);
                self.set_attribute(a, obj, None);
            }
            other => self.unsupported("this `del` target", other),
        }
    }

    fn lower_if(&mut self, i: &'a ast::StmtIf) {
        let after = self.new_block();
        let test = self.lower_expr(&i.test);
        let cond = self.truth(test);
        let (then, mut otherwise) = (self.new_block(), self.new_block());
        self.terminate(Terminator::Branch { cond, then, otherwise });
        self.switch_to(then);
        // `if TYPE_CHECKING:` holds what only type checkers read (imports of modules that
        // need not exist): it never runs, so it is not compiled.
        if !is_type_checking(&i.test) {
            self.lower_body(&i.body);
        }
        self.goto(after);
        for clause in &i.elif_else_clauses {
            self.switch_to(otherwise);
            self.set_line(clause.range());
            match &clause.test {
                Some(t) => {
                    let test = self.lower_expr(t);
                    let cond = self.truth(test);
                    let (then, next) = (self.new_block(), self.new_block());
                    self.terminate(Terminator::Branch { cond, then, otherwise: next });
                    self.switch_to(then);
                    self.lower_body(&clause.body);
                    self.goto(after);
                    otherwise = next;
                }
                None => {
                    self.lower_body(&clause.body);
                    self.goto(after);
                    otherwise = self.new_block();
                }
            }
        }
        self.switch_to(otherwise);
        self.goto(after);
        self.switch_to(after);
    }

    fn lower_while(&mut self, w: &'a ast::StmtWhile) {
        let (header, body, orelse, after) = (self.new_block(), self.new_block(), self.new_block(), self.new_block());
        self.goto(header);
        self.switch_to(header);
        if scope::polls_interrupt(Some(&w.test), &w.body) {
            self.set_line(w.test.range());
            self.emit(Statement::PollInterrupt);
        }
        let test = self.lower_expr(&w.test);
        let cond = self.truth(test);
        self.terminate(Terminator::Branch { cond, then: body, otherwise: orelse });
        self.switch_to(body);
        self.loops.push(Loop { brk: after, cont: header, exits: self.exits.len() });
        self.lower_body(&w.body);
        self.loops.pop();
        self.goto(header);
        self.switch_to(orelse);
        self.lower_body(&w.orelse);
        self.goto(after);
        self.switch_to(after);
    }

    /// `range(...)` arguments if `iter` is a call of the builtin `range` that a counted loop
    /// can implement: positional only, and a constant non-zero step if there is one.
    /// `range(...)` with its step: 1 for one or two arguments, a non-zero literal, or an
    /// expression whose value decides the direction at run time.
    fn counted_range(&self, iter: &'a Expr) -> Option<(&'a [Expr], RangeStep<'a>)> {
        let Expr::Call(c) = iter else { return None };
        let Expr::Name(n) = &*c.func else { return None };
        if n.id.as_str() != "range" || !matches!(self.resolve("range"), NameRef::Builtin) {
            return None;
        }
        if !c.arguments.keywords.is_empty() || c.arguments.args.iter().any(|a| matches!(a, Expr::Starred(_))) {
            return None;
        }
        let args = &c.arguments.args[..];
        match args.len() {
            1 | 2 => Some((args, RangeStep::Const(1))),
            3 => {
                let literal = match &args[2] {
                    Expr::NumberLiteral(ast::ExprNumberLiteral { value: ast::Number::Int(i), .. }) => i.as_i64(),
                    Expr::UnaryOp(ast::ExprUnaryOp { op: ast::UnaryOp::USub, operand, .. }) => match &**operand {
                        Expr::NumberLiteral(ast::ExprNumberLiteral { value: ast::Number::Int(i), .. }) => {
                            i.as_i64().map(|v| -v)
                        }
                        _ => None,
                    },
                    _ => None,
                };
                match literal {
                    Some(0) => None,
                    Some(step) => Some((&args[..2], RangeStep::Const(step))),
                    None => Some((&args[..2], RangeStep::Var(&args[2]))),
                }
            }
            _ => None,
        }
    }

    fn lower_for(&mut self, f: &'a ast::StmtFor) {
        if f.is_async {
            self.unsupported("`async for`", f);
            return;
        }
        let (orelse, after) = (self.new_block(), self.new_block());
        if let Some((args, step)) = self.counted_range(&f.iter) {
            let mut vals: Vec<Val> = args.iter().map(|a| self.lower_expr(a)).collect();
            let step_val = match step {
                RangeStep::Const(k) => Val::constant(Constant::Int(k.into())),
                RangeStep::Var(e) => self.lower_expr(e),
            };
            // `Never` (nothing known yet, in an early sweep of inference) counts as an int, so
            // that the loop variable is not widened to `Dyn` before its bounds are known.
            if vals.iter().chain([&step_val]).all(|v| matches!(v.ty, Type::Int | Type::Never)) {
                let (start, stop) = if vals.len() == 1 {
                    (Val::constant(Constant::Int(0.into())), vals[0].clone())
                } else {
                    (vals[0].clone(), vals[1].clone())
                };
                let step = match step {
                    RangeStep::Const(k) => CountedStep::Const(k),
                    RangeStep::Var(_) => {
                        // `range` itself raises for a zero step; the object is not used further.
                        let ops = vec![start.op.clone(), stop.op.clone(), step_val.op.clone()];
                        self.at(f.iter.range());
                        self.assign(
                            Rvalue::Call {
                                callee: crate::mir::Callee::Builtin("range".into()),
                                args: ops,
                                kwnames: Vec::new(),
                            },
                            Type::Dyn,
                        );
                        CountedStep::Var(step_val.op)
                    }
                };
                self.counted_loop(f, start, stop, step, orelse, after);
                return;
            }
            // Not all ints: build the range object from the evaluated arguments.
            if let RangeStep::Var(_) = step {
                vals.push(step_val);
            }
            let bounds: Vec<Val> = vals.clone();
            let mut ops: Vec<Operand> = vals.into_iter().map(|v| self.to_dyn(v)).collect();
            if let (2, RangeStep::Const(k)) = (ops.len(), step)
                && args.len() == 2
                && k != 1
            {
                ops.push(Operand::Const(Constant::Int(k.into())));
            }
            let r = self.assign(
                Rvalue::Call { callee: crate::mir::Callee::Builtin("range".into()), args: ops, kwnames: Vec::new() },
                Type::Dyn,
            );
            if let RangeStep::Const(k) = step {
                self.small_range_loop(f, r, &bounds, k, orelse, after);
            } else {
                self.iterator_loop(f, r, orelse, after);
            }
            return;
        }
        let iterable = self.lower_loop_iterable(&f.iter);
        if matches!(iterable.ty, Type::List | Type::Never) {
            self.list_loop(f, iterable, orelse, after);
            return;
        }
        if iterable.ty == Type::Dyn && !self.may_make_generator(&f.iter) {
            self.maybe_list_loop(f, iterable, orelse, after);
            return;
        }
        self.iterator_loop(f, iterable, orelse, after);
    }

    /// `for x in xs` over a value not known to be a list: by index as `list_steps` goes when
    /// it is a list of the builtin type at run time, else through its iterator.
    fn maybe_list_loop(&mut self, f: &'a ast::StmtFor, iterable: Val, orelse: BlockId, after: BlockId) {
        let obj = iterable.op;
        let (list, counter) = (self.temp(Type::List), self.temp(Type::Int));
        let is_list = self.assign(Rvalue::IsExact(Type::List, obj.clone()), Type::Bool);
        let init = |this: &mut Self| {
            this.emit(Statement::Assign(list, Rvalue::Use(obj.clone())));
            this.emit(Statement::Assign(counter, Rvalue::Use(Operand::Const(Constant::Int(0.into())))));
        };
        let step = |this: &mut Self, item: LocalId, body: BlockId| {
            // The list's current length each time, as CPython's list iterator checks it.
            let len = this.assign(Rvalue::ListLen(Operand::Local(list)), Type::Int);
            let cond = this.assign(Rvalue::Compare(CmpOp::Lt, Operand::Local(counter), len.op), Type::Bool);
            let next = this.new_block();
            this.terminate(Terminator::Branch { cond: cond.op, then: next, otherwise: orelse });
            this.switch_to(next);
            this.at(f.iter.range());
            let index = Operand::Local(counter);
            this.emit(Statement::Assign(item, Rvalue::ListItem { list: Operand::Local(list), index }));
            let one = Operand::Const(Constant::Int(1.into()));
            this.emit(Statement::Assign(counter, Rvalue::Binary(BinOp::Add, Operand::Local(counter), one)));
            this.goto(body);
        };
        self.two_way_loop(f, obj.clone(), is_list.op, init, step, orelse, after);
    }

    /// A `for` loop that goes a fast way when `fast` (tested once, before the loop) holds,
    /// else through `obj`'s iterator, with one body for both. `init` sets up the fast way;
    /// `step`, at the fast way's header, ends the loop (going to `orelse`) or assigns the
    /// next item and goes to the body.
    #[allow(clippy::too_many_arguments)]
    fn two_way_loop(
        &mut self,
        f: &'a ast::StmtFor,
        obj: Operand,
        fast: Operand,
        init: impl FnOnce(&mut Self),
        step: impl FnOnce(&mut Self, LocalId, BlockId),
        orelse: BlockId,
        after: BlockId,
    ) {
        let (it, fast_way) = (self.temp(Type::Dyn), self.temp(Type::Bool));
        let (fast_init, slow_init, header) = (self.new_block(), self.new_block(), self.new_block());
        self.terminate(Terminator::Branch { cond: fast, then: fast_init, otherwise: slow_init });
        self.switch_to(fast_init);
        init(self);
        self.emit(Statement::Assign(it, Rvalue::Use(Operand::Const(Constant::None))));
        self.emit(Statement::Assign(fast_way, Rvalue::Use(Operand::Const(Constant::Bool(true)))));
        self.goto(header);
        self.switch_to(slow_init);
        self.at(f.iter.range());
        self.emit(Statement::Assign(it, Rvalue::Iter(obj)));
        self.emit(Statement::Assign(fast_way, Rvalue::Use(Operand::Const(Constant::Bool(false)))));
        self.goto(header);
        self.switch_to(header);
        let (fast_header, slow_header, slow_body, body) =
            (self.new_block(), self.new_block(), self.new_block(), self.new_block());
        self.terminate(Terminator::Branch {
            cond: Operand::Local(fast_way),
            then: fast_header,
            otherwise: slow_header,
        });
        let item = self.temp(Type::Dyn);
        self.switch_to(fast_header);
        step(self, item, body);
        self.switch_to(slow_header);
        let next = self.temp(Type::Dyn);
        self.at(f.iter.range());
        self.terminate(Terminator::IterNext { iter: it, target: next, body: slow_body, exit: orelse });
        self.switch_to(slow_body);
        self.emit(Statement::Assign(item, Rvalue::Use(Operand::Local(next))));
        self.goto(body);
        self.switch_to(body);
        self.for_body(f, Val { op: Operand::Local(item), ty: Type::Dyn }, header, orelse, after);
    }

    /// `for x in xs` over a list, by index (see `list_steps`).
    fn list_loop(&mut self, f: &'a ast::StmtFor, list: Val, orelse: BlockId, after: BlockId) {
        let item_ty = self.private_list(&f.iter).map_or(Type::Dyn, |name| self.list_elem(&name));
        let (header, body) = (self.new_block(), self.new_block());
        let item = self.list_steps(list, item_ty, [header, body, orelse], f.iter.range());
        self.for_body(f, item, header, orelse, after);
    }

    /// The rest of a `for` loop once its item is known: binds the target, lowers the body
    /// (whose `continue` goes to `cont`), then the `else` clause at `orelse`; goes on at `after`.
    fn for_body(&mut self, f: &'a ast::StmtFor, item: Val, cont: BlockId, orelse: BlockId, after: BlockId) {
        if scope::polls_interrupt(None, &f.body) {
            self.set_line(f.iter.range());
            self.emit(Statement::PollInterrupt);
        }
        self.assign_target(&f.target, item);
        self.loops.push(Loop { brk: after, cont, exits: self.exits.len() });
        self.lower_body(&f.body);
        self.loops.pop();
        self.goto(cont);
        self.switch_to(orelse);
        self.lower_body(&f.orelse);
        self.goto(after);
        self.switch_to(after);
    }

    /// The stepping of a loop over a list, by index as CPython's list iterator goes: `header`
    /// checks the current length (items appended during the loop are visited too) and goes
    /// to `body` or `exit`; `body` starts with the item (typed `item_ty`, a private list's
    /// element type) taken and the index moved on. Returns the item; `body` is current.
    pub(super) fn list_steps(
        &mut self,
        list: Val,
        item_ty: Type,
        [header, body, exit]: [BlockId; 3],
        at: ruff_text_size::TextRange,
    ) -> Val {
        let list_local = self.temp(Type::List);
        self.emit(Statement::Assign(list_local, Rvalue::Use(list.op)));
        let counter = self.temp(Type::Int);
        self.emit(Statement::Assign(counter, Rvalue::Use(Operand::Const(Constant::Int(0.into())))));
        self.goto(header);
        self.switch_to(header);
        let len = self.assign(Rvalue::ListLen(Operand::Local(list_local)), Type::Int);
        let cond = self.assign(Rvalue::Compare(CmpOp::Lt, Operand::Local(counter), len.op), Type::Bool);
        self.terminate(Terminator::Branch { cond: cond.op, then: body, otherwise: exit });
        self.switch_to(body);
        self.at(at);
        let index = Operand::Local(counter);
        let item = self.assign(Rvalue::ListItem { list: Operand::Local(list_local), index }, item_ty);
        self.emit(Statement::Assign(
            counter,
            Rvalue::Binary(BinOp::Add, Operand::Local(counter), Operand::Const(Constant::Int(1.into()))),
        ));
        item
    }

    fn counted_loop(
        &mut self,
        f: &'a ast::StmtFor,
        start: Val,
        stop: Val,
        step: CountedStep,
        orelse: BlockId,
        after: BlockId,
    ) {
        let counter = self.temp(Type::Int);
        self.emit(Statement::Assign(counter, Rvalue::Use(start.op)));
        let stop_local = self.temp(Type::Int);
        self.emit(Statement::Assign(stop_local, Rvalue::Use(stop.op)));
        let (step, up) = match step {
            CountedStep::Const(k) => (Operand::Const(Constant::Int(k.into())), None),
            CountedStep::Var(op) => {
                let step_local = self.temp(Type::Int);
                self.emit(Statement::Assign(step_local, Rvalue::Use(op)));
                let zero = Operand::Const(Constant::Int(0.into()));
                let up = self.assign(Rvalue::Compare(CmpOp::Gt, Operand::Local(step_local), zero), Type::Bool);
                (Operand::Local(step_local), Some(up.op))
            }
        };
        let (header, body) = (self.new_block(), self.new_block());
        self.goto(header);
        self.switch_to(header);
        let test = |this: &mut Self, cmp: CmpOp| {
            let cond =
                this.assign(Rvalue::Compare(cmp, Operand::Local(counter), Operand::Local(stop_local)), Type::Bool);
            this.terminate(Terminator::Branch { cond: cond.op, then: body, otherwise: orelse });
        };
        match (&step, up) {
            (Operand::Const(Constant::Int(k)), None) => {
                test(self, if k.sign() == num_bigint::Sign::Minus { CmpOp::Gt } else { CmpOp::Lt });
            }
            (_, up) => {
                // The direction is the step's sign, known only at run time.
                let (rising, falling) = (self.new_block(), self.new_block());
                let up = up.unwrap_or(Operand::Const(Constant::Bool(true)));
                self.terminate(Terminator::Branch { cond: up, then: rising, otherwise: falling });
                self.switch_to(rising);
                test(self, CmpOp::Lt);
                self.switch_to(falling);
                test(self, CmpOp::Gt);
            }
        }
        self.switch_to(body);
        let item = Val { op: Operand::Local(counter), ty: Type::Int };
        // The target gets the current value before the counter moves on.
        let current = self.assign(Rvalue::Use(item.op), Type::Int);
        self.emit(Statement::Assign(counter, Rvalue::Binary(BinOp::Add, Operand::Local(counter), step)));
        self.for_body(f, current, header, orelse, after);
    }

    /// `for x in range(...)` over bounds not known to be ints, with a constant step: a
    /// counted loop when the bounds turn out to be small ints at run time, else the range
    /// object's iterator. `range` (the object `r`, made first) has checked the bounds.
    fn small_range_loop(
        &mut self,
        f: &'a ast::StmtFor,
        r: Val,
        bounds: &[Val],
        step: i64,
        orelse: BlockId,
        after: BlockId,
    ) {
        let (start, stop) = match bounds {
            [stop] => (Val::constant(Constant::Int(0.into())), stop.clone()),
            [start, stop, ..] => (start.clone(), stop.clone()),
            [] => return self.iterator_loop(f, r, orelse, after),
        };
        let obj = self.to_dyn(r);
        let (counter, stop_local) = (self.temp(Type::Int), self.temp(Type::Int));
        // Counted when each bound is an int: a constant or an object word that is a small int.
        let mut fast = Operand::Const(Constant::Bool(true));
        for v in [&start, &stop] {
            let test = match v.ty {
                Type::Int => continue,
                Type::Dyn => self.assign(Rvalue::IsSmallInt(v.op.clone()), Type::Bool).op,
                _ => Operand::Const(Constant::Bool(false)),
            };
            fast = match fast {
                Operand::Const(Constant::Bool(true)) => test,
                first => {
                    let (both, done) = (self.new_block(), self.new_block());
                    let result = self.temp(Type::Bool);
                    self.emit(Statement::Assign(result, Rvalue::Use(Operand::Const(Constant::Bool(false)))));
                    self.terminate(Terminator::Branch { cond: first, then: both, otherwise: done });
                    self.switch_to(both);
                    self.emit(Statement::Assign(result, Rvalue::Use(test)));
                    self.goto(done);
                    self.switch_to(done);
                    Operand::Local(result)
                }
            };
        }
        let init = |this: &mut Self| {
            this.emit(Statement::Assign(counter, Rvalue::Use(start.op)));
            this.emit(Statement::Assign(stop_local, Rvalue::Use(stop.op)));
        };
        let step_by = |this: &mut Self, item: LocalId, body: BlockId| {
            let cmp = if step < 0 { CmpOp::Gt } else { CmpOp::Lt };
            let cond =
                this.assign(Rvalue::Compare(cmp, Operand::Local(counter), Operand::Local(stop_local)), Type::Bool);
            let next = this.new_block();
            this.terminate(Terminator::Branch { cond: cond.op, then: next, otherwise: orelse });
            this.switch_to(next);
            this.emit(Statement::Assign(item, Rvalue::Use(Operand::Local(counter))));
            let k = Operand::Const(Constant::Int(step.into()));
            this.emit(Statement::Assign(counter, Rvalue::Binary(BinOp::Add, Operand::Local(counter), k)));
            this.goto(body);
        };
        self.two_way_loop(f, obj, fast, init, step_by, orelse, after);
    }

    fn iterator_loop(&mut self, f: &'a ast::StmtFor, iterable: Val, orelse: BlockId, after: BlockId) {
        let item_ty = match self.private_list(&f.iter) {
            Some(list) => self.list_elem(&list),
            None => typing::iter_item(iterable.ty),
        };
        let obj = self.to_dyn(iterable);
        self.at(f.iter.range());
        let it = self.temp(Type::Dyn);
        self.emit(Statement::Assign(it, Rvalue::Iter(obj)));
        // A generator made for this loop alone is closed when the loop drops it (by `break`,
        // `return` or an exception), as CPython's reference counting does, so its `finally`
        // runs then.
        let outer = self.handler;
        let unwind = self.may_make_generator(&f.iter).then(|| self.new_block());
        if unwind.is_some() {
            self.handler = unwind;
        }
        let (header, body) = (self.new_block(), self.new_block());
        self.goto(header);
        self.switch_to(header);
        let item = self.temp(Type::Dyn);
        self.at(f.iter.range());
        self.terminate(Terminator::IterNext { iter: it, target: item, body, exit: orelse });
        self.switch_to(body);
        let item = self.known_element(Operand::Local(item), item_ty);
        let Some(unwind) = unwind else {
            self.for_body(f, item, header, orelse, after);
            return;
        };
        let iter = Operand::Local(it);
        self.exits.push(Exit::Cleanup { builtin: "_close_iter", arg: iter.clone(), handler: outer });
        let close = self.new_block();
        self.for_body(f, item, header, orelse, close);
        self.exits.pop();
        self.handler = outer;
        self.switch_to(close);
        self.call_cleanup("_close_iter", iter.clone());
        self.goto(after);
        self.switch_to(unwind);
        self.call_cleanup("_close_iter_unwinding", iter);
        self.raise(RaiseKind::Propagate);
        self.switch_to(after);
    }

    /// Whether a `for` loop's iterable may be a generator made for the loop alone: a call
    /// (other than of builtins whose iterators wrap no other) or a generator expression.
    fn may_make_generator(&self, iter: &Expr) -> bool {
        const PLAIN: &[&str] = &["range", "sorted", "reversed", "list", "tuple", "set", "dict", "str", "bytes"];
        match iter {
            Expr::Generator(_) => true,
            Expr::Call(c) => match &*c.func {
                Expr::Name(n) => {
                    !(PLAIN.contains(&n.id.as_str()) && matches!(self.resolve(n.id.as_str()), NameRef::Builtin))
                }
                _ => true,
            },
            _ => false,
        }
    }

    fn lower_def(&mut self, f: &'a ast::StmtFunctionDef) {
        let Some((func, def_id)) = self.make_def_function(f) else { return };
        match self.prog.defs[def_id].global {
            Some(g) => self.emit(Statement::StoreGlobal(g, func.op)),
            None => self.store_name(f.name.as_str(), func),
        }
    }

    /// PEP 695 type parameters, evaluated (as `TypeVar`, `TypeVarTuple`, `ParamSpec`
    /// objects), with their names.
    fn lower_type_params(&mut self, tp: Option<&'a ast::TypeParams>) -> Vec<(String, Operand)> {
        let Some(tp) = tp else { return Vec::new() };
        let mut out = Vec::new();
        for p in &tp.type_params {
            let (kind, name, bound) = match p {
                ast::TypeParam::TypeVar(v) => (0, v.name.as_str(), v.bound.as_deref()),
                ast::TypeParam::TypeVarTuple(v) => (1, v.name.as_str(), None),
                ast::TypeParam::ParamSpec(v) => (2, v.name.as_str(), None),
            };
            let bound = match bound {
                Some(b) => {
                    let v = self.lower_expr(b);
                    self.to_dyn(v)
                }
                None => Operand::Const(Constant::None),
            };
            self.at(p.range());
            let args =
                vec![Operand::Const(Constant::Int(kind.into())), Operand::Const(Constant::Str(name.into())), bound];
            let callee = Callee::Builtin("_type_param".into());
            let v = self.assign(Rvalue::Call { callee, args, kwnames: Vec::new() }, Type::Dyn);
            out.push((name.to_string(), v.op));
        }
        out
    }

    /// The tuple of evaluated type parameters (`__type_params__`).
    fn type_params_tuple(&mut self, params: &[(String, Operand)]) -> Operand {
        let items = params.iter().map(|(_, op)| op.clone()).collect();
        self.assign(Rvalue::BuildTuple(items), Type::Tuple).op
    }

    /// Reports type parameters a function body uses: krait keeps them only where the
    /// annotations and class bodies evaluate them.
    fn check_type_params_unused(&mut self, def_id: usize, names: &[String], at: &impl Ranged) -> Option<()> {
        let mentions = &self.prog.defs[def_id].mentions;
        if names.iter().any(|n| mentions.contains(n)) {
            self.unsupported("type parameters used inside a function body", at);
            return None;
        }
        Some(())
    }

    /// `type NAME[params] = value`: a `TypeAliasType` whose value is computed when first used.
    fn lower_type_alias(&mut self, t: &'a ast::StmtTypeAlias) {
        let Expr::Name(n) = &*t.name else { return };
        let Some(def_id) =
            self.prog.defs.iter().position(|d| matches!(d.node, super::DefNode::TypeAlias(x) if std::ptr::eq(x, t)))
        else {
            return;
        };
        let params = self.lower_type_params(t.type_params.as_deref());
        let params = self.type_params_tuple(&params);
        let generic = self.prog.defs[def_id].generic;
        let closure = self.closure_cells(def_id);
        self.at(t.range);
        let thunk = self.assign(Rvalue::MakeFunction { func: generic, defaults: Vec::new(), closure }, Type::Dyn);
        let args = vec![Operand::Const(Constant::Str(n.id.to_string())), params, thunk.op];
        let callee = Callee::Builtin("_type_alias".into());
        let alias = self.assign(Rvalue::Call { callee, args, kwnames: Vec::new() }, Type::Dyn);
        self.store_name(n.id.as_str(), alias);
    }

    /// `class NAME(bases): body`: binds the name to the new class.
    fn lower_class(&mut self, c: &'a ast::StmtClassDef) {
        if let Some(cls) = self.make_class(c) {
            self.store_name(c.name.as_str(), cls);
        }
    }

    /// The class a class statement makes: the body runs into a namespace dict (its `def`s
    /// become methods, its assignments class attributes, its classes nested classes), then
    /// rt makes the class. `None` (after a diagnostic) for what krait cannot compile yet.
    fn make_class(&mut self, c: &'a ast::StmtClassDef) -> Option<Val> {
        let (qualname, class_ref) = self.prog.class_refs.get(&c.range.start().to_u32())?.clone();
        // Decorators are evaluated first, applied to the finished class last (bottom up).
        let mut decorators = Vec::new();
        for d in &c.decorator_list {
            let v = self.lower_expr(&d.expression);
            decorators.push((self.to_dyn(v), d.range));
        }
        // PEP 695: the type parameters are visible in the bases and the body, and the class
        // derives from `Generic[params]` too.
        let type_params = self.lower_type_params(c.type_params.as_deref());
        let outer_params = self.type_params.len();
        self.type_params.extend(type_params.iter().cloned());
        let mut bases = Vec::new();
        let (mut keywords, mut kwnames) = (Vec::new(), Vec::new());
        if let Some(args) = &c.arguments {
            for b in &args.args {
                if let Expr::Starred(st) = b {
                    self.unsupported("`*` in class bases", st);
                    return None;
                }
                let v = self.lower_expr(b);
                bases.push(self.to_dyn(v));
            }
            for k in &args.keywords {
                let Some(name) = &k.arg else {
                    self.unsupported("`**` in a class definition", k);
                    return None;
                };
                let v = self.lower_expr(&k.value);
                keywords.push(self.to_dyn(v));
                kwnames.push(name.to_string());
            }
        }
        let ns = self.assign(Rvalue::BuildDict(Vec::new()), Type::Dict).op;
        // `__module__` first, as CPython's class bodies start (rt assumes `__main__`).
        if self.prog.index != 0 {
            let index = Operand::Const(Constant::Str("__module__".into()));
            let value = Operand::Const(Constant::Str(self.prog.this_module().name.clone()));
            self.emit(Statement::SetItem { obj: ns.clone(), index, value });
        }
        if !type_params.is_empty() {
            let params = self.type_params_tuple(&type_params);
            let callee = Callee::Builtin("_generic_base".into());
            let base = self.assign(Rvalue::Call { callee, args: vec![params.clone()], kwnames: Vec::new() }, Type::Dyn);
            bases.push(base.op);
            let index = Operand::Const(Constant::Str("__type_params__".into()));
            self.emit(Statement::SetItem { obj: ns.clone(), index, value: params });
        }
        // `__annotations__`, filled by annotated names in the body.
        let annotations = if c.body.iter().any(|st| matches!(st, Stmt::AnnAssign(_))) {
            let a = self.assign(Rvalue::BuildDict(Vec::new()), Type::Dict).op;
            let index = Operand::Const(Constant::Str("__annotations__".into()));
            self.emit(Statement::SetItem { obj: ns.clone(), index, value: a.clone() });
            Some(a)
        } else {
            None
        };
        // The body is a frame of its own in tracebacks: an exception leaving it passes
        // through this function's frame at the class statement.
        let leave = self.new_block();
        let outer_handler = self.handler.replace(leave);
        let outer_frame = self.frame.replace(self.class_frames.len() as u32);
        self.class_frames.push(c.name.to_string());
        let body = self.new_block();
        self.goto(body);
        self.switch_to(body);
        let bound = scope::bound_names(&c.body).into_iter().collect();
        let body_scope = super::ClassScope { ns: ns.clone(), bound, assigned: Default::default() };
        let outer_scope = self.class_scope.replace(body_scope);
        for (i, st) in c.body.iter().enumerate() {
            let (name, value) = match st {
                Stmt::Pass(_) => continue,
                Stmt::Expr(e) if matches!(&*e.value, Expr::EllipsisLiteral(_)) => continue,
                Stmt::Expr(e) if i == 0 && matches!(&*e.value, Expr::StringLiteral(_)) => {
                    let v = self.lower_expr(&e.value);
                    ("__doc__".to_string(), self.to_dyn(v))
                }
                Stmt::FunctionDef(f) => {
                    let Some((func, _)) = self.make_def_function(f) else { continue };
                    (f.name.as_str().to_string(), func.op)
                }
                Stmt::ClassDef(inner) => {
                    let Some(cls) = self.make_class(inner) else { continue };
                    (inner.name.as_str().to_string(), cls.op)
                }
                Stmt::Assign(a) if a.targets.len() == 1 && matches!(&a.targets[0], Expr::Name(_)) => {
                    let Expr::Name(n) = &a.targets[0] else { continue };
                    let v = self.lower_expr(&a.value);
                    (n.id.as_str().to_string(), self.to_dyn(v))
                }
                Stmt::AnnAssign(a) if matches!(&*a.target, Expr::Name(_)) => {
                    let Expr::Name(n) = &*a.target else { continue };
                    let annotation = self.annotation_value(&a.annotation);
                    if let Some(dict) = &annotations {
                        let index = Operand::Const(Constant::Str(n.id.to_string()));
                        self.emit(Statement::SetItem { obj: dict.clone(), index, value: annotation });
                    }
                    let Some(value) = &a.value else { continue };
                    let v = self.lower_expr(value);
                    (n.id.as_str().to_string(), self.to_dyn(v))
                }
                // Any other statement runs as it would in a function, its names in the
                // namespace.
                other => {
                    self.lower_stmt(other);
                    let scope = self.class_scope.as_mut().expect("in a class body");
                    match other {
                        Stmt::Assign(_) | Stmt::AugAssign(_) | Stmt::Import(_) | Stmt::ImportFrom(_) => {
                            scope.assigned.extend(scope::bound_names(std::slice::from_ref(other)));
                        }
                        Stmt::Delete(_) => scope.assigned.clear(),
                        _ => {}
                    }
                    continue;
                }
            };
            self.at(st.range());
            let index = Operand::Const(Constant::Str(name.clone()));
            self.emit(Statement::SetItem { obj: ns.clone(), index, value });
            if let Some(scope) = &mut self.class_scope {
                scope.assigned.insert(name);
            }
        }
        self.class_scope = outer_scope;
        self.type_params.truncate(outer_params);
        (self.handler, self.frame) = (outer_handler, outer_frame);
        let after = self.new_block();
        self.goto(after);
        self.switch_to(leave);
        self.at(c.range);
        self.emit(Statement::TracebackEntry);
        self.terminate(Terminator::Raise(RaiseKind::Propagate));
        self.switch_to(after);
        let name = c.name.as_str();
        self.at(c.range);
        let bases = self.assign(Rvalue::BuildTuple(bases), Type::Tuple).op;
        let text = |s: &str| Operand::Const(Constant::Str(s.to_string()));
        let mut args = vec![text(name), text(&qualname), bases, ns];
        args.extend(keywords);
        let callee = crate::mir::Callee::Builtin("_make_class".into());
        let mut cls = self.assign(Rvalue::Call { callee, args, kwnames }, Type::Dyn);
        if let Some(&class) = self.prog.classes.by_start.get(&c.range.start().to_u32()) {
            self.emit(Statement::SealClass { class, cls: cls.op.clone() });
        }
        // The class its methods' `super()` uses is the one made here, before decorators.
        match class_ref {
            super::ClassRef::Global(g) => self.emit(Statement::StoreGlobal(g, cls.op.clone())),
            super::ClassRef::Cell(cell) => self.store_name(&cell, cls.clone()),
        }
        for (d, range) in decorators.into_iter().rev() {
            self.at(range);
            let callee = crate::mir::Callee::Value(d);
            cls = self.assign(Rvalue::Call { callee, args: vec![cls.op], kwnames: Vec::new() }, Type::Dyn);
        }
        Some(cls)
    }

    /// The value recorded in `__annotations__` for an annotation: the annotation evaluated,
    /// or under `from __future__ import annotations` its source text (PEP 563).
    fn annotation_value(&mut self, e: &'a Expr) -> Operand {
        if self.prog.future_annotations {
            return Operand::Const(Constant::Str(self.prog.source_text(e.range())));
        }
        let v = self.lower_expr(e);
        self.to_dyn(v)
    }

    /// The function object for a `def` (module-level or a method), with its defaults
    /// evaluated now; `None` (after a diagnostic) for what krait cannot compile yet.
    fn make_def_function(&mut self, f: &'a ast::StmtFunctionDef) -> Option<(Val, usize)> {
        self.check_def_supported(f)?;
        let def_id =
            self.prog.defs.iter().position(|d| matches!(d.node, super::DefNode::Def(x) if std::ptr::eq(x, f)))?;
        // Type parameters of the function and of a class around it live in annotations only.
        let mut hidden: Vec<String> = self.type_params.iter().map(|(n, _)| n.clone()).collect();
        hidden.extend(crate::scope::type_param_names(f.type_params.as_deref()));
        self.check_type_params_unused(def_id, &hidden, &f.name)?;
        let type_params = self.lower_type_params(f.type_params.as_deref());
        // Decorators are evaluated first, top to bottom, and applied last, bottom up.
        let mut decorators = Vec::new();
        for d in &f.decorator_list {
            let v = self.lower_expr(&d.expression);
            decorators.push((self.to_dyn(v), d.range));
        }
        let defaults = self.evaluate_defaults(def_id, &f.parameters);
        let annotations = self.function_annotations(&f.parameters, f.returns.as_deref(), &type_params);
        let generic = self.prog.defs[def_id].generic;
        let closure = self.closure_cells(def_id);
        let mut func = self.assign(Rvalue::MakeFunction { func: generic, defaults, closure }, Type::Dyn);
        if let Some(a) = annotations {
            let name = Operand::Const(Constant::Str("__annotations__".into()));
            let callee = Callee::Builtin("setattr".into());
            let args = vec![func.op.clone(), name, a];
            self.emit(Statement::Eval(Rvalue::Call { callee, args, kwnames: Vec::new() }));
        }
        if !type_params.is_empty() {
            let params = self.type_params_tuple(&type_params);
            let name = Operand::Const(Constant::Str("__type_params__".into()));
            let callee = Callee::Builtin("setattr".into());
            let args = vec![func.op.clone(), name, params];
            self.emit(Statement::Eval(Rvalue::Call { callee, args, kwnames: Vec::new() }));
        }
        for (d, range) in decorators.into_iter().rev() {
            self.at(range);
            let callee = crate::mir::Callee::Value(d);
            func = self.assign(Rvalue::Call { callee, args: vec![func.op], kwnames: Vec::new() }, Type::Dyn);
        }
        Some((func, def_id))
    }

    /// A function's `__annotations__`, evaluated at `def` time after its defaults (strings under
    /// `from __future__ import annotations`); `None` if it has none. An annotation naming a
    /// builtin krait lacks is kept as its source text rather than refusing the program.
    fn function_annotations(
        &mut self,
        p: &'a ast::Parameters,
        returns: Option<&'a Expr>,
        type_params: &[(String, Operand)],
    ) -> Option<Operand> {
        let params = p.posonlyargs.iter().chain(p.args.iter()).map(|pd| &pd.parameter);
        let params = params.chain(p.vararg.as_deref()).chain(p.kwonlyargs.iter().map(|pd| &pd.parameter));
        let params = params.chain(p.kwarg.as_deref());
        let mut entries: Vec<(String, &'a Expr)> =
            params.filter_map(|q| q.annotation.as_deref().map(|a| (q.name.to_string(), a))).collect();
        if let Some(r) = returns {
            entries.push(("return".to_string(), r));
        }
        if entries.is_empty() {
            return None;
        }
        let outer = self.type_params.len();
        self.type_params.extend(type_params.iter().cloned());
        let dict = self.assign(Rvalue::BuildDict(Vec::new()), Type::Dict).op;
        for (name, e) in entries {
            let value = if crate::scope::names_in(e).iter().any(|n| crate::builtins::is_missing(n)) {
                Operand::Const(Constant::Str(self.prog.source_text(e.range())))
            } else {
                self.annotation_value(e)
            };
            let index = Operand::Const(Constant::Str(name));
            self.emit(Statement::SetItem { obj: dict.clone(), index, value });
        }
        self.type_params.truncate(outer);
        Some(dict)
    }

    /// Evaluates a function's default values (at `def` time), keeping each in its hidden
    /// module variable too.
    pub(super) fn evaluate_defaults(&mut self, def_id: usize, p: &'a ast::Parameters) -> Vec<Operand> {
        let default_globals = self.prog.defs[def_id].default_globals.clone();
        let mut defaults = Vec::new();
        for pd in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(d) = &pd.default {
                let v = self.lower_expr(d);
                let op = self.to_dyn(v);
                self.emit(Statement::StoreGlobal(default_globals[defaults.len()], op.clone()));
                defaults.push(op);
            }
        }
        defaults
    }

    /// Reports what a `def` uses that krait cannot compile yet.
    fn check_def_supported(&mut self, f: &'a ast::StmtFunctionDef) -> Option<()> {
        if f.is_async {
            self.unsupported("`async def`", &f.name);
            return None;
        }
        let p = &f.parameters;
        if let Some(k) = p.kwonlyargs.get(24) {
            self.unsupported("more than 24 keyword-only parameters", k);
            return None;
        }
        Some(())
    }

    /// Whether leaving the exits above `depth` would leave the body of an `except*` clause.
    fn leaves_star_clause(&self, depth: usize) -> bool {
        self.exits[depth..].iter().any(|e| matches!(e, Exit::StarClause))
    }

    fn lower_try(&mut self, t: &'a ast::StmtTry) {
        let outer = self.handler;
        let after = self.new_block();
        let has_finally = !t.finalbody.is_empty();
        let fin_exc = if has_finally {
            let b = self.new_block();
            self.exits.push(Exit::Finally { body: &t.finalbody, handler: outer });
            self.handler = Some(b);
            Some(b)
        } else {
            None
        };
        // Handler for code of the except blocks and the else block.
        let inner = self.handler;
        let normal_end = self.new_block();
        if t.handlers.is_empty() {
            let body = self.new_block();
            self.goto(body);
            self.switch_to(body);
            self.lower_body(&t.body);
            self.goto(normal_end);
        } else {
            let dispatch = self.new_block();
            self.handler = Some(dispatch);
            let body = self.new_block();
            self.goto(body);
            self.switch_to(body);
            self.lower_body(&t.body);
            self.handler = inner;
            let orelse = self.new_block();
            self.goto(orelse);
            self.switch_to(orelse);
            self.lower_body(&t.orelse);
            self.goto(normal_end);
            if t.is_star {
                self.lower_star_handlers(t, dispatch, inner, normal_end);
            } else {
                self.lower_handlers(t, dispatch, inner, normal_end);
            }
        }
        self.switch_to(normal_end);
        if let Some(fin_exc) = fin_exc {
            self.exits.pop();
            self.handler = outer;
            let fin = self.new_block();
            self.goto(fin);
            self.switch_to(fin);
            self.lower_body(&t.finalbody);
            self.goto(after);
            // The exception path: run the finally body, then let the exception go on.
            self.switch_to(fin_exc);
            let exc = self.assign(Rvalue::BeginHandler, Type::Dyn);
            let cleanup = self.cleanup_block(outer);
            self.handler = Some(cleanup);
            self.exits.push(Exit::Handler);
            let body = self.new_block();
            self.goto(body);
            self.switch_to(body);
            self.lower_body(&t.finalbody);
            self.exits.pop();
            self.handler = outer;
            if self.cur.is_some() {
                let resume = self.new_block();
                self.goto(resume);
                self.switch_to(resume);
                self.raise(RaiseKind::Resume(exc.op));
            }
        } else {
            self.goto(after);
        }
        self.handler = outer;
        self.switch_to(after);
    }

    /// `with a as x, b: body`: the items nest, each entering its context manager and
    /// making sure its `__exit__` runs however the rest ends. An exception goes to
    /// `__exit__`, which suppresses it by returning a true value.
    fn lower_with(&mut self, w: &'a ast::StmtWith, items: &'a [ast::WithItem]) {
        let Some((item, rest)) = items.split_first() else {
            self.lower_body(&w.body);
            return;
        };
        let mgr = self.lower_expr(&item.context_expr);
        let mgr = self.to_dyn(mgr);
        self.at(item.context_expr.range());
        let callee = Callee::Builtin("_with_enter".into());
        let entered = self.assign(Rvalue::Call { callee, args: vec![mgr], kwnames: Vec::new() }, Type::Dyn);
        let (exit, value) = (self.temp(Type::Dyn), self.temp(Type::Dyn));
        self.emit(Statement::Unpack { value: entered.op, targets: vec![exit, value] });
        let exit = Operand::Local(exit);
        let outer = self.handler;
        let (dispatch, after) = (self.new_block(), self.new_block());
        self.exits.push(Exit::Cleanup { builtin: "_with_exit", arg: exit.clone(), handler: outer });
        self.handler = Some(dispatch);
        let body = self.new_block();
        self.goto(body);
        self.switch_to(body);
        if let Some(target) = &item.optional_vars {
            self.assign_target(target, Val { op: Operand::Local(value), ty: Type::Dyn });
        }
        self.lower_with(w, rest);
        self.exits.pop();
        self.handler = outer;
        if self.cur.is_some() {
            self.set_line(w.range());
            self.call_cleanup("_with_exit", exit.clone());
            self.goto(after);
        }
        // The exception path: `__exit__(type, exc, tb)` decides whether it goes on.
        self.switch_to(dispatch);
        let exc = self.assign(Rvalue::BeginHandler, Type::Dyn);
        let cleanup = self.cleanup_block(outer);
        self.handler = Some(cleanup);
        // `__exit__` runs under the cleanup handler (a block's handler is fixed when made).
        let call_exit = self.new_block();
        self.goto(call_exit);
        self.switch_to(call_exit);
        self.set_line(w.range());
        let callee = Callee::Builtin("_with_exit_exception".into());
        let result =
            self.assign(Rvalue::Call { callee, args: vec![exit, exc.op.clone()], kwnames: Vec::new() }, Type::Dyn);
        let suppress = self.truth(result);
        let (swallow, reraise) = (self.new_block(), self.new_block());
        self.terminate(Terminator::Branch { cond: suppress, then: swallow, otherwise: reraise });
        self.switch_to(swallow);
        self.emit(Statement::EndHandler);
        self.handler = outer;
        self.goto(after);
        self.switch_to(reraise);
        self.raise(RaiseKind::Resume(exc.op));
        self.switch_to(after);
    }

    /// A block that ends the handling of an exception and lets the pending one propagate.
    fn cleanup_block(&mut self, outer: Option<BlockId>) -> BlockId {
        let saved = self.handler;
        self.handler = outer;
        let b = self.new_block();
        let resume_cur = self.cur;
        self.switch_to(b);
        self.emit(Statement::EndHandler);
        self.raise(RaiseKind::Propagate);
        self.cur = resume_cur;
        self.handler = saved;
        b
    }

    /// The start of a `try` statement's handlers at `dispatch`: the exception is taken and
    /// marked as handled; what follows (the clauses' tests and bodies) runs under a cleanup
    /// handler that ends the handling, in an `Exit::Handler`. Returns the exception and the
    /// cleanup block.
    fn begin_handlers(&mut self, dispatch: BlockId, inner: Option<BlockId>) -> (Val, BlockId) {
        self.switch_to(dispatch);
        let exc = self.assign(Rvalue::BeginHandler, Type::Dyn);
        let cleanup = self.cleanup_block(inner);
        self.handler = Some(cleanup);
        let first = self.new_block();
        self.goto(first);
        self.switch_to(first);
        self.exits.push(Exit::Handler);
        (exc, cleanup)
    }

    fn lower_handlers(&mut self, t: &'a ast::StmtTry, dispatch: BlockId, inner: Option<BlockId>, normal_end: BlockId) {
        // Tests run under the cleanup handler: a bad `except` class raises from here.
        let (exc, _) = self.begin_handlers(dispatch, inner);
        let mut matched_all = false;
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range());
            let next = match &h.type_ {
                Some(cls) => {
                    let c = self.lower_expr(cls);
                    let cls = self.to_dyn(c);
                    let m = self.assign(Rvalue::ExcMatches { exc: exc.op.clone(), cls }, Type::Bool);
                    let (yes, no) = (self.new_block(), self.new_block());
                    self.terminate(Terminator::Branch { cond: m.op, then: yes, otherwise: no });
                    self.switch_to(yes);
                    Some(no)
                }
                None => None,
            };
            if let Some(name) = &h.name {
                self.store_name(name.as_str(), exc.clone());
            }
            self.lower_body(&h.body);
            if self.cur.is_some() {
                if let Some(name) = &h.name {
                    self.unbind_name(name.as_str());
                }
                self.emit(Statement::EndHandler);
                self.goto(normal_end);
            }
            match next {
                Some(no) => self.switch_to(no),
                None => {
                    matched_all = true;
                    break;
                }
            }
        }
        self.exits.pop();
        self.handler = inner;
        if !matched_all {
            let resume = self.new_block();
            self.goto(resume);
            self.switch_to(resume);
            self.raise(RaiseKind::Resume(exc.op));
        }
    }

    /// `except*` clauses (PEP 654). Each clause takes the part of the exception (group) its
    /// classes match, and handles that part; what the clauses raise and what none of them
    /// matched are raised together at the end, combined as CPython combines them. The
    /// state of the whole (`_except_star_begin`) lives in rt.
    fn lower_star_handlers(
        &mut self,
        t: &'a ast::StmtTry,
        dispatch: BlockId,
        inner: Option<BlockId>,
        normal_end: BlockId,
    ) {
        let (exc, cleanup) = self.begin_handlers(dispatch, inner);
        let state = self.rt_helper("_except_star_begin", vec![exc.op]);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range());
            let Some(cls) = &h.type_ else { continue };
            let c = self.lower_expr(cls);
            let cls = self.to_dyn(c);
            // The matching part, or None; while its clause runs it is the exception being
            // handled (`_except_star_handle`), until the clause's `EndHandler`.
            let part = self.rt_helper("_except_star_match", vec![state.clone(), cls]);
            let none = self.to_dyn(Val::none());
            let unmatched = self.assign(Rvalue::Is(part.clone(), none), Type::Bool);
            let (run, next) = (self.new_block(), self.new_block());
            self.terminate(Terminator::Branch { cond: unmatched.op, then: next, otherwise: run });
            self.switch_to(run);
            self.rt_helper("_except_star_handle", vec![part.clone()]);
            if let Some(name) = &h.name {
                self.store_name(name.as_str(), Val { op: part, ty: Type::Dyn });
            }
            let raised = self.new_block();
            self.handler = Some(raised);
            self.exits.push(Exit::StarClause);
            let body = self.new_block();
            self.goto(body);
            self.switch_to(body);
            self.lower_body(&h.body);
            self.exits.pop();
            self.handler = Some(cleanup);
            if self.cur.is_some() {
                self.end_star_clause(h);
                self.goto(next);
            }
            // An exception the clause raises is kept, to be raised at the end.
            self.switch_to(raised);
            let e = self.assign(Rvalue::BeginHandler, Type::Dyn);
            self.rt_helper("_except_star_raised", vec![state.clone(), e.op]);
            self.emit(Statement::EndHandler);
            self.end_star_clause(h);
            self.goto(next);
            self.switch_to(next);
        }
        self.exits.pop();
        let result = self.rt_helper("_except_star_finish", vec![state]);
        let none = self.to_dyn(Val::none());
        let handled = self.assign(Rvalue::Is(result.clone(), none), Type::Bool);
        let (done, reraise) = (self.new_block(), self.new_block());
        self.terminate(Terminator::Branch { cond: handled.op, then: done, otherwise: reraise });
        self.switch_to(done);
        self.emit(Statement::EndHandler);
        self.handler = inner;
        self.goto(normal_end);
        self.switch_to(reraise);
        self.raise(RaiseKind::Resume(result));
    }

    /// The end of an `except*` clause: its name is cleared and its part no longer handled.
    fn end_star_clause(&mut self, h: &'a ast::ExceptHandlerExceptHandler) {
        if let Some(name) = &h.name {
            self.unbind_name(name.as_str());
        }
        self.emit(Statement::EndHandler);
    }

    /// Calls an rt helper (a builtin that is not Python-visible) for its `Dyn` result.
    fn rt_helper(&mut self, name: &str, args: Vec<Operand>) -> Operand {
        let callee = Callee::Builtin(name.into());
        self.assign(Rvalue::Call { callee, args, kwnames: Vec::new() }, Type::Dyn).op
    }

    fn unbind_name(&mut self, name: &str) {
        if let Some(ns) = self.class_namespace(name) {
            // CPython's `name = None; del name`.
            let index = Operand::Const(Constant::Str(name.to_string()));
            let value = Operand::Const(Constant::None);
            self.emit(Statement::SetItem { obj: ns.clone(), index: index.clone(), value });
            self.emit(Statement::DelItem { obj: ns, index });
            return;
        }
        match self.resolve(name) {
            NameRef::Local(l) => self.emit(Statement::Unbind(l)),
            NameRef::Cell(cell, _) => self.emit(Statement::CellClear(Operand::Local(cell))),
            NameRef::Global(g) => self.emit(Statement::DeleteGlobal(g)),
            NameRef::Builtin => {}
        }
    }

    /// `a op b` with the typing rules; `inplace` for augmented assignment.
    pub(super) fn binary(&mut self, op: BinOp, a: Val, b: Val, inplace: bool) -> Val {
        match typing::binary(op, a.ty, b.ty) {
            BinaryPlan::Int(ty) => self.assign(Rvalue::Binary(op, a.op, b.op), ty),
            BinaryPlan::Float => {
                let x = self.coerce(a, Type::Float);
                let y = self.coerce(b, Type::Float);
                self.assign(Rvalue::Binary(op, x, y), Type::Float)
            }
            BinaryPlan::Dynamic(ty) => {
                if let Some(v) = self.sealed_binary(op, &a, &b, inplace) {
                    return v;
                }
                let x = self.to_dyn(a);
                let y = self.to_dyn(b);
                let rv = if inplace { Rvalue::InPlace(op, x, y) } else { Rvalue::Binary(op, x, y) };
                // `Never` operands (not inferred yet) give a `Never` result: inference stays optimistic.
                self.assign(rv, ty)
            }
        }
    }
}

/// CPython's message for `break`, `continue` or `return` leaving an `except*` clause.
const STAR_CLAUSE_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

/// The step of a `range` in a `for` loop, as written.
#[derive(Clone, Copy)]
enum RangeStep<'a> {
    Const(i64),
    Var(&'a Expr),
}

/// The step of a counted loop: a constant, or an `int` operand whose sign is tested once.
enum CountedStep {
    Const(i64),
    Var(Operand),
}

/// The targets and values of `a, b = x, y`: a tuple or list of targets (none starred) and a
/// display of as many values (none starred).
fn parallel_assignment<'e>(target: &'e Expr, value: &'e Expr) -> Option<(&'e [Expr], &'e [Expr])> {
    let targets = match target {
        Expr::Tuple(t) => &t.elts[..],
        Expr::List(l) => &l.elts[..],
        _ => return None,
    };
    let values = match value {
        Expr::Tuple(t) => &t.elts[..],
        Expr::List(l) => &l.elts[..],
        _ => return None,
    };
    let starred = |es: &[Expr]| es.iter().any(|e| matches!(e, Expr::Starred(_)));
    (targets.len() == values.len() && !starred(targets) && !starred(values)).then_some((targets, values))
}

/// `TYPE_CHECKING` or `typing.TYPE_CHECKING`, which is false when the program runs.
fn is_type_checking(e: &Expr) -> bool {
    match e {
        Expr::Name(n) => n.id.as_str() == "TYPE_CHECKING",
        Expr::Attribute(a) => a.attr.as_str() == "TYPE_CHECKING",
        _ => false,
    }
}
