//! Lowering from the AST to MIR, with type inference by fixpoint (DESIGN.md §3).
//!
//! Every function specialisation is lowered under *assumptions*: a type for each of its
//! variables and a return type for each specialisation it calls. Lowering records *facts*:
//! the types actually assigned and returned. Facts widen the assumptions, and the whole
//! program is lowered again until nothing changes; the MIR of that last sweep is consistent
//! by construction. Assumptions start at `Never` (nothing seen yet), so inference is
//! optimistic: `fib(n: int)` returns `int` because both of its returns do.

mod expr;
mod stmt;

use std::collections::{BTreeSet, HashMap, HashSet};

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::diagnostic::{Diagnostic, LineIndex};
use crate::mir::{
    BasicBlock, BlockId, Constant, FuncId, FuncKind, Function, Global, GlobalId, LocalDecl, LocalId, Operand, Program,
    RaiseKind, Rvalue, Span, Statement, Terminator, Type,
};
use crate::scope;

/// How many specialisations (besides the generic one) a `def` may get.
const MAX_SPECIALISATIONS: usize = 4;

/// The syntax a function comes from.
#[derive(Clone, Copy)]
enum DefNode<'a> {
    Def(&'a ast::StmtFunctionDef),
    Lambda(&'a ast::ExprLambda),
}

impl<'a> DefNode<'a> {
    fn range(self) -> TextRange {
        match self {
            DefNode::Def(d) => d.range,
            DefNode::Lambda(l) => l.range,
        }
    }

    /// The statements of a `def` (a lambda has none: its body is an expression).
    fn body(self) -> &'a [Stmt] {
        match self {
            DefNode::Def(d) => &d.body,
            DefNode::Lambda(_) => &[],
        }
    }
}

/// A module-level `def` or a `lambda` (anywhere, as long as it captures no variables).
struct DefInfo<'a> {
    name: String,
    qualname: String,
    node: DefNode<'a>,
    /// The module variable a `def` binds (lambdas and methods bind none).
    global: Option<GlobalId>,
    /// For a method, the hidden module variable holding its class (for `super()`).
    class_global: Option<GlobalId>,
    /// The parameter kinds (`mir::Function::shape`).
    shape: u64,
    /// Hidden module variables holding the default values, one per parameter with a default.
    default_globals: Vec<GlobalId>,
    params: Vec<String>,
    /// Names local to the function body.
    locals: BTreeSet<String>,
    /// Local lists no other code can reach (`scope::private_lists`): their element types are
    /// inferred from every store into them.
    private_lists: HashSet<String>,
    /// The specialisation whose parameters are all `Dyn`.
    generic: FuncId,
}

type DefId = usize;

/// Whether `obj[index]` is an item of a list by an int (the direct list operations apply).
/// `Never` (nothing known yet, in an early sweep of inference) counts as fitting, so that
/// what is stored from the item is not widened to `Dyn` before the types are known.
fn list_by_int(obj: Type, index: Type) -> bool {
    matches!(obj, Type::List | Type::Never) && matches!(index, Type::Int | Type::Bool | Type::Never)
}

/// What a `FuncId` is: the module body or a specialisation of a `def`.
#[derive(Clone)]
struct Spec {
    def: Option<DefId>,
    params: Vec<Type>,
}

#[derive(Default)]
struct Assumptions {
    vars: HashMap<(FuncId, String), Type>,
    rets: HashMap<FuncId, Type>,
    /// Element types of private lists, by function and variable.
    elems: HashMap<(FuncId, String), Type>,
}

pub(crate) struct ProgramBuilder<'a> {
    source: &'a str,
    path: String,
    lines: LineIndex,
    module: &'a [Stmt],
    globals: Vec<Global>,
    global_ids: HashMap<String, GlobalId>,
    defs: Vec<DefInfo<'a>>,
    def_by_name: HashMap<String, DefId>,
    specs: Vec<Spec>,
    spec_index: HashMap<(DefId, Vec<Type>), FuncId>,
    assumptions: Assumptions,
    /// Module variables only module-level code assigns (no `def` declares them `global`, and
    /// they do not name a `def`): module-level code can type them by what it stores.
    module_owned: HashSet<String>,
    /// Set when a sweep widened an assumption or added a specialisation.
    changed: bool,
    diagnostics: Vec<Diagnostic>,
    /// Diagnostics are collected on the first sweep only (later sweeps repeat them).
    collecting: bool,
    reported: HashSet<(usize, &'static str)>,
}

