//! Calls bound at compile time: of a module-level `def` by name, of a sealed class's method
//! on an instance of it (`obj.name(args)`), and of a sealed class itself (`C(args)`).
//!
//! A method call tests the receiver against each sealed class whose method the name finds
//! (a case of `SwitchClass`: that class, still sealed, attributes inline) and calls that
//! method's specialisation directly; a receiver of any other kind takes rt's method call.
//! A call of a sealed class whose guard holds makes the instance and calls its `__init__`
//! specialisation directly; otherwise rt calls the class.

use ruff_python_ast as ast;

use super::classes::MAX_CANDIDATES;
use super::{DefId, FnBuilder, Val};
use crate::mir::{
    BinOp, BlockId, Callee, ClassCase, ClassId, LocalId, Operand, Rvalue, Span, Statement, Terminator, Type,
};

impl<'a> FnBuilder<'_, 'a> {
    /// Which argument each parameter of `def` gets when it is called with `npos` positional
    /// arguments and keyword arguments named `kwnames` (the argument's index, `None` for the
    /// parameter's default), or `None` when they do not bind.
    pub(super) fn bind_arguments(&self, def: DefId, npos: usize, kwnames: &[String]) -> Option<Vec<Option<usize>>> {
        let params = &self.prog.defs[def].params;
        let first_default = params.len() - self.prog.defs[def].default_globals.len();
        if npos > params.len() {
            return None;
        }
        let mut slots: Vec<Option<usize>> = vec![None; params.len()];
        for (i, slot) in slots.iter_mut().enumerate().take(npos) {
            *slot = Some(i);
        }
        for (k, name) in kwnames.iter().enumerate() {
            match params.iter().position(|p| p == name) {
                Some(p) if slots[p].is_none() => slots[p] = Some(npos + k),
                _ => return None,
            }
        }
        if slots.iter().enumerate().any(|(p, s)| s.is_none() && p < first_default) {
            return None;
        }
        Some(slots)
    }

    /// Calls the specialisation of `def` for the types of the arguments `values` bound to
    /// its parameters by `slots` (`bind_arguments`; defaults come from their hidden module
    /// variables).
    pub(super) fn call_bound(&mut self, def: DefId, values: &[Val], slots: &[Option<usize>]) -> Val {
        let first_default = slots.len() - self.prog.defs[def].default_globals.len();
        let mut bound = Vec::with_capacity(slots.len());
        for (p, slot) in slots.iter().enumerate() {
            match slot {
                Some(i) => bound.push(values[*i].clone()),
                None => {
                    let g = self.prog.defs[def].default_globals[p - first_default];
                    bound.push(self.assign(Rvalue::LoadGlobal(g), Type::Dyn));
                }
            }
        }
        let types: Vec<Type> = bound.iter().map(|v| v.ty).collect();
        let spec = self.prog.specialise(def, &types);
        let param_types = self.prog.specs[spec.index()].params.clone();
        let ops: Vec<Operand> = bound.into_iter().zip(param_types).map(|(v, t)| self.coerce(v, t)).collect();
        let ret = self.prog.assumed_ret(spec);
        self.assign(Rvalue::Call { callee: Callee::Direct(spec), args: ops, kwnames: Vec::new() }, ret)
    }

    /// The sealed classes whose method `name` a call with these arguments binds directly,
    /// grouped by the `def` each calls (a class standing for its subtree where all of it
    /// calls that `def`); empty when there are none or too many.
    fn method_candidates(&self, name: &str, npos: usize, kwnames: &[String]) -> Vec<(DefId, Vec<(ClassId, bool)>)> {
        let binds = |def: DefId| self.bind_arguments(def, npos + 1, kwnames).is_some();
        self.prog.classes.method_cases(name, &binds)
    }

    /// `obj.name(args)` (receiver `recv`, argument values `vals`): a direct call of the
    /// method of each sealed class the receiver may be an instance of, else rt's method
    /// call (`None` when no sealed class has such a method).
    pub(super) fn call_sealed_method(
        &mut self,
        recv: &Val,
        name: &str,
        vals: &[Val],
        kwnames: &[String],
        attr_span: Span,
    ) -> Option<Val> {
        let npos = vals.len() - kwnames.len();
        let groups = self.method_candidates(name, npos, kwnames);
        if groups.is_empty() {
            return None;
        }
        let obj = self.to_dyn(recv.clone());
        let ops: Vec<Operand> = vals.iter().map(|v| self.to_dyn(v.clone())).collect();
        let result = self.temp(Type::Dyn);
        let join = self.new_block();
        let mut with_self = vec![Val { op: obj.clone(), ty: recv.ty }];
        with_self.extend(vals.iter().cloned());
        let (cases, fasts) = self.class_cases(groups);
        let other = self.new_block();
        self.terminate(Terminator::SwitchClass { obj: obj.clone(), cases, otherwise: other });
        for (def, fast) in fasts {
            self.switch_to(fast);
            let slots = self.bind_arguments(def, npos + 1, kwnames).expect("candidates bind");
            let r = self.call_bound(def, &with_self, &slots);
            self.assign_dyn(result, r);
            self.goto(join);
        }
        self.switch_to(other);
        let call = Rvalue::CallMethod { obj, name: name.to_string(), args: ops, kwnames: kwnames.to_vec(), attr_span };
        self.emit(Statement::Assign(result, call));
        self.goto(join);
        self.switch_to(join);
        Some(Val { op: Operand::Local(result), ty: Type::Dyn })
    }

    /// The cases of a `SwitchClass` over candidate classes (each with whether it stands for
    /// its subtree) grouped by the `def` each calls: a block per `def`, which every case of
    /// its group goes to.
    fn class_cases(&mut self, groups: Vec<(DefId, Vec<(ClassId, bool)>)>) -> (Vec<ClassCase>, Vec<(DefId, BlockId)>) {
        let mut cases = Vec::new();
        let mut fasts = Vec::new();
        for (def, classes) in groups {
            let block = self.new_block();
            cases.extend(classes.into_iter().map(|(class, subclasses)| ClassCase { class, subclasses, block }));
            fasts.push((def, block));
        }
        (cases, fasts)
    }

    /// `C(args)` of sealed class `class`, the module variable's value `cls`: while its guard
    /// holds, a new instance initialised by a direct call of its `__init__` (when the
    /// arguments bind), else rt's call of the class. `None` when the class's `__init__`
    /// is not a plain method.
    pub(super) fn construct_sealed(
        &mut self,
        class: ClassId,
        cls: Val,
        vals: &[Val],
        kwnames: &[String],
    ) -> Option<Val> {
        let npos = vals.len() - kwnames.len();
        let init = match self.prog.classes.lookup(class, "__init__") {
            // `object.__init__`: no arguments.
            None if vals.is_empty() => None,
            Some(Some(def)) if self.bind_arguments(def, npos + 1, kwnames).is_some() => Some(def),
            _ => return None,
        };
        let cls = self.to_dyn(cls);
        let ops: Vec<Operand> = vals.iter().map(|v| self.to_dyn(v.clone())).collect();
        let result = self.temp(Type::Dyn);
        let sealed = self.assign(Rvalue::ClassSealed(class), Type::Bool);
        let (fast, slow, join) = (self.new_block(), self.new_block(), self.new_block());
        self.terminate(Terminator::Branch { cond: sealed.op, then: fast, otherwise: slow });
        self.switch_to(fast);
        self.emit(Statement::Assign(result, Rvalue::NewInstance(cls.clone())));
        if let Some(def) = init {
            let slots = self.bind_arguments(def, npos + 1, kwnames).expect("checked above");
            let mut with_self = vec![Val { op: Operand::Local(result), ty: Type::Dyn }];
            with_self.extend(vals.iter().cloned());
            let r = self.call_bound(def, &with_self, &slots);
            if r.ty != Type::None {
                // `__init__` must return None (a `TypeError` otherwise).
                let r = self.to_dyn(r);
                let callee = Callee::Builtin("_init_result".into());
                self.emit(Statement::Eval(Rvalue::Call { callee, args: vec![r], kwnames: Vec::new() }));
            }
        }
        self.goto(join);
        self.switch_to(slow);
        let call = Rvalue::Call { callee: Callee::Value(cls), args: ops, kwnames: kwnames.to_vec() };
        self.emit(Statement::Assign(result, call));
        self.goto(join);
        self.switch_to(join);
        Some(Val { op: Operand::Local(result), ty: Type::Dyn })
    }

    /// `a op b` (`a op= b` with `inplace`) where an operand may be an instance of a sealed
    /// class defining the operator's method: when the left operand is exactly such a class
    /// and the right one exactly the same class or a builtin number, its `__op__` is called
    /// directly; when the left operand is a builtin number and the right one exactly such a
    /// class, its `__rop__` (CPython tries nothing else first: a number's operator returns
    /// `NotImplemented` for an instance, and neither is a subclass of the other). If the
    /// method returns `NotImplemented`, nothing is left to try: the `TypeError`. Anything
    /// else takes rt's operator. `None` when no sealed class has the methods.
    pub(super) fn sealed_binary(&mut self, op: BinOp, a: &Val, b: &Val, inplace: bool) -> Option<Val> {
        let [name, reflected, in_place] = method_names(op);
        let instance_like = |t: Type| matches!(t, Type::Dyn | Type::Never);
        let number_like = |t: Type| matches!(t, Type::Dyn | Type::Never | Type::Int | Type::Float | Type::Bool);
        let classes = &self.prog.classes;
        let groups = |method: &str, skip_inplace: bool| -> Vec<(DefId, Vec<(ClassId, bool)>)> {
            let mut groups: Vec<(DefId, Vec<(ClassId, bool)>)> = Vec::new();
            for (class, def) in classes.methods(method) {
                if skip_inplace && classes.lookup(class, in_place).is_some() {
                    continue;
                }
                if self.bind_arguments(def, 2, &[]).is_none() {
                    continue;
                }
                // Exactly the class: operands of two different classes try more methods.
                match groups.iter_mut().find(|(d, _)| *d == def) {
                    Some((_, cs)) => cs.push((class, false)),
                    None => groups.push((def, vec![(class, false)])),
                }
            }
            if groups.iter().map(|(_, cs)| cs.len()).sum::<usize>() > MAX_CANDIDATES {
                groups.clear();
            }
            groups
        };
        let left = if instance_like(a.ty) && number_like(b.ty) { groups(name, inplace) } else { Vec::new() };
        let right = if number_like(a.ty) && instance_like(b.ty) { groups(reflected, false) } else { Vec::new() };
        if left.is_empty() && right.is_empty() {
            return None;
        }
        let x = self.to_dyn(a.clone());
        let y = self.to_dyn(b.clone());
        let result = self.temp(Type::Dyn);
        let join = self.new_block();
        let (xv, yv) = (Val { op: x.clone(), ty: Type::Dyn }, Val { op: y.clone(), ty: Type::Dyn });
        let right_arg = if b.ty == Type::Float { b.clone() } else { yv.clone() };
        let left_arg = if a.ty == Type::Float { a.clone() } else { xv.clone() };
        let is_number = |t: Type| matches!(t, Type::Int | Type::Float | Type::Bool);
        let slow = self.new_block();
        if !left.is_empty() {
            // The left operand exactly one of the classes; the right one the same class, or a
            // number.
            let (cases, fasts) = self.class_cases(left);
            let right_part = self.new_block();
            let checks: Vec<ClassCase> = cases.iter().map(|c| ClassCase { block: self.new_block(), ..*c }).collect();
            self.terminate(Terminator::SwitchClass { obj: x.clone(), cases: checks.clone(), otherwise: right_part });
            for (check, case) in checks.into_iter().zip(cases) {
                self.switch_to(check.block);
                if is_number(b.ty) {
                    self.goto(case.block);
                    continue;
                }
                let number = self.new_block();
                let fast = case.block;
                self.terminate(Terminator::SwitchClass { obj: y.clone(), cases: vec![case], otherwise: number });
                self.switch_to(number);
                let n = self.assign(Rvalue::IsNumber(y.clone()), Type::Bool);
                self.terminate(Terminator::Branch { cond: n.op, then: fast, otherwise: slow });
            }
            for (def, fast) in fasts {
                self.switch_to(fast);
                let slots = self.bind_arguments(def, 2, &[]).expect("candidates bind");
                let r = self.call_bound(def, &[xv.clone(), right_arg.clone()], &slots);
                self.binary_result(r, op, (&x, &y), inplace, result, join);
            }
            self.switch_to(right_part);
        }
        if !right.is_empty() {
            // The left operand a number, the right one exactly one of the classes.
            if !is_number(a.ty) {
                let n = self.assign(Rvalue::IsNumber(x.clone()), Type::Bool);
                let instance = self.new_block();
                self.terminate(Terminator::Branch { cond: n.op, then: instance, otherwise: slow });
                self.switch_to(instance);
            }
            let (cases, fasts) = self.class_cases(right);
            self.terminate(Terminator::SwitchClass { obj: y.clone(), cases, otherwise: slow });
            for (def, fast) in fasts {
                self.switch_to(fast);
                let slots = self.bind_arguments(def, 2, &[]).expect("candidates bind");
                let r = self.call_bound(def, &[yv.clone(), left_arg.clone()], &slots);
                self.binary_result(r, op, (&x, &y), inplace, result, join);
            }
        } else {
            self.goto(slow);
        }
        self.switch_to(slow);
        let rv = if inplace { Rvalue::InPlace(op, x, y) } else { Rvalue::Binary(op, x, y) };
        self.emit(Statement::Assign(result, rv));
        self.goto(join);
        self.switch_to(join);
        Some(Val { op: Operand::Local(result), ty: Type::Dyn })
    }

    /// The result `r` of an operator's method called directly into `result`, then on to
    /// `join`; `NotImplemented` is the operator's `TypeError`.
    fn binary_result(
        &mut self,
        r: Val,
        op: BinOp,
        (x, y): (&Operand, &Operand),
        inplace: bool,
        result: LocalId,
        join: BlockId,
    ) {
        if matches!(r.ty, Type::Dyn | Type::Never) {
            let ni = self.assign(Rvalue::IsNotImplemented(r.op.clone()), Type::Bool);
            let (err, ok) = (self.new_block(), self.new_block());
            self.terminate(Terminator::Branch { cond: ni.op, then: err, otherwise: ok });
            self.switch_to(err);
            self.emit(Statement::UnsupportedBinary { op, a: x.clone(), b: y.clone(), inplace });
            self.terminate(Terminator::Unreachable);
            self.switch_to(ok);
        }
        self.assign_dyn(result, r);
        self.goto(join);
    }

    /// Assigns `v` to the `Dyn` local `l`: a float as a box (which codegen keeps unboxed in
    /// the local's float shadow until something needs the object).
    fn assign_dyn(&mut self, l: LocalId, v: Val) {
        let rv = if v.ty.is_value_word() { Rvalue::Use(v.op) } else { Rvalue::Box(v.op) };
        self.emit(Statement::Assign(l, rv));
    }
}

