//! Lowering expressions.

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::stmt::binop;
use super::{FnBuilder, NameRef, Val};
use crate::builtins;
use crate::mir::{
    BlockId, Callee, CmpOp, Constant, Conversion, Operand, Rvalue, SetOrigin, Statement, Terminator, Type, UnaryOp,
};
use crate::typing;

/// Parses an int literal token (`123`, `0xff`, `1_000`, `0o17`, `0b101`).
/// The value of `x op y` for int constants, computed at compile time as CPython's AST
/// optimiser does: never for an operation that raises, and only while the result stays
/// small (`MAX_INT_SIZE`: 128 bits for products, powers and left shifts).
fn fold_int(op: ast::Operator, x: &BigInt, y: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    use num_traits::{Signed, ToPrimitive, Zero};
    const MAX_BITS: u64 = 128;
    Some(match op {
        ast::Operator::Add => x + y,
        ast::Operator::Sub => x - y,
        ast::Operator::Mult if x.is_zero() || y.is_zero() || x.bits() + y.bits() <= MAX_BITS => x * y,
        ast::Operator::Pow if !y.is_negative() && x.bits() * y.to_u64()? <= MAX_BITS => x.pow(y.to_u32()?),
        ast::Operator::LShift if !y.is_negative() && x.bits() + y.to_u64()? <= MAX_BITS => x << y.to_usize()?,
        ast::Operator::RShift if !y.is_negative() => x >> y.to_usize()?,
        ast::Operator::BitAnd => x & y,
        ast::Operator::BitOr => x | y,
        ast::Operator::BitXor => x ^ y,
        ast::Operator::FloorDiv if !y.is_zero() => x.div_floor(y),
        ast::Operator::Mod if !y.is_zero() => x.mod_floor(y),
        _ => return None,
    })
}