impl<'a> ProgramBuilder<'a> {
    pub(crate) fn new(path: String, source: &'a str, module: &'a [Stmt]) -> Self {
        ProgramBuilder {
            source,
            path,
            lines: LineIndex::new(source),
            module,
            globals: Vec::new(),
            global_ids: HashMap::new(),
            defs: Vec::new(),
            def_by_name: HashMap::new(),
            specs: Vec::new(),
            spec_index: HashMap::new(),
            assumptions: Assumptions::default(),
            module_owned: HashSet::new(),
            changed: false,
            diagnostics: Vec::new(),
            collecting: true,
            reported: HashSet::new(),
        }
    }

    fn global(&mut self, name: &str) -> GlobalId {
        if let Some(&g) = self.global_ids.get(name) {
            return g;
        }
        let g = GlobalId(self.globals.len() as u32);
        self.globals.push(Global { name: name.to_string() });
        self.global_ids.insert(name.to_string(), g);
        g
    }

    fn error(&mut self, d: Diagnostic) {
        if self.collecting && self.reported.insert((d.start, d.id)) {
            self.diagnostics.push(d);
        }
    }

    /// Reports an unsupported construct, pointing at the first line of `range`.
    fn unsupported(&mut self, what: &str, range: TextRange) {
        let start = range.start().to_usize();
        let line_end = self.source[start..].find('\n').map_or(self.source.len(), |i| start + i);
        let end = range.end().to_usize().min(line_end);
        self.error(Diagnostic::unsupported(what, start, end));
    }

    /// The source text of a range of the module.
    fn source_text(&self, range: TextRange) -> String {
        self.source[range.start().to_usize()..range.end().to_usize()].to_string()
    }

    fn line(&self, range: TextRange) -> u32 {
        self.lines.line(range.start().to_usize())
    }

    fn span(&self, range: TextRange, anchor: Option<(u32, u32)>) -> Span {
        Span { line: self.line(range), start: range.start().to_u32(), end: range.end().to_u32(), anchor }
    }

    /// Registers module variables and `def`s before any lowering.
    fn collect_module(&mut self) {
        let bound = scope::bound_names(self.module);
        for name in &bound {
            self.global(name);
        }
        // Functions that declare `global x` and assign it create module variables too.
        let mut def_counts: HashMap<String, usize> = HashMap::new();
        let mut defs = Vec::new();
        collect_defs(self.module, &mut defs);
        for d in &defs {
            *def_counts.entry(d.name.as_str().to_string()).or_default() += 1;
        }
        let other_writes = writes_other_than_defs(self.module);
        let mut owned: HashSet<String> = bound.iter().cloned().collect();
        for d in &defs {
            owned.remove(d.name.as_str());
            for g in scope::global_decls(&d.body) {
                owned.remove(&g);
            }
        }
        let mut classes = Vec::new();
        collect_classes(self.module, &mut classes);
        for c in &classes {
            for m in class_methods(c) {
                for g in scope::global_decls(&m.body) {
                    owned.remove(&g);
                }
            }
        }
        self.module_owned = owned;
        for d in defs {
            let name = d.name.as_str().to_string();
            let global = self.global(&name);
            let def_id = self.add_def(d, &name, Some(global), None);
            // Calls with `*args`, `**kwargs` or keyword-only parameters are bound by rt.
            let p = &d.parameters;
            let plain_params =
                p.vararg.is_none() && p.kwarg.is_none() && p.kwonlyargs.is_empty() && p.posonlyargs.is_empty();
            let direct =
                def_counts[&name] == 1 && !other_writes.contains(&name) && d.decorator_list.is_empty() && plain_params;
            // Calls by name go straight to a specialisation when only this `def` binds the name.
            if direct {
                self.def_by_name.insert(name, def_id);
            }
        }
        // Methods: functions stored in their class's namespace, which know their class (a
        // hidden module variable set when the class is made) for `super()`.
        for c in classes {
            let class_global = self.global(&format!("{}.__class__", c.name));
            for m in class_methods(c) {
                let qualname = format!("{}.{}", c.name, m.name);
                self.add_def(m, &qualname, None, Some(class_global));
            }
        }
        self.collect_lambdas();
    }

