//! The MIR verifier: structural and type invariants, checked after lowering and after every
//! pass in debug builds and tests. A failure is a compiler bug, reported with the MIR text.

use super::syntax::{
    BinOp, BlockId, Callee, ClassId, Field, FuncKind, Function, LocalId, Operand, Program, Rvalue, Statement,
    Terminator,
};
use super::types::Type;

pub struct VerifyError {
    pub func: String,
    pub message: String,
}

struct Ctx<'a> {
    prog: &'a Program,
    func: &'a Function,
    errors: Vec<String>,
}

impl Ctx<'_> {
    fn err(&mut self, msg: String) {
        self.errors.push(msg);
    }

    fn local(&mut self, l: LocalId) -> Type {
        match self.func.locals.get(l.index()) {
            Some(d) => d.ty,
            None => {
                self.err(format!("{l} out of range"));
                Type::Dyn
            }
        }
    }

    fn operand(&mut self, op: &Operand) -> Type {
        match op {
            Operand::Local(l) => self.local(*l),
            Operand::Const(c) => c.ty(),
        }
    }

    fn block(&mut self, b: BlockId) {
        if b.index() >= self.func.blocks.len() {
            self.err(format!("{b} out of range"));
        }
    }

    fn word(&mut self, op: &Operand, what: &str) {
        let t = self.operand(op);
        if !t.is_value_word() {
            self.err(format!("{what} {op} must be a Value word, is {t}"));
        }
    }

    fn list_operand(&mut self, list: &Operand) {
        if self.operand(list) != Type::List {
            self.err(format!("list operation on non-list {list}"));
        }
    }

    /// The operands of a list operation: a `list` and an `int` (or `bool`) index.
    fn list_and_index(&mut self, list: &Operand, index: &Operand) {
        self.list_operand(list);
        if !matches!(self.operand(index), Type::Int | Type::Bool) {
            self.err(format!("list index {index} is not an int"));
        }
    }

    fn rvalue(&mut self, rv: &Rvalue, dest: Option<Type>) {
        match rv {
            Rvalue::Use(op) => {
                let t = self.operand(op);
                // Between `Value` word types a use is a reinterpretation that lowering vouches
                // for (an item of a `str` is a `str`).
                if let Some(d) = dest
                    && d != t
                    && !(d.is_value_word() && t.is_value_word())
                {
                    self.err(format!("use of {t} into {d}"));
                }
            }
            Rvalue::Box(op) => {
                self.operand(op);
            }
            Rvalue::Unbox(op) => {
                self.word(op, "unboxed operand");
                if !matches!(dest, Some(Type::Float | Type::Bool)) {
                    self.err(format!("unbox into {dest:?}"));
                }
            }
            Rvalue::IntToFloat(op) => {
                if self.operand(op) != Type::Int {
                    self.err(format!("int_to_float of non-int {op}"));
                }
            }
            Rvalue::IsExact(ty, _) if matches!(ty, Type::Never | Type::None | Type::Dyn) => {
                self.err(format!("exact type test for {ty}"));
            }
            Rvalue::IsSmallInt(op) | Rvalue::IsExact(_, op) => {
                if self.operand(op) != Type::Dyn || dest.is_some_and(|d| d != Type::Bool) {
                    self.err(format!("type test of {op} into {dest:?}"));
                }
            }
            Rvalue::AsFloat(op) => {
                self.word(op, "as_float operand");
                if dest.is_some_and(|d| d != Type::Float) {
                    self.err(format!("as_float into {dest:?}"));
                }
            }
            Rvalue::MathUnary(func, op) => {
                if self.operand(op) != Type::Float || dest.is_some_and(|d| d != Type::Float) {
                    self.err(format!("math function of {op} into {dest:?}"));
                }
                if *func as usize >= crate::typing::MATH_UNARY.len() {
                    self.err(format!("math function {func}"));
                }
            }
            Rvalue::Binary(op, a, b) => {
                let (ta, tb) = (self.operand(a), self.operand(b));
                let typed_ok = match (ta, tb) {
                    (Type::Int, Type::Int) => match dest {
                        Some(Type::Float) => *op == BinOp::TrueDiv,
                        _ => true,
                    },
                    (Type::Float, Type::Float) => dest != Some(Type::Int),
                    (x, y) => x.is_value_word() && y.is_value_word(),
                };
                if !typed_ok {
                    self.err(format!("binary {op:?} on {ta}, {tb} into {dest:?}"));
                }
            }
            Rvalue::InPlace(_, a, b) => {
                self.word(a, "in-place operand");
                self.word(b, "in-place operand");
            }
            Rvalue::Unary(_, a) => {
                self.operand(a);
            }
            Rvalue::Compare(_, a, b) => {
                let (ta, tb) = (self.operand(a), self.operand(b));
                let numeric = matches!((ta, tb), (Type::Int, Type::Int) | (Type::Float, Type::Float));
                if !numeric && !(ta.is_value_word() && tb.is_value_word()) {
                    self.err(format!("compare of {ta} and {tb}"));
                }
            }
            Rvalue::Is(a, b) => {
                self.word(a, "is operand");
                self.word(b, "is operand");
            }
            Rvalue::Contains { container, item } => {
                self.word(container, "container");
                self.word(item, "item");
            }
            Rvalue::Truth(op) => {
                self.operand(op);
            }
            Rvalue::Not(op) => {
                if self.operand(op) != Type::Bool {
                    self.err(format!("not of non-bool {op}"));
                }
            }
            Rvalue::LoadGlobal(g) => {
                if g.index() >= self.prog.globals.len() {
                    self.err(format!("{g} out of range"));
                }
            }
            Rvalue::Call { callee, args, kwnames } => {
                match callee {
                    Callee::Direct(f) => match self.prog.funcs.get(f.index()) {
                        Some(target) => {
                            if args.len() != target.param_names.len() || !kwnames.is_empty() {
                                self.err(format!("direct call to {f} with {} args", args.len()));
                            }
                            for (i, a) in args.iter().enumerate() {
                                let (ta, tp) = (self.operand(a), target.locals.get(i).map_or(Type::Dyn, |l| l.ty));
                                if ta != tp && !(tp == Type::Dyn && ta.is_value_word()) {
                                    self.err(format!("argument {i} of {f}: {ta} for {tp}"));
                                }
                            }
                            if let Some(d) = dest
                                && d != target.ret
                                && !(d == Type::Dyn && target.ret.is_value_word())
                            {
                                self.err(format!("result of {f} is {}, stored as {d}", target.ret));
                            }
                        }
                        None => self.err(format!("{f} out of range")),
                    },
                    Callee::Value(op) => self.word(op, "callee"),
                    Callee::Builtin(_) => {}
                }
                if !matches!(callee, Callee::Direct(_)) {
                    for a in args {
                        self.word(a, "argument");
                    }
                }
            }
            Rvalue::CallStar { callee, args, kwvalues, .. } => {
                self.word(callee, "callee");
                self.word(args, "argument list");
                for a in kwvalues {
                    self.word(a, "argument");
                }
            }
            Rvalue::CallMethod { obj, args, .. } => {
                self.word(obj, "receiver");
                for a in args {
                    self.word(a, "argument");
                }
            }
            Rvalue::GetAttr { obj, fields, .. } => {
                self.word(obj, "object");
                self.fields(fields);
            }
            Rvalue::Iter(obj) => self.word(obj, "object"),
            Rvalue::ClassSealed(class) => {
                self.class(*class);
                if dest.is_some_and(|d| d != Type::Bool) {
                    self.err(format!("class_sealed into {dest:?}"));
                }
            }
            Rvalue::NewInstance(cls) => self.word(cls, "class"),
            Rvalue::IsNumber(op) | Rvalue::IsNotImplemented(op) => {
                self.word(op, "tested value");
                if dest.is_some_and(|d| d != Type::Bool) {
                    self.err(format!("type test of {op} into {dest:?}"));
                }
            }
            Rvalue::GetItem { obj, index } => {
                self.word(obj, "object");
                self.word(index, "index");
            }
            Rvalue::ListItem { list, index } => self.list_and_index(list, index),
            Rvalue::ListLen(list) => self.list_operand(list),
            Rvalue::GetSlice { obj, start, stop, step } => {
                self.word(obj, "object");
                for b in [start, stop, step].into_iter().flatten() {
                    self.word(b, "slice bound");
                }
            }
            Rvalue::BuildSlice { start, stop, step } => {
                for b in [start, stop, step].into_iter().flatten() {
                    self.word(b, "slice bound");
                }
            }
            Rvalue::BuildList(items)
            | Rvalue::BuildTuple(items)
            | Rvalue::BuildString(items)
            | Rvalue::BuildSet { items, .. } => {
                for i in items {
                    self.word(i, "item");
                }
            }
            Rvalue::BuildDict(pairs) => {
                for (k, v) in pairs {
                    self.word(k, "key");
                    self.word(v, "value");
                }
            }
            Rvalue::Format { value, spec, .. } => {
                self.word(value, "formatted value");
                if let Some(s) = spec {
                    self.word(s, "format spec");
                }
            }
            Rvalue::MakeFunction { func, defaults, closure } => {
                match self.prog.funcs.get(func.index()) {
                    Some(f) if f.freevars.len() != closure.len() => self.err(format!(
                        "{func} has {} free variables, given {} cells",
                        f.freevars.len(),
                        closure.len()
                    )),
                    Some(_) => {}
                    None => self.err(format!("{func} out of range")),
                }
                for d in defaults.iter().chain(closure) {
                    self.word(d, "default or cell");
                }
            }
            Rvalue::NewCell => {}
            Rvalue::ClosureCell(i) => {
                if *i as usize >= self.func.freevars.len() {
                    self.err(format!("closure cell {i} out of range"));
                }
            }
            Rvalue::CellGet { cell, .. } => self.word(cell, "cell"),
            Rvalue::LoadBuiltin(_) | Rvalue::Import(_) | Rvalue::BeginHandler => {}
            Rvalue::ImportModule(m) => self.module_index(*m),
            Rvalue::ImportFrom { module, submodule, .. } => {
                self.word(module, "module");
                if let Some(m) = submodule {
                    self.module_index(*m);
                }
            }
            Rvalue::Resume { .. } => {
                if !self.func.generator {
                    self.err("resume outside a generator".to_string());
                }
            }
            Rvalue::ExcMatches { exc, cls } => {
                self.word(exc, "exception");
                self.word(cls, "class");
            }
        }
    }
}