fn parse_int_literal(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d)
    } else {
        (10, lower.as_str())
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

impl<'a> FnBuilder<'_, 'a> {
    pub(super) fn lower_expr(&mut self, e: &'a Expr) -> Val {
        match e {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => match parse_int_literal(&i.to_string()) {
                    Some(v) => Val::constant(Constant::Int(v)),
                    None => {
                        self.unsupported("this int literal", n);
                        Val::none()
                    }
                },
                ast::Number::Float(f) => Val::constant(Constant::Float(*f)),
                ast::Number::Complex { .. } => {
                    self.unsupported("complex numbers", n);
                    Val::none()
                }
            },
            Expr::StringLiteral(s) => Val::constant(Constant::Str(s.value.to_str().to_string())),
            Expr::BooleanLiteral(b) => Val::constant(Constant::Bool(b.value)),
            Expr::NoneLiteral(_) => Val::none(),
            Expr::Name(n) => self.load_name(n.id.as_str(), n),
            Expr::BinOp(b) => {
                let l = self.lower_expr(&b.left);
                let r = self.lower_expr(&b.right);
                if let (Operand::Const(Constant::Int(x)), Operand::Const(Constant::Int(y))) = (&l.op, &r.op)
                    && let Some(v) = fold_int(b.op, x, y)
                {
                    return Val::constant(Constant::Int(v));
                }
                // `[x] * n` repeats the elements of a fresh list.
                let repeated = (b.op == ast::Operator::Mult)
                    .then(|| [&l, &r].into_iter().find(|v| v.ty == Type::List).map(|v| self.fresh_elem(v)))
                    .flatten();
                self.at_binop(b);
                let v = self.binary(binop(b.op), l, r, false);
                if let Some(elem) = repeated {
                    self.record_fresh(&v, elem);
                }
                v
            }
            Expr::UnaryOp(u) => self.lower_unary(u),
            Expr::BoolOp(b) => self.lower_bool_op(b),
            Expr::Compare(c) => self.lower_compare(c),
            Expr::If(i) => {
                let test = self.lower_expr(&i.test);
                let cond = self.truth(test);
                let (then, otherwise) = (self.new_block(), self.new_block());
                self.terminate(Terminator::Branch { cond, then, otherwise });
                self.switch_to(then);
                let a = self.lower_expr(&i.body);
                let a_end = self.current();
                self.switch_to(otherwise);
                let b = self.lower_expr(&i.orelse);
                let b_end = self.current();
                self.merge(vec![(a_end, a), (b_end, b)])
            }
            Expr::Call(c) => self.lower_call(c),
            Expr::Attribute(a) => {
                self.check_module_attribute(a);
                let obj = self.lower_expr(&a.value);
                let obj = self.to_dyn(obj);
                self.at(a.range);
                self.get_attr(obj, a.attr.as_str())
            }
            Expr::Subscript(s) => {
                let obj = self.lower_expr(&s.value);
                let obj_ty = obj.ty;
                let obj = self.to_dyn(obj);
                if let Expr::Slice(sl) = &*s.slice {
                    let bounds = self.slice_bounds(sl);
                    return self.get_slice(s, Val { op: obj, ty: obj_ty }, bounds);
                }
                let index = self.lower_expr(&s.slice);
                if super::list_by_int(obj_ty, index.ty) {
                    // An item of a list by an int: typed by the element type a private list has.
                    let ty = self.private_list(&s.value).map_or(Type::Dyn, |name| self.list_elem(&name));
                    self.at_subscript(s);
                    return self.assign(Rvalue::ListItem { list: obj, index: index.op }, ty);
                }
                let index = self.to_dyn(index);
                self.at_subscript(s);
                let item = self.assign(Rvalue::GetItem { obj, index }, typing::subscript_result(obj_ty));
                match self.typed_kwargs_item(s) {
                    Some(ty) => self.typed_kwargs_read(item, ty),
                    None => item,
                }
            }
            Expr::List(l) if l.elts.iter().any(|e| matches!(e, Expr::Starred(_))) => {
                self.lower_unpacking_list(&l.elts, l.range)
            }
            Expr::List(l) => {
                let (items, elem) = self.lower_items_typed(&l.elts);
                let v = self.assign(Rvalue::BuildList(items), Type::List);
                self.record_fresh(&v, elem);
                v
            }
            Expr::Tuple(t) if t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) => {
                let list = self.lower_unpacking_list(&t.elts, t.range);
                let args = vec![list.op];
                self.at(t.range);
                self.assign(
                    Rvalue::Call { callee: Callee::Builtin("tuple".into()), args, kwnames: Vec::new() },
                    Type::Tuple,
                )
            }
            Expr::Tuple(t) => {
                let items = self.lower_items(&t.elts);
                self.assign(Rvalue::BuildTuple(items), Type::Tuple)
            }
            Expr::Dict(d) => {
                // The pairs before the first `**` build the dict; each later `**m` merges `m`
                // and each later pair is stored, left to right as CPython evaluates them.
                let mut pairs = Vec::new();
                let mut dict: Option<Val> = None;
                for item in &d.items {
                    match (&item.key, &dict) {
                        (Some(k), None) => {
                            let kv = self.lower_expr(k);
                            let k = self.to_dyn(kv);
                            let vv = self.lower_expr(&item.value);
                            let v = self.to_dyn(vv);
                            pairs.push((k, v));
                        }
                        (Some(k), Some(built)) => {
                            let obj = built.op.clone();
                            let kv = self.lower_expr(k);
                            let index = self.to_dyn(kv);
                            let vv = self.lower_expr(&item.value);
                            let value = self.to_dyn(vv);
                            self.at(d.range);
                            self.emit(Statement::SetItem { obj, index, value });
                        }
                        (None, _) => {
                            let built = match dict.take() {
                                Some(built) => built,
                                None => {
                                    self.at(d.range);
                                    self.assign(Rvalue::BuildDict(std::mem::take(&mut pairs)), Type::Dict)
                                }
                            };
                            let mv = self.lower_expr(&item.value);
                            let m = self.to_dyn(mv);
                            self.at(item.value.range());
                            let callee = Callee::Builtin("_dict_merge".into());
                            let args = vec![built.op.clone(), m];
                            self.emit(Statement::Eval(Rvalue::Call { callee, args, kwnames: Vec::new() }));
                            dict = Some(built);
                        }
                    }
                }
                match dict {
                    Some(built) => built,
                    None => {
                        self.at(d.range);
                        self.assign(Rvalue::BuildDict(pairs), Type::Dict)
                    }
                }
            }
            Expr::FString(f) => self.lower_fstring(f),
            Expr::ListComp(c) => self.lower_list_comp(c),
            Expr::DictComp(c) => self.lower_dict_comp(c),
            Expr::Named(n) => {
                let v = self.lower_expr(&n.value);
                if let Expr::Name(name) = &*n.target {
                    // PEP 572: the target binds in the enclosing function, not the comprehension.
                    let saved = std::mem::take(&mut self.comp_scopes);
                    self.store_name(name.id.as_str(), v.clone());
                    self.comp_scopes = saved;
                }
                v
            }
            Expr::Lambda(l) => self.lower_lambda(l),
            Expr::Set(s) => self.lower_set_display(s, false),
            Expr::SetComp(c) => self.lower_set_comp(c),
            Expr::Generator(g) => self.lower_genexp(g),
            Expr::Await(a) => self.unsupported_expr("`await`", a),
            Expr::Yield(y) => {
                let v = match &y.value {
                    Some(v) => self.lower_expr(v),
                    None => Val::none(),
                };
                let v = self.to_dyn(v);
                self.at(y.range);
                self.yield_value(v, false)
            }
            Expr::YieldFrom(y) => self.lower_yield_from(y),
            Expr::BytesLiteral(b) => Val::constant(Constant::Bytes(b.value.bytes().collect())),
            Expr::EllipsisLiteral(_) => self.assign(Rvalue::LoadBuiltin("Ellipsis".into()), Type::Dyn),
            Expr::Starred(s) => self.unsupported_expr("starred expressions here", s),
            Expr::Slice(s) => self.unsupported_expr("a slice outside a subscript", s),
            Expr::TString(t) => self.unsupported_expr("template strings", t),
            Expr::IpyEscapeCommand(c) => self.unsupported_expr("IPython escape commands", c),
        }
    }

    fn unsupported_expr(&mut self, what: &str, node: &impl Ranged) -> Val {
        self.unsupported(what, node);
        Val::none()
    }

    /// A `lambda`: a function object for its generic specialisation, with its defaults
    /// evaluated now and the cells of the variables it shares.
    fn lower_lambda(&mut self, l: &'a ast::ExprLambda) -> Val {
        if let Some(k) = l.parameters.as_deref().and_then(|p| p.kwonlyargs.get(24)) {
            return self.unsupported_expr("more than 24 keyword-only parameters", k);
        }
        let Some(def_id) =
            self.prog.defs.iter().position(|d| matches!(d.node, super::DefNode::Lambda(x) if std::ptr::eq(x, l)))
        else {
            return Val::none();
        };
        let defaults = match l.parameters.as_deref() {
            Some(p) => self.evaluate_defaults(def_id, p),
            None => Vec::new(),
        };
        let generic = self.prog.defs[def_id].generic;
        let closure = self.closure_cells(def_id);
        self.assign(Rvalue::MakeFunction { func: generic, defaults, closure }, Type::Dyn)
    }

    /// Suspends the generator with `value`; the result is the value it is resumed with.
    pub(super) fn yield_value(&mut self, value: Operand, delegate: bool) -> Val {
        let resume = self.new_block();
        self.terminate(Terminator::Yield { value, resume });
        self.switch_to(resume);
        self.assign(Rvalue::Resume { delegate }, Type::Dyn)
    }

    /// `yield from iterable`: yields each item of the iterator, passing what the generator
    /// is resumed with on to it (`send`, and `throw`/`close` through the exception left
    /// pending); the result is the iterator's return value.
    fn lower_yield_from(&mut self, y: &'a ast::ExprYieldFrom) -> Val {
        let v = self.lower_expr(&y.value);
        let obj = self.to_dyn(v);
        self.at(y.range);
        let it = self.assign(Rvalue::Iter(obj), Type::Dyn);
        let sent = self.temp(Type::Dyn);
        self.emit(Statement::Assign(sent, Rvalue::Use(Operand::Const(Constant::None))));
        let (header, more, done) = (self.new_block(), self.new_block(), self.new_block());
        self.goto(header);
        self.switch_to(header);
        // `_yield_from_step` gives `(True, item)` while the iterator yields, then `(False, result)`.
        self.at(y.range);
        let callee = Callee::Builtin("_yield_from_step".into());
        let step = self
            .assign(Rvalue::Call { callee, args: vec![it.op, Operand::Local(sent)], kwnames: Vec::new() }, Type::Dyn);
        let (going, value) = (self.temp(Type::Dyn), self.temp(Type::Dyn));
        self.emit(Statement::Unpack { value: step.op, targets: vec![going, value] });
        let cond = self.truth(Val { op: Operand::Local(going), ty: Type::Dyn });
        self.terminate(Terminator::Branch { cond, then: more, otherwise: done });
        self.switch_to(more);
        let r = self.yield_value(Operand::Local(value), true);
        self.emit(Statement::Assign(sent, Rvalue::Use(r.op)));
        self.goto(header);
        self.switch_to(done);
        Val { op: Operand::Local(value), ty: Type::Dyn }
    }

    /// A generator expression: the iterator over its first iterable, made here, is passed
    /// to the generator function that runs the rest.
    fn lower_genexp(&mut self, g: &'a ast::ExprGenerator) -> Val {
        let Some(def_id) =
            self.prog.defs.iter().position(|d| matches!(d.node, super::DefNode::GenExp(x) if std::ptr::eq(x, g)))
        else {
            return Val::none();
        };
        let first = &g.generators[0];
        if first.is_async {
            return self.unsupported_expr("async comprehensions", first);
        }
        let v = self.lower_loop_iterable(&first.iter);
        let obj = self.to_dyn(v);
        self.at(first.iter.range());
        let it = self.assign(Rvalue::Iter(obj), Type::Dyn);
        let generic = self.prog.defs[def_id].generic;
        let closure = self.closure_cells(def_id);
        self.at(g.range);
        let func = self.assign(Rvalue::MakeFunction { func: generic, defaults: Vec::new(), closure }, Type::Dyn);
        let callee = Callee::Value(func.op);
        self.assign(Rvalue::Call { callee, args: vec![it.op], kwnames: Vec::new() }, Type::Dyn)
    }

    fn lower_items(&mut self, elts: &'a [Expr]) -> Vec<Operand> {
        self.lower_items_typed(elts).0
    }

    /// The items of a display as `Dyn` operands, and the join of their types.
    fn lower_items_typed(&mut self, elts: &'a [Expr]) -> (Vec<Operand>, Type) {
        let mut items = Vec::with_capacity(elts.len());
        let mut joined = Type::Never;
        for e in elts {
            if let Expr::Starred(s) = e {
                self.unsupported("`*` unpacking in displays", s);
                continue;
            }
            let v = self.lower_expr(e);
            joined = joined.join(v.ty);
            items.push(self.to_dyn(v));
        }
        (items, joined)
    }

    /// Records the element type of a list just built into a temporary.
    /// The bounds of `x[a:b:c]`, in order, `None` where omitted.
    pub(super) fn slice_bounds(&mut self, sl: &'a ast::ExprSlice) -> [Option<Val>; 3] {
        [&sl.lower, &sl.upper, &sl.step].map(|b| b.as_deref().map(|x| self.lower_expr(x)))
    }

    /// Bounds as the words slicing takes.
    pub(super) fn dyn_bounds(&mut self, bounds: [Option<Val>; 3]) -> [Option<Operand>; 3] {
        bounds.map(|b| b.map(|v| self.to_dyn(v)))
    }

    /// `obj[a:b:c]` (the subscript `s`) for the bounds lowered.
    pub(super) fn get_slice(&mut self, s: &ast::ExprSubscript, obj: Val, bounds: [Option<Val>; 3]) -> Val {
        let ty = typing::slice_result(obj.ty);
        // A slice of a list holds the list's elements (`Never`: not known yet).
        let elem = if matches!(ty, Type::List | Type::Never) { self.elem_of(&s.value, &obj) } else { Type::Dyn };
        let obj = self.to_dyn(obj);
        let [start, stop, step] = self.dyn_bounds(bounds);
        self.at_subscript(s);
        let v = self.assign(Rvalue::GetSlice { obj, start, stop, step }, ty);
        self.record_fresh(&v, elem);
        v
    }

    pub(super) fn record_fresh(&mut self, list: &Val, elem: Type) {
        if let Operand::Local(t) = list.op {
            self.fresh_elems.insert(t, elem);
        }
    }

    pub(super) fn load_name(&mut self, name: &str, node: &impl Ranged) -> Val {
        self.at(node.range());
        if let Some((_, op)) = self.type_params.iter().rev().find(|(n, _)| n == name) {
            return Val { op: op.clone(), ty: Type::Dyn };
        }
        // `__class__` in a method: the class it was defined in (CPython's implicit cell).
        if name == "__class__"
            && let Some(class_ref) = self.def.and_then(|d| {
                let info = &self.prog.defs[d];
                info.class_ref.clone().or_else(|| info.outer_class_ref.clone())
            })
            && !matches!(self.resolve(name), NameRef::Local(_) | NameRef::Cell(..))
        {
            return match class_ref {
                super::ClassRef::Global(g) => self.assign(Rvalue::LoadGlobal(g), Type::Dyn),
                super::ClassRef::Cell(cell) => self.load_name(&cell, node),
            };
        }
        if let Some(ns) = self.class_namespace(name) {
            let index = Operand::Const(Constant::Str(name.to_string()));
            let certain = self.class_scope.as_ref().is_some_and(|c| c.assigned.contains(name));
            if certain {
                return self.assign(Rvalue::GetItem { obj: ns, index }, Type::Dyn);
            }
            // Not bound yet (or not on every path): the namespace, else the names outside.
            let cond = self.assign(Rvalue::Contains { container: ns.clone(), item: index.clone() }, Type::Bool).op;
            let (then, otherwise) = (self.new_block(), self.new_block());
            self.terminate(Terminator::Branch { cond, then, otherwise });
            self.switch_to(then);
            let inside = self.assign(Rvalue::GetItem { obj: ns, index }, Type::Dyn);
            let inside_end = self.current();
            self.switch_to(otherwise);
            let outside = self.load_resolved(name, node);
            let outside_end = self.current();
            return self.merge(vec![(inside_end, inside), (outside_end, outside)]);
        }
        self.load_resolved(name, node)
    }

    /// A name's value from the function's scopes, the module or the builtins.
    fn load_resolved(&mut self, name: &str, node: &impl Ranged) -> Val {
        match self.resolve(name) {
            NameRef::Local(l) => {
                self.emit(Statement::CheckBound(l));
                let ty = self.locals[l.index()].ty;
                Val { op: Operand::Local(l), ty }
            }
            NameRef::Cell(cell, free) => {
                let rv = Rvalue::CellGet { cell: Operand::Local(cell), name: name.to_string(), free };
                self.assign(rv, Type::Dyn)
            }
            NameRef::Global(g) => {
                let v = self.assign(Rvalue::LoadGlobal(g), Type::Dyn);
                if !self.is_module_owned(name) {
                    return v;
                }
                // Every value module-level code stored here had (a type below) this type. A
                // float stays boxed: unboxing and boxing again would make a new object, and
                // module variables are where identity shows (`[nan] == [nan]`).
                match self.prog.assumed_var(self.id, name) {
                    Type::Dyn | Type::Float => v,
                    Type::Never => Val { op: v.op, ty: Type::Never },
                    Type::Bool => self.assign(Rvalue::Unbox(v.op), Type::Bool),
                    ty => self.assign(Rvalue::Use(v.op), ty),
                }
            }
            NameRef::Builtin if name == "__name__" => {
                Val::constant(Constant::Str(self.prog.this_module().name.clone()))
            }
            // The module's absolute path, as CPython sets it.
            NameRef::Builtin if name == "__file__" => Val::constant(Constant::Str(self.prog.path.clone())),
            NameRef::Builtin if builtins::is_missing(name) => {
                self.unsupported(&format!("the builtin `{name}`"), node);
                Val::none()
            }
            NameRef::Builtin => self.assign(Rvalue::LoadBuiltin(name.to_string()), Type::Dyn),
        }
    }

    /// Joins values computed on several paths into one: each `(block, value)` is an open
    /// block ending that path.
    fn merge(&mut self, paths: Vec<(BlockId, Val)>) -> Val {
        let ty = paths.iter().fold(Type::Never, |t, (_, v)| t.join(v.ty));
        let result = self.temp(ty);
        let join = self.new_block();
        for (b, v) in paths {
            self.switch_to(b);
            let op = self.coerce(v, ty);
            self.emit(Statement::Assign(result, Rvalue::Use(op)));
            self.goto(join);
        }
        self.switch_to(join);
        Val { op: Operand::Local(result), ty }
    }

    fn lower_unary(&mut self, u: &'a ast::ExprUnaryOp) -> Val {
        let v = self.lower_expr(&u.operand);
        self.at(u.range);
        let op = match u.op {
            ast::UnaryOp::Not => {
                let b = self.truth(v);
                return self.assign(Rvalue::Not(b), Type::Bool);
            }
            ast::UnaryOp::USub => UnaryOp::Neg,
            ast::UnaryOp::UAdd => UnaryOp::Pos,
            ast::UnaryOp::Invert => UnaryOp::Invert,
        };
        match (v.ty, op) {
            (Type::Int, _) => self.assign(Rvalue::Unary(op, v.op), Type::Int),
            (Type::Float, UnaryOp::Neg | UnaryOp::Pos) => self.assign(Rvalue::Unary(op, v.op), Type::Float),
            _ => {
                let x = self.to_dyn(v);
                self.assign(Rvalue::Unary(op, x), Type::Dyn)
            }
        }
    }

    fn lower_bool_op(&mut self, b: &'a ast::ExprBoolOp) -> Val {
        let mut paths = Vec::new();
        let n = b.values.len();
        for (i, e) in b.values.iter().enumerate() {
            let v = self.lower_expr(e);
            if i + 1 == n {
                let end = self.current();
                paths.push((end, v));
                break;
            }
            let cond = self.truth(v.clone());
            let (short, next) = (self.new_block(), self.new_block());
            let (then, otherwise) = match b.op {
                ast::BoolOp::And => (next, short),
                ast::BoolOp::Or => (short, next),
            };
            self.terminate(Terminator::Branch { cond, then, otherwise });
            paths.push((short, v));
            self.switch_to(next);
        }
        self.merge(paths)
    }

    fn compare_one(&mut self, op: ast::CmpOp, a: Val, b: Val) -> Val {
        let cmp = match op {
            ast::CmpOp::Eq => CmpOp::Eq,
            ast::CmpOp::NotEq => CmpOp::Ne,
            ast::CmpOp::Lt => CmpOp::Lt,
            ast::CmpOp::LtE => CmpOp::Le,
            ast::CmpOp::Gt => CmpOp::Gt,
            ast::CmpOp::GtE => CmpOp::Ge,
            ast::CmpOp::Is | ast::CmpOp::IsNot => {
                let (x, y) = (self.to_dyn(a), self.to_dyn(b));
                let r = self.assign(Rvalue::Is(x, y), Type::Bool);
                return if op == ast::CmpOp::IsNot { self.assign(Rvalue::Not(r.op), Type::Bool) } else { r };
            }
            ast::CmpOp::In | ast::CmpOp::NotIn => {
                let (item, container) = (self.to_dyn(a), self.to_dyn(b));
                let r = self.assign(Rvalue::Contains { container, item }, Type::Bool);
                return if op == ast::CmpOp::NotIn { self.assign(Rvalue::Not(r.op), Type::Bool) } else { r };
            }
        };
        match (a.ty, b.ty) {
            (Type::Int, Type::Int) | (Type::Float, Type::Float) => {
                self.assign(Rvalue::Compare(cmp, a.op, b.op), Type::Bool)
            }
            (ta, tb) => {
                let ty = if typing::compare_is_bool(ta, tb) { Type::Bool } else { Type::Dyn };
                let (x, y) = (self.to_dyn(a), self.to_dyn(b));
                self.assign(Rvalue::Compare(cmp, x, y), ty)
            }
        }
    }

    fn lower_compare(&mut self, c: &'a ast::ExprCompare) -> Val {
        let mut left = self.lower_expr(&c.left);
        let n = c.ops.len();
        let mut paths = Vec::new();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            let last_in = i + 1 == n && matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn);
            let r = if last_in { self.lower_iterable(right) } else { self.lower_expr(right) };
            self.at(c.range);
            let result = self.compare_one(*op, left, r.clone());
            if i + 1 == n {
                if paths.is_empty() {
                    return result;
                }
                let end = self.current();
                paths.push((end, result));
                break;
            }
            let cond = self.truth(result.clone());
            let (next, short) = (self.new_block(), self.new_block());
            self.terminate(Terminator::Branch { cond, then: next, otherwise: short });
            paths.push((short, result));
            self.switch_to(next);
            left = r;
        }
        self.merge(paths)
    }

    fn lower_call(&mut self, c: &'a ast::ExprCall) -> Val {
        let args = &c.arguments;
        if args.args.iter().any(|a| matches!(a, Expr::Starred(_))) || args.keywords.iter().any(|k| k.arg.is_none()) {
            return self.call_with_star(c);
        }
        let kwnames: Vec<String> =
            args.keywords.iter().map(|k| k.arg.as_ref().map_or("", |a| a.as_str()).to_string()).collect();
        // Method calls: obj.name(args).
        if let Expr::Attribute(a) = &*c.func {
            self.check_module_attribute(a);
            if let Some(func) = self.math_unary(a, args) {
                // `math` is still read (a `NameError` before its import), then the function
                // runs on the unboxed float.
                self.lower_expr(&a.value);
                let x = self.lower_expr(&args.args[0]);
                self.at(c.range());
                let x = match x.ty {
                    Type::Float => x.op,
                    Type::Int => self.assign(Rvalue::IntToFloat(x.op), Type::Float).op,
                    _ => {
                        let v = self.to_dyn(x);
                        self.assign(Rvalue::AsFloat(v), Type::Float).op
                    }
                };
                return self.assign(Rvalue::MathUnary(func, x), Type::Float);
            }
            let recv = self.lower_expr(&a.value);
            let recv_ty = recv.ty;
            let obj = self.to_dyn(recv);
            let name = a.attr.as_str().to_string();
            let mut vals = self.lower_arg_vals(args);
            let private = self.private_list(&a.value);
            if let Some(list) = &private {
                self.list_method_stores(list, &name, args, &vals);
            }
            if recv_ty == Type::List && name == "append" && vals.len() == 1 && kwnames.is_empty() {
                // A float is appended unboxed: rt keeps a list of only floats unboxed.
                let v = vals.remove(0);
                let value = if private.is_some() || v.ty == Type::Float { v.op } else { self.to_dyn(v) };
                self.at(c.range());
                self.emit(Statement::ListAppend { list: obj, value });
                return Val::none();
            }
            self.at(a.range);
            let attr_span = self.span;
            self.at(c.range());
            if matches!(recv_ty, Type::Dyn | Type::Never) {
                let recv = Val { op: obj.clone(), ty: Type::Dyn };
                if let Some(v) = self.call_sealed_method(&recv, &name, &vals, &kwnames, attr_span) {
                    return v;
                }
            }
            let ops = vals.into_iter().map(|v| self.to_dyn(v)).collect();
            let ty = match &private {
                Some(list) if name == "pop" => self.list_elem(list),
                _ => typing::method_result(recv_ty, &name),
            };
            return self.typed_result(Rvalue::CallMethod { obj, name, args: ops, kwnames, attr_span }, ty);
        }
        if let Expr::Name(n) = &*c.func {
            let name = n.id.as_str();
            match self.resolve(name) {
                NameRef::Builtin if name == "vars" && args.args.is_empty() && args.keywords.is_empty() => {
                    return self.unsupported_expr("`vars()` without an argument (the local variables)", c);
                }
                NameRef::Builtin if builtins::is_function(name) || builtins::is_type(name) => {
                    return self.call_builtin(name, args, kwnames, c);
                }
                NameRef::Global(_) => {
                    if let Some(&def) = self.prog.def_by_name.get(name) {
                        return self.call_def(def, args, c, n);
                    }
                    if let Some(class) = self.prog.classes.by_global_name(name)
                        && self.class_namespace(name).is_none()
                    {
                        let cls = self.load_name(name, n);
                        let vals = self.lower_arg_vals(args);
                        self.at(c.range());
                        if let Some(v) = self.construct_sealed(class, cls.clone(), &vals, &kwnames) {
                            return v;
                        }
                        let callee = self.to_dyn(cls);
                        let ops = vals.into_iter().map(|v| self.to_dyn(v)).collect();
                        return self
                            .assign(Rvalue::Call { callee: Callee::Value(callee), args: ops, kwnames }, Type::Dyn);
                    }
                }
                _ => {}
            }
        }
        let f = self.lower_expr(&c.func);
        let callee = self.to_dyn(f);
        let ops = self.lower_args(args);
        self.at(c.range());
        self.assign(Rvalue::Call { callee: Callee::Value(callee), args: ops, kwnames }, Type::Dyn)
    }

    /// A call with `*iterable` arguments: the positional arguments are collected into a list
    /// at run time and the call goes through the callee object.
    fn call_with_star(&mut self, c: &'a ast::ExprCall) -> Val {
        // A method is called through its bound-method value.
        let f = self.lower_expr(&c.func);
        let callee = self.to_dyn(f);
        let list = self.assign(Rvalue::BuildList(Vec::new()), Type::List);
        for a in &c.arguments.args {
            let (value, method) = match a {
                Expr::Starred(s) => (&*s.value, "extend"),
                other => (other, "append"),
            };
            let v = self.lower_expr(value);
            let v = self.to_dyn(v);
            self.at(value.range());
            if method == "extend" {
                // `*iterable`, with CPython's message for what is not iterable.
                let args = vec![list.op.clone(), callee.clone(), v];
                self.emit(Statement::Eval(Rvalue::Call {
                    callee: Callee::Builtin("_star_arg".into()),
                    args,
                    kwnames: Vec::new(),
                }));
                continue;
            }
            let attr_span = self.span;
            self.emit(Statement::Eval(Rvalue::CallMethod {
                obj: list.op.clone(),
                name: method.into(),
                args: vec![v],
                kwnames: Vec::new(),
                attr_span,
            }));
        }
        if c.arguments.keywords.iter().any(|k| k.arg.is_none()) {
            // `**mapping`: the keyword arguments are collected into a dict at run time.
            let kw = self.assign(Rvalue::BuildDict(Vec::new()), Type::Dict);
            for k in &c.arguments.keywords {
                let v = self.lower_expr(&k.value);
                let v = self.to_dyn(v);
                self.at(k.range);
                let (name, args) = match &k.arg {
                    Some(a) => (
                        "_kw_item",
                        vec![kw.op.clone(), callee.clone(), Operand::Const(Constant::Str(a.to_string())), v],
                    ),
                    None => ("_kw_merge", vec![kw.op.clone(), callee.clone(), v]),
                };
                self.emit(Statement::Eval(Rvalue::Call {
                    callee: Callee::Builtin(name.into()),
                    args,
                    kwnames: Vec::new(),
                }));
            }
            self.at(c.range());
            let args = vec![callee, list.op, kw.op];
            return self.assign(
                Rvalue::Call { callee: Callee::Builtin("_call_kw".into()), args, kwnames: Vec::new() },
                Type::Dyn,
            );
        }
        let mut kwnames = Vec::new();
        let mut kwvalues = Vec::new();
        for k in &c.arguments.keywords {
            let v = self.lower_expr(&k.value);
            kwvalues.push(self.to_dyn(v));
            kwnames.push(k.arg.as_ref().map_or("", |a| a.as_str()).to_string());
        }
        self.at(c.range());
        self.assign(Rvalue::CallStar { callee, args: list.op, kwnames, kwvalues }, Type::Dyn)
    }

    /// Positional then keyword argument values, in source order, as `Dyn` operands.
    fn lower_args(&mut self, args: &'a ast::Arguments) -> Vec<Operand> {
        let vals = self.lower_arg_vals(args);
        vals.into_iter().map(|v| self.to_dyn(v)).collect()
    }

    /// Positional then keyword argument values, in source order.
    fn lower_arg_vals(&mut self, args: &'a ast::Arguments) -> Vec<Val> {
        args.args.iter().chain(args.keywords.iter().map(|k| &k.value)).map(|a| self.lower_expr(a)).collect()
    }

    /// Widens a private list's element type by what `list.name(args)` stores in it.
    fn list_method_stores(&mut self, list: &str, name: &str, args: &'a ast::Arguments, vals: &[Val]) {
        let stored = match (name, vals) {
            ("append", [v]) => v.ty,
            ("insert", [_, v]) => v.ty,
            ("extend", [v]) => self.elem_of(&args.args[0], v),
            // Anything else that could store (a wrong call raises before storing).
            ("append" | "insert" | "extend", _) => Type::Dyn,
            _ => return,
        };
        self.prog.widen_elem(self.id, list, stored);
    }

    /// A call whose rt result is a `Value`; unboxed result types are unboxed after it.
    /// `math.f(x)` of one of `typing::MATH_UNARY` on the `math` module (a name only ever
    /// bound by `import math`), with one positional argument: the function's index.
    fn math_unary(&self, a: &ast::ExprAttribute, args: &ast::Arguments) -> Option<u32> {
        let Expr::Name(n) = &*a.value else { return None };
        let alias = n.id.as_str();
        if args.args.len() != 1
            || !args.keywords.is_empty()
            || self.class_namespace(alias).is_some()
            || !matches!(self.resolve(alias), NameRef::Global(_))
            || self.prog.module_aliases.get(alias).map(String::as_str) != Some("math")
        {
            return None;
        }
        typing::MATH_UNARY.iter().position(|f| *f == a.attr.as_str()).map(|i| i as u32)
    }

    /// Whether `e` calls the builtin `range`.
    pub(super) fn is_range_call(&self, e: &Expr) -> bool {
        matches!(e, Expr::Call(c) if matches!(&*c.func, Expr::Name(n) if n.id.as_str() == "range")
            && self.class_namespace("range").is_none()
            && matches!(self.resolve("range"), NameRef::Builtin))
    }

    fn typed_result(&mut self, rv: Rvalue, ty: Type) -> Val {
        if ty.is_value_word() {
            self.assign(rv, ty)
        } else {
            let boxed = self.assign(rv, Type::Dyn);
            self.assign(Rvalue::Unbox(boxed.op), ty)
        }
    }

    fn call_builtin(
        &mut self,
        name: &str,
        args: &'a ast::Arguments,
        kwnames: Vec<String>,
        call: &ast::ExprCall,
    ) -> Val {
        // `bool(x)` is a truth test.
        if name == "bool" && args.args.len() == 1 && kwnames.is_empty() {
            let v = self.lower_expr(&args.args[0]);
            let b = self.truth(v);
            return Val { op: b, ty: Type::Bool };
        }
        let nargs = args.args.len();
        // `super()` in a method is `super(Class, first_parameter)`, as CPython's `__class__`
        // cell makes it.
        if name == "super"
            && nargs == 0
            && kwnames.is_empty()
            && let Some(d) = self.def
            && self.prog.defs[d].class_ref.is_some()
            && let Some(first) = self.prog.defs[d].params.first().cloned()
        {
            self.at(call.range());
            let cls = self.load_name("__class__", call).op;
            let obj = self.load_name(&first, call);
            let obj = self.to_dyn(obj);
            self.at(call.range());
            let callee = Callee::Builtin("super".into());
            return self.assign(Rvalue::Call { callee, args: vec![cls, obj], kwnames }, Type::Dyn);
        }
        if name == "len" && nargs == 1 && kwnames.is_empty() {
            let v = self.lower_expr(&args.args[0]);
            if v.ty == Type::List {
                return self.assign(Rvalue::ListLen(v.op), Type::Int);
            }
            let arg = self.to_dyn(v);
            self.at(call.range());
            return self.assign(
                Rvalue::Call { callee: Callee::Builtin(name.to_string()), args: vec![arg], kwnames },
                Type::Int,
            );
        }
        if name == "list" && nargs == 1 && kwnames.is_empty() && !matches!(&args.args[0], Expr::Starred(_)) {
            // A new list of the elements of a range, a list or a string.
            let arg = &args.args[0];
            let v = self.lower_expr(arg);
            let elem = match v.ty {
                _ if self.is_range_call(arg) => Type::Int,
                Type::List => self.elem_of(arg, &v),
                Type::Str => Type::Str,
                _ => Type::Dyn,
            };
            let arg = self.to_dyn(v);
            self.at(call.range());
            let callee = Callee::Builtin(name.to_string());
            let list = self.assign(Rvalue::Call { callee, args: vec![arg], kwnames }, Type::List);
            self.record_fresh(&list, elem);
            return list;
        }
        let ops = self.lower_args(args);
        self.at(call.range());
        let ty = typing::builtin_result(name, nargs);
        self.typed_result(Rvalue::Call { callee: Callee::Builtin(name.to_string()), args: ops, kwnames }, ty)
    }

    /// A call of a module-level `def` by name: bound at compile time and sent to the
    /// specialisation for the argument types, or through the function object when the
    /// arguments do not bind (Python then raises the `TypeError`).
    fn call_def(&mut self, def: usize, args: &'a ast::Arguments, call: &ast::ExprCall, func: &ast::ExprName) -> Val {
        let kwnames = super::methods::keyword_names(args);
        let slots = self.bind_arguments(def, args.args.len(), &kwnames);
        let Some(global) = self.prog.defs[def].global else { return Val::none() };
        let Some(slots) = slots else {
            self.at(func.range);
            let f = self.assign(Rvalue::LoadGlobal(global), Type::Dyn);
            let ops = self.lower_args(args);
            self.at(call.range());
            return self.assign(Rvalue::Call { callee: Callee::Value(f.op), args: ops, kwnames }, Type::Dyn);
        };
        // The function must exist by now (NameError otherwise), unless this is recursion.
        if self.def != Some(def) {
            self.at(func.range);
            self.emit(Statement::Eval(Rvalue::LoadGlobal(global)));
        }
        let values = self.lower_arg_vals(args);
        self.at(call.range());
        self.call_bound(def, &values, &slots)
    }

    fn lower_fstring(&mut self, f: &'a ast::ExprFString) -> Val {
        let mut pieces: Vec<Operand> = Vec::new();
        for part in &f.value {
            match part {
                ast::FStringPart::Literal(lit) => pieces.push(Operand::Const(Constant::Str(lit.value.to_string()))),
                ast::FStringPart::FString(fs) => self.lower_fstring_elements(&fs.elements, &mut pieces),
            }
        }
        if pieces.len() == 1
            && let Operand::Const(Constant::Str(_)) = pieces[0]
        {
            return Val { op: pieces.pop().unwrap_or(Operand::Const(Constant::None)), ty: Type::Str };
        }
        self.assign(Rvalue::BuildString(pieces), Type::Str)
    }

    fn lower_fstring_elements(&mut self, elements: &'a ast::InterpolatedStringElements, pieces: &mut Vec<Operand>) {
        for el in elements {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    pieces.push(Operand::Const(Constant::Str(l.value.to_string())));
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    if let Some(debug) = &i.debug_text {
                        pieces.push(Operand::Const(Constant::Str(debug.as_str().to_string())));
                    }
                    let v = self.lower_expr(&i.expression);
                    let value = self.to_dyn(v);
                    let spec = match &i.format_spec {
                        Some(spec) => {
                            let mut parts = Vec::new();
                            self.lower_fstring_elements(&spec.elements, &mut parts);
                            Some(match parts.len() {
                                0 => Operand::Const(Constant::Str(String::new())),
                                1 if matches!(parts[0], Operand::Const(Constant::Str(_))) => parts.remove(0),
                                _ => self.assign(Rvalue::BuildString(parts), Type::Str).op,
                            })
                        }
                        None => None,
                    };
                    let conversion = match i.conversion {
                        ast::ConversionFlag::None if i.debug_text.is_some() && spec.is_none() => Conversion::Repr,
                        ast::ConversionFlag::None => Conversion::None,
                        ast::ConversionFlag::Str => Conversion::Str,
                        ast::ConversionFlag::Repr => Conversion::Repr,
                        ast::ConversionFlag::Ascii => Conversion::Ascii,
                    };
                    // CPython reports a failed format at the whole replacement field, braces included.
                    self.at(i.range);
                    let s = self.assign(Rvalue::Format { value, conversion, spec }, Type::Str);
                    pieces.push(s.op);
                }
            }
        }
    }

    /// Lowers the `for`/`if` clauses of a comprehension around `body`, which runs once per
    /// item (PEP 709: inline, with the iteration variables in their own scope).
    pub(super) fn comprehension(&mut self, generators: &'a [ast::Comprehension], body: &mut dyn FnMut(&mut Self)) {
        // Variables shared with nested functions get one cell for the whole comprehension
        // (the functions see its last value, as in CPython).
        let mut cells = std::collections::HashMap::new();
        for g in generators {
            let mut names = std::collections::BTreeSet::new();
            collect_target_names(&g.target, &mut names);
            let shared: Vec<String> = names.into_iter().filter(|n| self.comprehension_cell(n)).collect();
            for n in shared {
                let cell = self.assign(Rvalue::NewCell, Type::Dyn);
                let Operand::Local(l) = cell.op else { unreachable!("assign makes a local") };
                cells.insert(n, l);
            }
        }
        self.comp_scopes.push(std::collections::HashMap::new());
        let mut exits = Vec::new();
        for g in generators {
            if g.is_async {
                self.unsupported("async comprehensions", g);
            }
            // The first iterable is evaluated outside the comprehension scope (for a generator
            // expression, by the code creating it).
            let source = if exits.is_empty() { self.genexp_source.take() } else { None };
            let iterable = if let Some(src) = source {
                src
            } else if exits.is_empty() {
                let saved = self.comp_scopes.pop();
                let v = self.lower_loop_iterable(&g.iter);
                self.comp_scopes.extend(saved);
                v
            } else {
                self.lower_loop_iterable(&g.iter)
            };
            let item_ty = match self.private_list(&g.iter) {
                Some(list) => self.list_elem(&list),
                None => typing::iter_item(iterable.ty),
            };
            let (header, next, done) = (self.new_block(), self.new_block(), self.new_block());
            let item = if matches!(iterable.ty, Type::List | Type::Never) {
                self.list_steps(iterable, item_ty, [header, next, done], g.iter.range())
            } else {
                let obj = self.to_dyn(iterable);
                self.at(g.iter.range());
                let it = self.temp(Type::Dyn);
                self.emit(Statement::Assign(it, Rvalue::Iter(obj)));
                self.goto(header);
                self.switch_to(header);
                let item = self.temp(Type::Dyn);
                self.at(g.iter.range());
                self.terminate(Terminator::IterNext { iter: it, target: item, body: next, exit: done });
                self.switch_to(next);
                self.known_element(Operand::Local(item), item_ty)
            };
            let mut names = std::collections::BTreeSet::new();
            collect_target_names(&g.target, &mut names);
            for n in names {
                let r = match cells.get(&n) {
                    Some(&cell) => NameRef::Cell(cell, false),
                    None => NameRef::Local(self.new_local(Some(n.clone()), Type::Never)),
                };
                if let Some(scope) = self.comp_scopes.last_mut() {
                    scope.insert(n, r);
                }
            }
            self.assign_target(&g.target, item);
            for cond in &g.ifs {
                let c = self.lower_expr(cond);
                let c = self.truth(c);
                let keep = self.new_block();
                self.terminate(Terminator::Branch { cond: c, then: keep, otherwise: header });
                self.switch_to(keep);
            }
            exits.push((header, done));
        }
        body(self);
        for (header, done) in exits.into_iter().rev() {
            self.goto(header);
            self.switch_to(done);
        }
        self.comp_scopes.pop();
    }

    fn lower_list_comp(&mut self, c: &'a ast::ExprListComp) -> Val {
        let result = self.assign(Rvalue::BuildList(Vec::new()), Type::List);
        let list = result.op.clone();
        let elt = &c.elt;
        let mut elem = Type::Never;
        self.comprehension(&c.generators, &mut |this: &mut Self| {
            let v = this.lower_expr(elt);
            elem = elem.join(v.ty);
            let value = this.to_dyn(v);
            this.emit(Statement::ListAppend { list: list.clone(), value });
        });
        self.record_fresh(&result, elem);
        result
    }

    /// An expression only iterated over or searched (`for` and comprehension iterables, the
    /// right operand of `in`): CPython makes a set display of constants there a frozenset
    /// constant.
    pub(super) fn lower_iterable(&mut self, e: &'a Expr) -> Val {
        match e {
            Expr::Set(s) => self.lower_set_display(s, true),
            _ => self.lower_expr(e),
        }
    }

    /// An expression a loop iterates over (`for`, comprehensions): as `lower_iterable`, but
    /// `s.split()` gives the words one at a time when `s` is a str (rt's `_split_words`),
    /// the list of them never being seen.
    pub(super) fn lower_loop_iterable(&mut self, e: &'a Expr) -> Val {
        if let Expr::Call(c) = e
            && let Expr::Attribute(a) = &*c.func
            && a.attr.as_str() == "split"
            && c.arguments.args.is_empty()
            && c.arguments.keywords.is_empty()
        {
            self.check_module_attribute(a);
            let obj = self.lower_expr(&a.value);
            let obj = self.to_dyn(obj);
            self.at(c.range());
            let callee = Callee::Builtin("_split_words".into());
            return self.assign(Rvalue::Call { callee, args: vec![obj], kwnames: Vec::new() }, Type::Dyn);
        }
        self.lower_iterable(e)
    }

    /// `[a, *b, c]` (and a tuple display with `*`, built as a list first): a list of the
    /// leading plain items, then each starred item's items and each later plain item appended,
    /// left to right as CPython evaluates them.
    fn lower_unpacking_list(&mut self, elts: &'a [Expr], range: TextRange) -> Val {
        let plain = elts.iter().take_while(|e| !matches!(e, Expr::Starred(_))).count();
        let items = self.lower_items(&elts[..plain]);
        self.at(range);
        let list = self.assign(Rvalue::BuildList(items), Type::List);
        self.record_fresh(&list, Type::Dyn);
        for e in &elts[plain..] {
            match e {
                Expr::Starred(st) => {
                    let v = self.lower_expr(&st.value);
                    let v = self.to_dyn(v);
                    self.at(st.range);
                    let callee = Callee::Builtin("_list_extend".into());
                    let args = vec![list.op.clone(), v];
                    self.emit(Statement::Eval(Rvalue::Call { callee, args, kwnames: Vec::new() }));
                }
                _ => {
                    let v = self.lower_expr(e);
                    let value = self.to_dyn(v);
                    self.emit(Statement::ListAppend { list: list.op.clone(), value });
                }
            }
        }
        list
    }

    /// `{a, *b, c}`: a set of the leading plain items, then `update` for each starred item and
    /// `add` for each later plain one, in CPython's order.
    fn lower_set_display(&mut self, s: &'a ast::ExprSet, iterated: bool) -> Val {
        let plain = s.elts.iter().take_while(|e| !matches!(e, Expr::Starred(_))).count();
        let items = self.lower_items(&s.elts[..plain]);
        let constant = plain == s.elts.len() && s.elts.iter().all(is_constant);
        let origin = match (constant, iterated) {
            (true, true) => SetOrigin::Constant,
            (true, false) if plain > 2 => SetOrigin::ConstantDisplay,
            _ => SetOrigin::Display,
        };
        self.at(s.range);
        let set = self.assign(Rvalue::BuildSet { items, origin }, Type::Set);
        for e in &s.elts[plain..] {
            let (name, item) = match e {
                Expr::Starred(st) => ("update", &*st.value),
                _ => ("add", e),
            };
            let v = self.lower_expr(item);
            let v = self.to_dyn(v);
            self.at(s.range);
            self.emit(Statement::Eval(Rvalue::CallMethod {
                obj: set.op.clone(),
                name: name.into(),
                args: vec![v],
                kwnames: Vec::new(),
                attr_span: self.span,
            }));
        }
        set
    }

    fn lower_set_comp(&mut self, c: &'a ast::ExprSetComp) -> Val {
        let result = self.assign(Rvalue::BuildSet { items: Vec::new(), origin: SetOrigin::Display }, Type::Set);
        let set = result.op.clone();
        let elt = &c.elt;
        self.comprehension(&c.generators, &mut |this: &mut Self| {
            let v = this.lower_expr(elt);
            let v = this.to_dyn(v);
            this.emit(Statement::Eval(Rvalue::CallMethod {
                obj: set.clone(),
                name: "add".into(),
                args: vec![v],
                kwnames: Vec::new(),
                attr_span: this.span,
            }));
        });
        result
    }

    fn lower_dict_comp(&mut self, c: &'a ast::ExprDictComp) -> Val {
        let Some(key) = c.key.as_deref() else {
            return self.unsupported_expr("`**` in dict comprehensions", c);
        };
        let result = self.assign(Rvalue::BuildDict(Vec::new()), Type::Dict);
        let dict = result.op.clone();
        let value = &c.value;
        self.comprehension(&c.generators, &mut |this: &mut Self| {
            let k = this.lower_expr(key);
            let k = this.to_dyn(k);
            let v = this.lower_expr(value);
            let v = this.to_dyn(v);
            this.emit(Statement::SetItem { obj: dict.clone(), index: k, value: v });
        });
        result
    }
}

/// Whether CPython's compiler sees `e` as a constant after its AST optimisation (literals,
/// and operators and tuples folded from them), which decides how a set display is built.
fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::UnaryOp(u) => is_constant(&u.operand),
        Expr::BinOp(b) => is_constant(&b.left) && is_constant(&b.right),
        Expr::Tuple(t) => t.elts.iter().all(is_constant),
        _ => false,
    }
}

fn collect_target_names(t: &Expr, out: &mut std::collections::BTreeSet<String>) {
    match t {
        Expr::Name(n) => {
            out.insert(n.id.to_string());
        }
        Expr::Tuple(t) => t.elts.iter().for_each(|e| collect_target_names(e, out)),
        Expr::List(l) => l.elts.iter().for_each(|e| collect_target_names(e, out)),
        Expr::Starred(s) => collect_target_names(&s.value, out),
        _ => {}
    }
}