    /// Registers a `def` (module-level when `global` is the variable it binds, else a
    /// method of the class whose hidden variable is `class_global`).
    fn add_def(
        &mut self,
        d: &'a ast::StmtFunctionDef,
        qualname: &str,
        global: Option<GlobalId>,
        class_global: Option<GlobalId>,
    ) -> DefId {
        let name = d.name.as_str().to_string();
        {
            let mut params = Vec::new();
            let mut default_globals = Vec::new();
            let p = &d.parameters;
            // Positional parameters, keyword-only ones, `*args`, `**kwargs` (CPython's order).
            let mut kw_default_mask = 0u64;
            for (k, pd) in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()).enumerate() {
                params.push(pd.parameter.name.as_str().to_string());
                if pd.default.is_some() {
                    let dg = self.global(&format!("{qualname}.__defaults__[{}]", default_globals.len()));
                    default_globals.push(dg);
                    let npos = p.posonlyargs.len() + p.args.len();
                    if k >= npos && k - npos < 24 {
                        kw_default_mask |= 1 << (k - npos);
                    }
                }
            }
            params.extend(p.vararg.iter().chain(p.kwarg.iter()).map(|a| a.name.as_str().to_string()));
            let shape = p.posonlyargs.len() as u64
                | (p.kwonlyargs.len() as u64) << 16
                | u64::from(p.vararg.is_some()) << 32
                | u64::from(p.kwarg.is_some()) << 33
                | kw_default_mask << 40;
            let decls = scope::global_decls(&d.body);
            for g in &decls {
                self.global(g);
            }
            let mut locals: BTreeSet<String> =
                scope::bound_names(&d.body).into_iter().filter(|n| !decls.contains(n)).collect();
            locals.extend(params.iter().cloned());
            let private_lists = {
                let globals = &self.global_ids;
                let is_builtin = |n: &str| !locals.contains(n) && !globals.contains_key(n);
                scope::private_lists(&d.body, &locals, &params, &is_builtin)
            };
            let def_id = self.defs.len();
            let generic = self.new_spec(Spec { def: Some(def_id), params: vec![Type::Dyn; params.len()] });
            self.defs.push(DefInfo {
                name,
                qualname: qualname.to_string(),
                node: DefNode::Def(d),
                global,
                class_global,
                default_globals,
                params,
                shape,
                locals,
                private_lists,
                generic,
            });
            def_id
        }
    }

    fn collect_lambdas(&mut self) {
        // Module variables assigned only inside functions through `global`.
        let mut extra = Vec::new();
        for d in &self.defs {
            for g in scope::global_decls(d.node.body()) {
                extra.push(g);
            }
        }
        for g in extra {
            self.global(&g);
        }
        // Lambdas: functions without names, wherever they appear.
        let mut lambdas = Vec::new();
        scope::collect_lambdas(self.module, None, &mut lambdas);
        for (l, enclosing) in lambdas {
            let params: Vec<String> = l.parameters.as_deref().map_or_else(Vec::new, |p| {
                p.posonlyargs.iter().chain(p.args.iter()).map(|pd| pd.parameter.name.as_str().to_string()).collect()
            });
            let def_id = self.defs.len();
            let generic = self.new_spec(Spec { def: Some(def_id), params: vec![Type::Dyn; params.len()] });
            let qualname = match enclosing {
                Some(f) => format!("{f}.<locals>.<lambda>"),
                None => "<lambda>".to_string(),
            };
            self.defs.push(DefInfo {
                name: "<lambda>".to_string(),
                qualname,
                node: DefNode::Lambda(l),
                global: None,
                class_global: None,
                shape: 0,
                default_globals: Vec::new(),
                locals: params.iter().cloned().collect(),
                private_lists: HashSet::new(),
                params,
                generic,
            });
        }
    }

    fn new_spec(&mut self, spec: Spec) -> FuncId {
        let id = FuncId(self.specs.len() as u32);
        if let Some(d) = spec.def {
            self.spec_index.insert((d, spec.params.clone()), id);
        }
        self.specs.push(spec);
        id
    }

    /// The specialisation of `def` for these argument types (creating it if allowed).
    fn specialise(&mut self, def: DefId, args: &[Type]) -> FuncId {
        let key: Vec<Type> = args.iter().map(|t| t.settle()).collect();
        if let Some(&f) = self.spec_index.get(&(def, key.clone())) {
            return f;
        }
        let count = self.spec_index.keys().filter(|(d, _)| *d == def).count();
        if count > MAX_SPECIALISATIONS {
            return self.defs[def].generic;
        }
        self.changed = true;
        self.new_spec(Spec { def: Some(def), params: key })
    }

    fn assumed_var(&self, func: FuncId, name: &str) -> Type {
        self.assumptions.vars.get(&(func, name.to_string())).copied().unwrap_or(Type::Never)
    }

    fn assumed_ret(&self, func: FuncId) -> Type {
        self.assumptions.rets.get(&func).copied().unwrap_or(Type::Never)
    }

    fn widen_var(&mut self, func: FuncId, name: &str, ty: Type) {
        let old = self.assumed_var(func, name);
        let new = old.join(ty);
        if new != old {
            self.assumptions.vars.insert((func, name.to_string()), new);
            self.changed = true;
        }
    }

    fn assumed_elem(&self, func: FuncId, name: &str) -> Type {
        self.assumptions.elems.get(&(func, name.to_string())).copied().unwrap_or(Type::Never)
    }

    fn widen_elem(&mut self, func: FuncId, name: &str, ty: Type) {
        let old = self.assumed_elem(func, name);
        let new = old.join(ty);
        if new != old {
            self.assumptions.elems.insert((func, name.to_string()), new);
            self.changed = true;
        }
    }

    fn widen_ret(&mut self, func: FuncId, ty: Type) {
        let old = self.assumed_ret(func);
        let new = old.join(ty);
        if new != old {
            self.assumptions.rets.insert(func, new);
            self.changed = true;
        }
    }

    /// Lowers every specialisation once; returns their MIR.
    fn sweep(&mut self) -> Vec<Function> {
        let mut funcs = Vec::new();
        let mut i = 0;
        while i < self.specs.len() {
            let f = FnBuilder::lower(self, FuncId(i as u32));
            funcs.push(f);
            i += 1;
        }
        self.collecting = false;
        funcs
    }

    /// Settles every remaining `Never` assumption to `Dyn`; true if any changed.
    fn settle(&mut self) -> bool {
        let mut any = false;
        let assumed = self.assumptions.vars.values_mut().chain(self.assumptions.rets.values_mut());
        for t in assumed.chain(self.assumptions.elems.values_mut()) {
            if *t == Type::Never {
                *t = Type::Dyn;
                any = true;
            }
        }
        for i in 0..self.specs.len() {
            let f = FuncId(i as u32);
            if let std::collections::hash_map::Entry::Vacant(e) = self.assumptions.rets.entry(f) {
                e.insert(Type::Dyn);
                any = true;
            }
        }
        any
    }

    pub(crate) fn build(mut self) -> Result<Program, Vec<Diagnostic>> {
        self.new_spec(Spec { def: None, params: Vec::new() });
        // The module body is FuncId 0; defs' generic specialisations follow.
        self.collect_module();
        let funcs = loop {
            self.changed = false;
            let funcs = self.sweep();
            if !self.diagnostics.is_empty() {
                return Err(self.diagnostics);
            }
            if self.changed {
                continue;
            }
            if self.settle() {
                continue;
            }
            break funcs;
        };
        let mut prog =
            Program { funcs, globals: self.globals, main: FuncId(0), path: self.path, source: self.source.to_string() };
        crate::passes::remove_proven_checks(&mut prog);
        Ok(prog)
    }
}