impl Ctx<'_> {
    fn module_index(&mut self, m: u32) {
        if m as usize >= self.prog.modules.len() {
            self.err(format!("module {m} out of range"));
        }
    }

    fn class(&mut self, c: ClassId) {
        if c.index() >= self.prog.classes.len() {
            self.err(format!("{c} out of range"));
        }
    }

    /// The sealed classes' fields of an attribute site: each index among its class's keys.
    fn fields(&mut self, fields: &[Field]) {
        for f in fields {
            match self.prog.classes.get(f.class.index()) {
                Some(c) if (f.index as usize) < c.keys.len() => {}
                _ => self.err(format!("field {}:{} out of range", f.class, f.index)),
            }
        }
    }
}

/// Checks one function; returns the problems found.
fn verify_function(prog: &Program, func: &Function) -> Vec<String> {
    let mut cx = Ctx { prog, func, errors: Vec::new() };
    for (i, l) in func.locals.iter().enumerate() {
        if l.ty == Type::Never {
            cx.err(format!("_{i} has type never"));
        }
    }
    if !func.freevars.is_empty() && func.locals.get(func.param_names.len()).is_none_or(|l| l.ty != Type::Dyn) {
        cx.err("the closure parameter is not a dyn local".to_string());
    }
    for (bi, b) in func.blocks.iter().enumerate() {
        if b.stmts.len() != b.spans.len() {
            cx.err(format!("bb{bi}: line table length differs from statements"));
        }
        if let Some(h) = b.handler {
            cx.block(h);
        }
        for s in &b.stmts {
            match s {
                Statement::Assign(l, rv) => {
                    let t = cx.local(*l);
                    cx.rvalue(rv, Some(t));
                }
                Statement::Eval(rv) => cx.rvalue(rv, None),
                Statement::StoreGlobal(_, op) => cx.word(op, "global value"),
                Statement::SetAttr { obj, value, fields, .. } => {
                    cx.word(obj, "object");
                    cx.word(value, "value");
                    cx.fields(fields);
                }
                Statement::SealClass { class, cls } => {
                    cx.class(*class);
                    cx.word(cls, "class");
                }
                Statement::UnsupportedBinary { a, b, .. } => {
                    cx.word(a, "operand");
                    cx.word(b, "operand");
                }
                Statement::CheckBound(l) | Statement::Unbind(l) => {
                    if !cx.local(*l).is_value_word() {
                        cx.err(format!("bb{bi}: bound check on unboxed {l}"));
                    }
                }
                Statement::CellSet { cell, value } => {
                    cx.word(cell, "cell");
                    cx.word(value, "cell value");
                }
                Statement::CellClear(cell) => cx.word(cell, "cell"),
                Statement::ReleaseList(l) => {
                    if cx.local(*l) != Type::List {
                        cx.err(format!("bb{bi}: release_list of {l}, not a list"));
                    }
                }
                Statement::SetItem { obj, index, value } => {
                    cx.word(obj, "object");
                    cx.word(index, "index");
                    cx.word(value, "value");
                }
                Statement::SetSlice { obj, bounds, value, from } => {
                    cx.word(obj, "object");
                    cx.word(value, "value");
                    for b in bounds.iter().chain(from.iter().flatten()).flatten() {
                        cx.word(b, "slice bound");
                    }
                }
                Statement::SetListItem { list, index, value } => {
                    cx.list_and_index(list, index);
                    cx.operand(value);
                }
                Statement::ListAppend { list, value } => {
                    cx.list_operand(list);
                    cx.operand(value);
                }
                Statement::DelItem { obj, index } => {
                    cx.word(obj, "object");
                    cx.word(index, "index");
                }
                Statement::Unpack { value, targets } => {
                    cx.word(value, "unpacked value");
                    for t in targets {
                        if cx.local(*t) != Type::Dyn {
                            cx.err(format!("bb{bi}: unpack target {t} is not dyn"));
                        }
                    }
                }
                Statement::ImportStar { module, .. } => cx.word(module, "module"),
                Statement::DeleteGlobal(_)
                | Statement::EndHandler
                | Statement::PollInterrupt
                | Statement::TracebackEntry => {}
            }
        }
        match &b.term {
            Terminator::Goto(t) => cx.block(*t),
            Terminator::Branch { cond, then, otherwise } => {
                if cx.operand(cond) != Type::Bool {
                    cx.err(format!("bb{bi}: branch on non-bool {cond}"));
                }
                cx.block(*then);
                cx.block(*otherwise);
            }
            Terminator::SwitchClass { obj, cases, otherwise } => {
                cx.word(obj, "switched object");
                for c in cases {
                    cx.class(c.class);
                    cx.block(c.block);
                    if c.subclasses && cx.prog.classes.get(c.class.index()).is_some_and(|d| d.depth.is_none()) {
                        cx.err(format!("bb{bi}: subtree test of {} without a depth", c.class));
                    }
                }
                cx.block(*otherwise);
            }
            Terminator::Return(op) => {
                let t = cx.operand(op);
                if t != func.ret && !(func.ret == Type::Dyn && t.is_value_word()) {
                    cx.err(format!("bb{bi}: returns {t} from a function returning {}", func.ret));
                }
            }
            Terminator::Delegate { func: callee, args } => match cx.prog.funcs.get(callee.index()) {
                Some(g) if g.param_names == func.param_names && matches!(g.kind, FuncKind::Def { .. }) => {
                    for (i, a) in args.iter().enumerate() {
                        if g.locals.get(i).map(|l| l.ty) != Some(cx.operand(a)) {
                            cx.err(format!("bb{bi}: delegated argument {a} does not fit {callee}"));
                        }
                    }
                    if args.len() != g.param_names.len() {
                        cx.err(format!("bb{bi}: delegates {} arguments to {callee}", args.len()));
                    }
                    if g.ret != func.ret && func.ret != Type::Dyn {
                        cx.err(format!("bb{bi}: delegate returns {} from a function returning {}", g.ret, func.ret));
                    }
                }
                _ => cx.err(format!("bb{bi}: delegates to {callee}, not a specialisation of this function")),
            },
            Terminator::IterNext { iter, target, body, exit } => {
                cx.local(*iter);
                if cx.local(*target) != Type::Dyn {
                    cx.err(format!("bb{bi}: iteration target {target} is not dyn"));
                }
                cx.block(*body);
                cx.block(*exit);
            }
            Terminator::Yield { value, resume } => {
                if !func.generator {
                    cx.err(format!("bb{bi}: yield outside a generator"));
                }
                cx.word(value, "yielded value");
                cx.block(*resume);
            }
            Terminator::Raise(_) | Terminator::Unreachable => {}
        }
    }
    cx.errors
}

/// Checks every function of the program.
pub fn verify(prog: &Program) -> Result<(), Vec<VerifyError>> {
    let mut errors = Vec::new();
    for f in &prog.funcs {
        for message in verify_function(prog, f) {
            errors.push(VerifyError { func: f.qualname.clone(), message });
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}