/// The method of an operator, its reflected method and its in-place method.
fn method_names(op: BinOp) -> [&'static str; 3] {
    match op {
        BinOp::Add => ["__add__", "__radd__", "__iadd__"],
        BinOp::Sub => ["__sub__", "__rsub__", "__isub__"],
        BinOp::Mul => ["__mul__", "__rmul__", "__imul__"],
        BinOp::TrueDiv => ["__truediv__", "__rtruediv__", "__itruediv__"],
        BinOp::FloorDiv => ["__floordiv__", "__rfloordiv__", "__ifloordiv__"],
        BinOp::Mod => ["__mod__", "__rmod__", "__imod__"],
        BinOp::Pow => ["__pow__", "__rpow__", "__ipow__"],
        BinOp::LShift => ["__lshift__", "__rlshift__", "__ilshift__"],
        BinOp::RShift => ["__rshift__", "__rrshift__", "__irshift__"],
        BinOp::BitAnd => ["__and__", "__rand__", "__iand__"],
        BinOp::BitOr => ["__or__", "__ror__", "__ior__"],
        BinOp::BitXor => ["__xor__", "__rxor__", "__ixor__"],
        BinOp::MatMul => ["__matmul__", "__rmatmul__", "__imatmul__"],
    }
}

/// The keyword names of a call's arguments, in order.
pub(super) fn keyword_names(args: &ast::Arguments) -> Vec<String> {
    args.keywords.iter().map(|k| k.arg.as_ref().map_or("", |a| a.as_str()).to_string()).collect()
}