/// Every `def` directly in the module body or nested in its compound statements.
fn collect_defs<'a>(body: &'a [Stmt], out: &mut Vec<&'a ast::StmtFunctionDef>) {
    for s in body {
        match s {
            Stmt::FunctionDef(f) => out.push(f),
            Stmt::If(i) => {
                collect_defs(&i.body, out);
                for c in &i.elif_else_clauses {
                    collect_defs(&c.body, out);
                }
            }
            Stmt::Try(t) => {
                collect_defs(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    collect_defs(&h.body, out);
                }
                collect_defs(&t.orelse, out);
                collect_defs(&t.finalbody, out);
            }
            Stmt::For(f) => {
                collect_defs(&f.body, out);
                collect_defs(&f.orelse, out);
            }
            Stmt::While(w) => {
                collect_defs(&w.body, out);
                collect_defs(&w.orelse, out);
            }
            Stmt::With(w) => collect_defs(&w.body, out),
            _ => {}
        }
    }
}

/// The docstring a body starts with.
fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            ast::Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// Every `class` directly in the module body or nested in its compound statements.
fn collect_classes<'a>(body: &'a [Stmt], out: &mut Vec<&'a ast::StmtClassDef>) {
    for s in body {
        match s {
            Stmt::ClassDef(c) => out.push(c),
            Stmt::If(i) => {
                collect_classes(&i.body, out);
                for c in &i.elif_else_clauses {
                    collect_classes(&c.body, out);
                }
            }
            Stmt::Try(t) => {
                collect_classes(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    collect_classes(&h.body, out);
                }
                collect_classes(&t.orelse, out);
                collect_classes(&t.finalbody, out);
            }
            _ => {}
        }
    }
}

/// The `def`s directly in a class body: its methods.
fn class_methods<'a>(c: &'a ast::StmtClassDef) -> impl Iterator<Item = &'a ast::StmtFunctionDef> {
    c.body.iter().filter_map(|s| if let Stmt::FunctionDef(f) = s { Some(f) } else { None })
}

/// Module-level names written by something other than a `def` (assignments, imports,
/// `global` writes inside functions).
fn writes_other_than_defs(module: &[Stmt]) -> HashSet<String> {
    let mut no_defs: Vec<Stmt> = Vec::new();
    fn strip(body: &[Stmt], out: &mut Vec<Stmt>) {
        for s in body {
            if !matches!(s, Stmt::FunctionDef(_)) {
                out.push(s.clone());
            }
        }
    }
    strip(module, &mut no_defs);
    let mut names: HashSet<String> = scope::bound_names(&no_defs).into_iter().collect();
    // Nested compound statements may still contain defs; count those through collect_defs.
    let mut defs = Vec::new();
    collect_defs(&no_defs, &mut defs);
    for d in &defs {
        names.remove(d.name.as_str());
    }
    let mut all_defs = Vec::new();
    collect_defs(module, &mut all_defs);
    for d in all_defs {
        for g in scope::global_decls(&d.body) {
            if scope::bound_names(&d.body).contains(&g) {
                names.insert(g);
            }
        }
    }
    names
}

/// A typed operand produced by lowering an expression.
#[derive(Clone, Debug)]
pub(crate) struct Val {
    op: Operand,
    ty: Type,
}

impl Val {
    fn constant(c: Constant) -> Val {
        let ty = c.ty();
        Val { op: Operand::Const(c), ty }
    }

    fn none() -> Val {
        Val::constant(Constant::None)
    }
}

/// Where `return`, `break` and `continue` must pass on their way out.
#[derive(Clone)]
enum Exit<'a> {
    /// A `finally` body, lowered again on each exit path, under the handler outside its `try`.
    Finally { body: &'a [Stmt], handler: Option<BlockId> },
    /// An `except`/`finally` block in progress: leaving it ends the handling.
    Handler,
}

struct Loop {
    brk: BlockId,
    cont: BlockId,
    exits: usize,
}

/// Where a name lives in the function being lowered.
enum NameRef {
    Local(LocalId),
    Global(GlobalId),
    Builtin,
}

pub(crate) struct FnBuilder<'p, 'a> {
    prog: &'p mut ProgramBuilder<'a>,
    id: FuncId,
    def: Option<DefId>,
    locals: Vec<LocalDecl>,
    vars: HashMap<String, LocalId>,
    /// Comprehension scopes, innermost last (PEP 709: their variables do not leak).
    comp_scopes: Vec<HashMap<String, LocalId>>,
    /// While lowering a class body: its namespace dict and the names bound in it so far,
    /// which the body's later expressions read from it.
    class_scope: Option<(Operand, HashSet<String>)>,
    blocks: Vec<BasicBlock>,
    cur: Option<BlockId>,
    handler: Option<BlockId>,
    loops: Vec<Loop>,
    exits: Vec<Exit<'a>>,
    /// Location of the operation being lowered, recorded with each statement.
    span: Span,
    /// Element types of lists just built (displays, comprehensions, `[x] * n`), by the
    /// temporary holding them, for a store into a private list.
    fresh_elems: HashMap<LocalId, Type>,
}

impl<'p, 'a> FnBuilder<'p, 'a> {
    fn lower(prog: &'p mut ProgramBuilder<'a>, id: FuncId) -> Function {
        let spec = prog.specs[id.index()].clone();
        let mut b = FnBuilder {
            prog,
            id,
            def: spec.def,
            locals: Vec::new(),
            vars: HashMap::new(),
            comp_scopes: Vec::new(),
            class_scope: None,
            blocks: Vec::new(),
            cur: None,
            handler: None,
            loops: Vec::new(),
            exits: Vec::new(),
            span: Span { line: 1, start: 0, end: 0, anchor: None },
            fresh_elems: HashMap::new(),
        };
        let entry = b.new_block();
        b.cur = Some(entry);
        let (name, qualname, kind, param_names, node, line) = match spec.def {
            None => ("<module>".to_string(), "<module>".to_string(), FuncKind::Module, Vec::new(), None, 1),
            Some(d) => {
                let info = &b.prog.defs[d];
                let generic = info.generic == id;
                let line = b.prog.line(info.node.range());
                (
                    info.name.clone(),
                    info.qualname.clone(),
                    FuncKind::Def { generic },
                    info.params.clone(),
                    Some(info.node),
                    line,
                )
            }
        };
        b.span = Span { line, start: 0, end: 0, anchor: None };
        let shape = spec.def.map_or(0, |d| b.prog.defs[d].shape);
        let doc = match node {
            Some(DefNode::Def(d)) => docstring(&d.body),
            _ => None,
        };
        if let Some(d) = spec.def {
            // Parameters first, as locals _0.._n, with the specialisation's types.
            for (i, p) in param_names.iter().enumerate() {
                let l = b.new_local(Some(p.clone()), spec.params[i]);
                b.vars.insert(p.clone(), l);
                b.prog.widen_var(id, p, spec.params[i]);
            }
            let locals: Vec<String> = b.prog.defs[d].locals.iter().cloned().collect();
            for v in locals {
                if !b.vars.contains_key(&v) {
                    let ty = b.prog.assumed_var(id, &v);
                    let l = b.new_local(Some(v.clone()), ty);
                    b.vars.insert(v, l);
                }
            }
        }
        match node {
            None => b.lower_body(b.prog.module),
            Some(DefNode::Def(d)) => b.lower_body(&d.body),
            Some(DefNode::Lambda(l)) => {
                b.at(l.body.range());
                let v = b.lower_expr(&l.body);
                b.emit_return(v);
            }
        }
        if b.cur.is_some() {
            let none = Val::none();
            b.emit_return(none);
        }
        let ret = b.prog.assumed_ret(id);
        let mut func = Function {
            name,
            qualname,
            kind,
            param_names,
            shape,
            doc,
            ret,
            locals: b.locals,
            blocks: b.blocks,
            entry,
            line,
        };
        // Unboxed locals that may be read before assignment cannot be checked at run time:
        // they become `Dyn` in the next sweep.
        for l in crate::passes::unproven_unboxed(&func) {
            if let Some(name) = func.locals[l.index()].name.clone() {
                b.prog.widen_var(id, &name, Type::Dyn);
            }
        }
        if func.ret == Type::Never {
            func.ret = Type::Dyn;
        }
        for l in &mut func.locals {
            l.ty = l.ty.settle();
        }
        func
    }

    fn new_block(&mut self) -> BlockId {
        let id = BlockId(self.blocks.len() as u32);
        self.blocks.push(BasicBlock {
            stmts: Vec::new(),
            spans: Vec::new(),
            term: Terminator::Unreachable,
            term_span: self.span,
            handler: self.handler,
        });
        id
    }

    fn new_local(&mut self, name: Option<String>, ty: Type) -> LocalId {
        let id = LocalId(self.locals.len() as u32);
        self.locals.push(LocalDecl { name, ty });
        id
    }

    fn temp(&mut self, ty: Type) -> LocalId {
        self.new_local(None, ty)
    }

    /// The block being filled; code after a `return` or `raise` goes to a fresh,
    /// unreachable block.
    fn current(&mut self) -> BlockId {
        match self.cur {
            Some(b) => b,
            None => {
                let b = self.new_block();
                self.cur = Some(b);
                b
            }
        }
    }

    fn emit(&mut self, s: Statement) {
        let b = self.current();
        let span = self.span;
        let block = &mut self.blocks[b.index()];
        block.stmts.push(s);
        block.spans.push(span);
    }

    fn terminate(&mut self, t: Terminator) {
        let b = self.current();
        let span = self.span;
        let block = &mut self.blocks[b.index()];
        block.term = t;
        block.term_span = span;
        self.cur = None;
    }

    fn goto(&mut self, target: BlockId) {
        if self.cur.is_some() {
            self.terminate(Terminator::Goto(target));
        }
    }

    fn switch_to(&mut self, b: BlockId) {
        self.cur = Some(b);
    }

    fn assign(&mut self, rv: Rvalue, ty: Type) -> Val {
        let t = self.temp(ty);
        self.emit(Statement::Assign(t, rv));
        Val { op: Operand::Local(t), ty }
    }

    /// The value in the `Dyn` representation.
    fn to_dyn(&mut self, v: Val) -> Operand {
        if v.ty.is_value_word() || v.ty == Type::Never { v.op } else { self.assign(Rvalue::Box(v.op), Type::Dyn).op }
    }

    /// The value converted to `target`, which the assumptions guarantee is reachable from
    /// its type (during a sweep that widens them, a placeholder is fine).
    fn coerce(&mut self, v: Val, target: Type) -> Operand {
        match (v.ty, target) {
            (a, b) if a == b => v.op,
            (Type::Int, Type::Float) => self.assign(Rvalue::IntToFloat(v.op), Type::Float).op,
            (_, Type::Float | Type::Bool) => self.assign(Rvalue::Unbox(v.op), target).op,
            _ => self.to_dyn(v),
        }
    }

    /// A `bool` operand for a branch on `v`'s truth.
    fn truth(&mut self, v: Val) -> Operand {
        if v.ty == Type::Bool { v.op } else { self.assign(Rvalue::Truth(v.op), Type::Bool).op }
    }

    fn resolve(&self, name: &str) -> NameRef {
        for scope in self.comp_scopes.iter().rev() {
            if let Some(&l) = scope.get(name) {
                return NameRef::Local(l);
            }
        }
        if let Some(&l) = self.vars.get(name) {
            return NameRef::Local(l);
        }
        match self.prog.global_ids.get(name) {
            Some(&g) if !name.contains('.') => NameRef::Global(g),
            _ => NameRef::Builtin,
        }
    }

    /// Records that `v` is stored in variable `name` (a local), and returns the operand to store.
    fn store_local(&mut self, l: LocalId, v: Val) {
        if let Some(name) = self.locals[l.index()].name.clone()
            && self.is_private_list(&name, l)
        {
            let elem = self.fresh_elem(&v);
            self.prog.widen_elem(self.id, &name, elem);
        }
        if let Some(name) = self.locals[l.index()].name.clone()
            && self.comp_scopes.iter().all(|s| !s.values().any(|&x| x == l))
        {
            self.prog.widen_var(self.id, &name, v.ty);
        } else if self.locals[l.index()].ty == Type::Never {
            self.locals[l.index()].ty = v.ty;
        }
        let ty = self.locals[l.index()].ty;
        let op = self.coerce(v, ty);
        self.emit(Statement::Assign(l, Rvalue::Use(op)));
    }

    /// Whether `name`, read or stored by the code being lowered, is a module variable whose
    /// type that code can know: module-level code, and a variable only it assigns.
    fn is_module_owned(&self, name: &str) -> bool {
        self.def.is_none() && self.prog.module_owned.contains(name)
    }

    /// Whether local `l`, named `name`, is one of the function's private lists (and not a
    /// comprehension variable of the same name).
    fn is_private_list(&self, name: &str, l: LocalId) -> bool {
        self.def.is_some_and(|d| self.prog.defs[d].private_lists.contains(name)) && self.vars.get(name) == Some(&l)
    }

    /// The private list an expression names, if it is one.
    fn private_list(&self, e: &ast::Expr) -> Option<String> {
        let ast::Expr::Name(n) = e else { return None };
        let name = n.id.as_str();
        match self.resolve(name) {
            NameRef::Local(l) if self.is_private_list(name, l) => Some(name.to_string()),
            _ => None,
        }
    }

    /// The element type of a private list.
    fn list_elem(&self, name: &str) -> Type {
        self.prog.assumed_elem(self.id, name)
    }

    /// The element type of a list value just built, or `Dyn` when it is not known.
    fn fresh_elem(&self, v: &Val) -> Type {
        match v.op {
            Operand::Local(t) => self.fresh_elems.get(&t).copied().unwrap_or(Type::Dyn),
            Operand::Const(_) => Type::Dyn,
        }
    }

    /// The element type of the list `e` evaluated to (`v`): a private list's or a fresh one's.
    fn elem_of(&self, e: &ast::Expr, v: &Val) -> Type {
        match self.private_list(e) {
            Some(name) => self.list_elem(&name),
            None => self.fresh_elem(v),
        }
    }

    /// A `Dyn` word known to hold a value of type `ty` (an element of a private list), in
    /// `ty`'s representation.
    fn known_element(&mut self, op: Operand, ty: Type) -> Val {
        if ty.is_value_word() || ty == Type::Never { Val { op, ty } } else { self.assign(Rvalue::Unbox(op), ty) }
    }

    fn store_name(&mut self, name: &str, v: Val) {
        match self.resolve(name) {
            NameRef::Local(l) => self.store_local(l, v),
            NameRef::Global(g) => {
                if self.is_module_owned(name) {
                    self.prog.widen_var(self.id, name, v.ty);
                }
                let op = self.to_dyn(v);
                self.emit(Statement::StoreGlobal(g, op));
            }
            NameRef::Builtin => {
                let g = self.prog.global(name);
                let op = self.to_dyn(v);
                self.emit(Statement::StoreGlobal(g, op));
            }
        }
    }

    fn emit_return(&mut self, v: Val) {
        self.prog.widen_ret(self.id, v.ty);
        let ret = self.prog.assumed_ret(self.id);
        let op = self.coerce(v, ret);
        // Keep the value in a temporary: `finally` bodies run between evaluating and returning.
        let op = if self.exits.is_empty() {
            op
        } else {
            let t = self.temp(ret.settle());
            self.emit(Statement::Assign(t, Rvalue::Use(op)));
            Operand::Local(t)
        };
        self.run_exits(0);
        self.terminate(Terminator::Return(op));
    }

    /// Lowers the exit actions above depth `to` (innermost first), as `return`, `break` or
    /// `continue` leaves them.
    fn run_exits(&mut self, to: usize) {
        let saved_exits = self.exits.clone();
        let saved_handler = self.handler;
        for i in (to..saved_exits.len()).rev() {
            match saved_exits[i].clone() {
                Exit::Handler => self.emit(Statement::EndHandler),
                Exit::Finally { body, handler } => {
                    self.exits.truncate(i);
                    self.handler = handler;
                    // The finally body's code must live in blocks with its own handler.
                    let b = self.new_block();
                    self.goto(b);
                    self.switch_to(b);
                    self.lower_body(body);
                }
            }
        }
        self.exits = saved_exits;
        if self.cur.is_some() && self.handler != saved_handler {
            self.handler = saved_handler;
            let b = self.new_block();
            self.goto(b);
            self.switch_to(b);
        }
        self.handler = saved_handler;
    }

    fn raise(&mut self, kind: RaiseKind) {
        self.terminate(Terminator::Raise(kind));
    }

    /// Operations that follow are located at the statement (or clause) `range`.
    fn set_line(&mut self, range: TextRange) {
        self.span = self.prog.span(range, None);
    }

    /// The operation about to be emitted evaluates the expression at `range`.
    fn at(&mut self, range: TextRange) {
        self.span = self.prog.span(range, None);
    }

    /// A binary operator: the operator itself gets CPython's `^` anchor (3.12's
    /// `_extract_caret_anchors_from_line_segment`).
    fn at_binop(&mut self, b: &ast::ExprBinOp) {
        let src = self.prog.source.as_bytes();
        let end = b.range.end().to_usize();
        let (left_end, right_start) = (b.left.range().end().to_usize(), b.right.range().start().to_usize());
        let between = &src[left_end..right_start.max(left_end)];
        let offset = between.iter().take_while(|c| c.is_ascii_whitespace()).count();
        let mut left = left_end + offset;
        let mut right = left + 1;
        if offset + 1 < between.len() && !between[offset + 1].is_ascii_whitespace() {
            right += 1;
        }
        while left < end && (src[left].is_ascii_whitespace() || matches!(src[left], b')' | b'#')) {
            left += 1;
            right += 1;
        }
        self.span = self.prog.span(b.range, Some((left as u32, right as u32)));
    }

    /// A subscript: the brackets and index get the `^` anchor, the value the `~`.
    fn at_subscript(&mut self, s: &ast::ExprSubscript) {
        let src = self.prog.source.as_bytes();
        let end = s.range.end().to_usize();
        let mut left = s.value.range().end().to_usize();
        while left < end && src[left] != b'[' {
            left += 1;
        }
        let mut right = s.slice.range().end().to_usize() + 1;
        while right < end && src[right] != b']' {
            right += 1;
        }
        if right < end {
            right += 1;
        }
        self.span = self.prog.span(s.range, Some((left as u32, right as u32)));
    }

    fn unsupported(&mut self, what: &str, node: &impl Ranged) {
        self.prog.unsupported(what, node.range());
    }
}
