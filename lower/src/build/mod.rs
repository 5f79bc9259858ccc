//! Lowering from the AST to MIR, with type inference by fixpoint (DESIGN.md §3).
//!
//! Every function specialisation is lowered under *assumptions*: a type for each of its
//! variables and a return type for each specialisation it calls. Lowering records *facts*:
//! the types actually assigned and returned. Facts widen the assumptions, and the whole
//! program is lowered again until nothing changes; the MIR of that last sweep is consistent
//! by construction. Assumptions start at `Never` (nothing seen yet), so inference is
//! optimistic: `fib(n: int)` returns `int` because both of its returns do.

mod classes;
mod expr;
mod kwargs;
mod methods;
mod pattern;
mod stmt;

use std::collections::{BTreeSet, HashMap, HashSet};

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::diagnostic::{Diagnostic, LineIndex};
use crate::mir::{
    BasicBlock, BlockId, Constant, FuncId, FuncKind, Function, Global, GlobalId, LocalDecl, LocalId, Module, Operand,
    Program, RaiseKind, Rvalue, Span, Statement, Terminator, Type,
};
use crate::modules::{ModuleTable, SourceModule};
use crate::scope;

/// How many specialisations (besides the generic one) a `def` may get.
const MAX_SPECIALISATIONS: usize = 4;

/// The syntax a function comes from.
#[derive(Clone, Copy)]
enum DefNode<'a> {
    Def(&'a ast::StmtFunctionDef),
    Lambda(&'a ast::ExprLambda),
    /// A generator expression: a generator function of one parameter, the iterator over its
    /// first iterable.
    GenExp(&'a ast::ExprGenerator),
    /// The value of a `type` statement, evaluated when first asked for: a function of the
    /// statement's type parameters.
    TypeAlias(&'a ast::StmtTypeAlias),
}

impl DefNode<'_> {
    fn range(self) -> TextRange {
        match self {
            DefNode::Def(d) => d.range,
            DefNode::Lambda(l) => l.range,
            DefNode::GenExp(g) => g.range,
            DefNode::TypeAlias(t) => t.range,
        }
    }
}

/// A `def` (module-level, a method or nested in a function) or a `lambda`.
struct DefInfo<'a> {
    name: String,
    qualname: String,
    node: DefNode<'a>,
    /// The module variable a `def` binds (lambdas and methods bind none).
    global: Option<GlobalId>,
    /// For a method, where its class is found (for `super()`).
    class_ref: Option<ClassRef>,
    /// For a function nested in a method, that method's class (for `__class__`).
    outer_class_ref: Option<ClassRef>,
    /// The function this one is nested in (classes in between do not count).
    parent: Option<DefId>,
    /// The parameter kinds (`mir::Function::shape`).
    shape: u64,
    /// Hidden module variables holding the default values, one per parameter with a default.
    default_globals: Vec<GlobalId>,
    params: Vec<String>,
    /// Names local to the function body.
    locals: BTreeSet<String>,
    /// Names the body binds, whatever their scope (locals, `global` and `nonlocal` ones).
    locals_assigned: BTreeSet<String>,
    /// Names declared `global` in the body.
    global_decls: HashSet<String>,
    /// Every name the function's own code mentions, and its `nonlocal` declarations.
    mentions: BTreeSet<String>,
    nonlocals: Vec<(String, TextRange)>,
    /// Its variables that nested functions use (kept in cells).
    cells: BTreeSet<String>,
    /// Variables of enclosing functions it uses (or passes on to nested functions).
    frees: BTreeSet<String>,
    /// The iteration variables of the comprehensions it sits in, in its enclosing scope.
    shared_vars: BTreeSet<String>,
    /// Iteration variables of its comprehensions that nested functions use (kept in cells).
    comp_cells: BTreeSet<String>,
    /// Whether it is a generator function (`yield` in its body, or a generator expression).
    generator: bool,
    /// Local lists no other code can reach (`scope::private_lists`): their element types are
    /// inferred from every store into them.
    private_lists: HashSet<String>,
    /// The private lists nothing can reach once it returns (`scope::lists_dead_at_return`):
    /// their storage is released at each `return`.
    released_lists: HashSet<String>,
    /// The specialisation whose parameters are all `Dyn`.
    generic: FuncId,
    /// The keys with a builtin type its `**kwargs: Unpack[TD]` declares (`kwargs.rs`), and
    /// the specialisation in which reading them has those types.
    kwargs_keys: Vec<(String, Type)>,
    typed_kwargs: Option<FuncId>,
}

type DefId = usize;

/// What directly encloses the functions being registered.
enum Enclosing {
    Module,
    Class(ClassRef),
    Function,
}

/// Where the methods of a class find it (for `super()`): a hidden module variable, or a cell
/// of the function the class statement runs in (by its hidden variable name).
#[derive(Clone)]
enum ClassRef {
    Global(GlobalId),
    Cell(String),
}

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
    /// The specialisation whose `**kwargs` items have their declared types (`kwargs.rs`).
    typed_kwargs: bool,
}

#[derive(Default)]
struct Assumptions {
    vars: HashMap<(FuncId, String), Type>,
    rets: HashMap<FuncId, Type>,
    /// Element types of private lists, by function and variable.
    elems: HashMap<(FuncId, String), Type>,
}

pub(crate) struct ProgramBuilder<'a> {
    /// The program's modules, and which one this builder lowers.
    table: &'a ModuleTable,
    index: usize,
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
    /// `from __future__ import annotations` (PEP 563): annotations are kept as strings.
    future_annotations: bool,
    /// Iteration variables of module-level comprehensions that nested functions use.
    module_comp_cells: BTreeSet<String>,
    /// Each class statement's qualified name and where its methods find it, by the
    /// statement's start offset.
    class_refs: HashMap<u32, (String, ClassRef)>,
    /// Module-level names that are always a module (`scope::module_aliases`), with it.
    module_aliases: HashMap<String, String>,
    /// The module's sealed classes (`classes.rs`).
    classes: classes::Classes<'a>,
    diagnostics: Vec<Diagnostic>,
    /// Diagnostics are collected on the first sweep only (later sweeps repeat them).
    collecting: bool,
    reported: HashSet<(usize, &'static str)>,
}

impl<'a> ProgramBuilder<'a> {
    pub(crate) fn new(table: &'a ModuleTable, index: usize, module: &'a [Stmt]) -> Self {
        let source = table.modules[index].source.as_str();
        ProgramBuilder {
            table,
            index,
            source,
            path: table.modules[index].path.clone(),
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
            future_annotations: false,
            module_comp_cells: BTreeSet::new(),
            class_refs: HashMap::new(),
            module_aliases: scope::module_aliases(module),
            classes: classes::Classes::default(),
            diagnostics: Vec::new(),
            collecting: true,
            reported: HashSet::new(),
        }
    }

    /// The module this builder lowers.
    fn this_module(&self) -> &'a SourceModule {
        &self.table.modules[self.index]
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

    /// A `SyntaxError` CPython's compiler reports (the parser accepts these constructs).
    fn syntax_error(&mut self, msg: &str, range: TextRange) {
        let (start, end) = (range.start().to_usize(), range.end().to_usize());
        self.error(Diagnostic::error("syntax-error", format!("SyntaxError: {msg}"), start, end));
    }

    /// Reports an unsupported construct, pointing at the first line of `range`.
    fn unsupported(&mut self, what: &str, range: TextRange) {
        let start = range.start().to_usize();
        let line_end = self.source[start..].find('\n').map_or(self.source.len(), |i| start + i);
        let end = range.end().to_usize().min(line_end);
        self.error(Diagnostic::unsupported(what, start, end));
    }

    /// Reports a name of standard-library module `module` that CPython has and krait does
    /// not provide yet, unless it is one (`crate::unprovided`).
    fn check_provided(&mut self, module: &str, name: &str, range: TextRange) {
        if !crate::unprovided::is_unprovided(self.table, module, name) {
            return;
        }
        let d = Diagnostic::error(
            "unprovided-name",
            format!("krait does not provide `{module}.{name}` yet"),
            range.start().to_usize(),
            range.end().to_usize(),
        )
        .label("not available in krait")
        .hint(format!("CPython's `{module}` module has `{name}`; krait's does not yet"));
        self.error(d);
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

    /// Registers module variables and every function (module-level `def`s, methods, nested
    /// `def`s, lambdas) before any lowering, then decides which variables closures share.
    fn collect_module(&mut self) {
        let bound = scope::bound_names(self.module);
        for name in &bound {
            self.global(name);
        }
        // A package's submodules become its variables when they are imported.
        let index = self.index;
        let submodules: Vec<&str> = self
            .table
            .modules
            .iter()
            .filter(|m| m.parent == Some(index))
            .filter_map(|m| m.name.rsplit('.').next())
            .collect();
        for name in &submodules {
            self.global(name);
        }
        // Names its code reads but never binds, which other modules' code may give it
        // (`util.extra = 1`), are its variables too.
        let given: Vec<&String> = match &self.table.attribute_writes {
            Some(w) if self.index != 0 => self
                .this_module()
                .names_read
                .iter()
                .filter(|n| w.contains(*n) && !bound.contains(*n) && !crate::builtins::is_builtin(n))
                .collect(),
            _ => Vec::new(),
        };
        for name in given {
            self.global(name);
        }
        // `from module import *` binds the names the module makes public.
        let starred: Vec<String> = self
            .this_module()
            .star_from
            .iter()
            .filter_map(|m| self.table.find(m))
            .flat_map(|m| self.table.public_names(m))
            .collect();
        for name in &starred {
            self.global(name);
        }
        let module = scope::ScopeContents::of_body(self.module);
        self.register_scope(&module, None, "", Enclosing::Module);
        self.future_annotations = self.module.iter().any(|s| {
            matches!(s, Stmt::ImportFrom(i) if i.module.as_ref().is_some_and(|m| m.as_str() == "__future__")
                && i.names.iter().any(|a| a.name.as_str() == "annotations"))
        });
        // Functions that declare `global x` create module variables too.
        let declared: Vec<String> = self.defs.iter().flat_map(|d| d.global_decls.iter().cloned()).collect();
        for g in &declared {
            self.global(g);
        }
        let mut owned: HashSet<String> = bound.iter().cloned().collect();
        for d in &module.defs {
            owned.remove(d.name.as_str());
        }
        for g in &declared {
            owned.remove(g);
        }
        // Other modules may assign an imported module's variables (`util.x = ...`).
        let imported = self.index != 0;
        if imported {
            owned.retain(|n| !self.table.written_from_outside(n));
        }
        for name in &submodules {
            owned.remove(*name);
        }
        for name in &starred {
            owned.remove(name);
        }
        self.module_owned = owned;
        // Calls by name go straight to a specialisation when only this `def` binds the name
        // (calls with `*args`, `**kwargs`, keyword-only or positional-only parameters are
        // bound by rt).
        let mut other_writes = writes_other_than_defs(self.module);
        for d in &self.defs {
            other_writes.extend(d.global_decls.iter().filter(|g| d.locals_assigned.contains(*g)).cloned());
        }
        if imported {
            other_writes.extend(bound.iter().filter(|n| self.table.written_from_outside(n)).cloned());
        }
        other_writes.extend(submodules.iter().map(ToString::to_string));
        other_writes.extend(starred.iter().cloned());
        let mut def_counts: HashMap<&str, usize> = HashMap::new();
        for d in &module.defs {
            *def_counts.entry(d.name.as_str()).or_default() += 1;
        }
        for (id, info) in self.defs.iter().enumerate() {
            let DefNode::Def(d) = info.node else { continue };
            let p = &d.parameters;
            let plain_params =
                p.vararg.is_none() && p.kwarg.is_none() && p.kwonlyargs.is_empty() && p.posonlyargs.is_empty();
            let name = d.name.as_str();
            if info.global.is_some()
                && def_counts[name] == 1
                && !other_writes.contains(name)
                && d.decorator_list.is_empty()
                && plain_params
            {
                self.def_by_name.insert(name.to_string(), id);
            }
        }
        self.resolve_closures();
        self.check_overrides(&module.classes);
        let table = self.table;
        let rebindable = |n: &str| {
            declared.iter().any(|g| g == n)
                || starred.iter().any(|s| s == n)
                || submodules.contains(&n)
                || (imported && table.written_from_outside(n))
        };
        self.classes = classes::Classes::find(self.module, &self.defs, &rebindable);
    }

    /// PEP 698: a method marked `@override` must override something in a base class. Checked
    /// for classes whose bases are all known here (module-level classes of the program and
    /// `object`); others are left alone.
    fn check_overrides(&mut self, classes: &[&'a ast::StmtClassDef]) {
        const OBJECT: &[&str] = &[
            "__class__",
            "__delattr__",
            "__dir__",
            "__doc__",
            "__eq__",
            "__format__",
            "__ge__",
            "__getattribute__",
            "__getstate__",
            "__gt__",
            "__hash__",
            "__init__",
            "__init_subclass__",
            "__le__",
            "__lt__",
            "__ne__",
            "__new__",
            "__reduce__",
            "__reduce_ex__",
            "__repr__",
            "__setattr__",
            "__sizeof__",
            "__str__",
            "__subclasshook__",
        ];
        let mut by_name: HashMap<&str, Option<&'a ast::StmtClassDef>> = HashMap::new();
        for &c in classes {
            // A name bound to two classes is not known statically.
            by_name.entry(c.name.as_str()).and_modify(|e| *e = None).or_insert(Some(c));
        }
        // The names a class and its bases define, or `None` when a base is not known.
        fn inherited<'a>(
            c: &'a ast::StmtClassDef,
            by_name: &HashMap<&str, Option<&'a ast::StmtClassDef>>,
            depth: usize,
        ) -> Option<BTreeSet<String>> {
            let mut names = scope::bound_names(&c.body);
            names.extend(OBJECT.iter().map(|n| n.to_string()));
            if depth > 50 {
                return None;
            }
            for b in c.arguments.iter().flat_map(|a| a.args.iter()) {
                let ast::Expr::Name(n) = b else { return None };
                match by_name.get(n.id.as_str()) {
                    Some(Some(base)) => names.extend(inherited(base, by_name, depth + 1)?),
                    _ if n.id.as_str() == "object" => {}
                    _ => return None,
                }
            }
            Some(names)
        }
        for &c in classes {
            let mut from_bases = BTreeSet::new();
            from_bases.extend(OBJECT.iter().map(|n| n.to_string()));
            let mut known = true;
            for b in c.arguments.iter().flat_map(|a| a.args.iter()) {
                match b {
                    ast::Expr::Name(n) if n.id.as_str() == "object" => {}
                    ast::Expr::Name(n) => match by_name.get(n.id.as_str()) {
                        Some(Some(base)) => match inherited(base, &by_name, 0) {
                            Some(names) => from_bases.extend(names),
                            None => known = false,
                        },
                        _ => known = false,
                    },
                    _ => known = false,
                }
            }
            if !known {
                continue;
            }
            for s in &c.body {
                let Stmt::FunctionDef(f) = s else { continue };
                let marked = f.decorator_list.iter().any(|d| match &d.expression {
                    ast::Expr::Name(n) => n.id.as_str() == "override",
                    ast::Expr::Attribute(a) => a.attr.as_str() == "override",
                    _ => false,
                });
                if marked && !from_bases.contains(f.name.as_str()) {
                    let (start, end) = (f.name.range.start().to_usize(), f.name.range.end().to_usize());
                    let msg = format!(
                        "method '{}' of class '{}' is marked @override but no base class has it",
                        f.name, c.name
                    );
                    self.error(
                        Diagnostic::error("override", msg, start, end)
                            .label("overrides nothing")
                            .hint("remove @override, or check the method's name against the base classes"),
                    );
                }
            }
        }
    }

    /// Registers the functions nested directly in a scope whose contents are `c`: `parent`
    /// is the function around them (`None` at module level and in module-level classes),
    /// `prefix` their qualified names' start.
    fn register_scope(
        &mut self,
        c: &scope::ScopeContents<'a>,
        parent: Option<DefId>,
        prefix: &str,
        enclosing: Enclosing,
    ) {
        for &d in &c.defs {
            let name = d.name.as_str();
            let qualname = format!("{prefix}{name}");
            let (global, class_ref) = match &enclosing {
                Enclosing::Module => (Some(self.global(name)), None),
                Enclosing::Class(r) => (None, Some(r.clone())),
                Enclosing::Function => (None, None),
            };
            let id = self.add_def(d, &qualname, global, class_ref.clone(), parent);
            // A function nested in a method sees the method's `__class__` (through its cell).
            if let (Enclosing::Function, Some(p)) = (&enclosing, parent) {
                let outer = self.defs[p].class_ref.clone().or_else(|| self.defs[p].outer_class_ref.clone());
                self.defs[id].outer_class_ref = outer;
            }
            let inner = scope::ScopeContents::of_body(&d.body);
            self.defs[id].nonlocals.clone_from(&inner.nonlocals);
            self.defs[id].mentions.clone_from(&inner.names);
            // A method using `super()` or `__class__` shares its class's cell (so does a
            // function nested in one using `__class__`).
            if let Some(ClassRef::Cell(cell)) = class_ref
                && (inner.names.contains("super") || inner.names.contains("__class__"))
            {
                self.defs[id].mentions.insert(cell);
            }
            if let Some(ClassRef::Cell(cell)) = self.defs[id].outer_class_ref.clone()
                && inner.names.contains("__class__")
            {
                self.defs[id].mentions.insert(cell);
            }
            self.register_scope(&inner, Some(id), &format!("{qualname}.<locals>."), Enclosing::Function);
        }
        for (l, shared) in &c.lambdas {
            let qualname = format!("{prefix}<lambda>");
            let id = self.add_lambda(l, &qualname, parent);
            self.register_body(id, scope::ScopeContents::of_lambda(l), shared, &qualname);
        }
        for &t in &c.type_aliases {
            let ast::Expr::Name(n) = &*t.name else { continue };
            let qualname = format!("{prefix}{}", n.id);
            let params = scope::type_param_names(t.type_params.as_deref());
            let id = self.add_function(DefNode::TypeAlias(t), n.id.as_str(), &qualname, params, parent);
            self.register_body(id, scope::ScopeContents::of_expr(&t.value), &BTreeSet::new(), &qualname);
        }
        for (g, shared) in &c.genexps {
            let qualname = format!("{prefix}<genexpr>");
            let id = self.add_genexp(g, &qualname, parent);
            self.register_body(id, scope::ScopeContents::of_genexp(g), shared, &qualname);
        }
        // Methods: functions stored in their class's namespace, which know their class for
        // zero-argument `super()`: through a hidden module variable for a class outside any
        // function, else through a cell of the enclosing function (a class statement there
        // makes a new class each time it runs).
        for &cls in &c.classes {
            let qualname = format!("{prefix}{}", cls.name);
            let class_ref = match parent {
                None => ClassRef::Global(self.global(&format!("{qualname}.__class__"))),
                Some(p) => {
                    let cell = format!("__class__@{}", cls.range.start().to_u32());
                    self.defs[p].locals.insert(cell.clone());
                    ClassRef::Cell(cell)
                }
            };
            self.class_refs.insert(cls.range.start().to_u32(), (qualname.clone(), class_ref.clone()));
            let inner = scope::ScopeContents::of_body(&cls.body);
            if let Some(p) = parent {
                // The class body runs in the enclosing function: the names it reads are that
                // function's (or come from further out through it).
                let bound = scope::bound_names(&cls.body);
                let read = inner.names.iter().filter(|n| !bound.contains(*n)).cloned();
                self.defs[p].mentions.extend(read.collect::<Vec<_>>());
            }
            self.register_scope(&inner, parent, &format!("{qualname}."), Enclosing::Class(class_ref));
        }
    }

    /// Records what the code of function `id` (whose contents are `inner`) mentions and which
    /// comprehension variables around it it may share, then registers the functions in it.
    fn register_body(&mut self, id: DefId, inner: scope::ScopeContents<'a>, shared: &BTreeSet<String>, qualname: &str) {
        self.defs[id].mentions.clone_from(&inner.names);
        self.defs[id].shared_vars.clone_from(shared);
        self.register_scope(&inner, Some(id), &format!("{qualname}.<locals>."), Enclosing::Function);
    }

    /// Decides the free variables of every function and the cells of the functions that own
    /// them (Python's rule: a name a function uses but does not bind refers to the nearest
    /// enclosing function that binds it, passing over class bodies; else to a module variable).
    fn resolve_closures(&mut self) {
        for d in 0..self.defs.len() {
            let mentions: Vec<String> = self.defs[d].mentions.iter().cloned().collect();
            for name in mentions {
                let info = &self.defs[d];
                if info.locals.contains(&name) || info.global_decls.contains(&name) {
                    continue;
                }
                // Walk out from `d`: the name belongs to a comprehension around a nested
                // scope (a cell of that comprehension), or to the nearest function binding it.
                let mut through = Vec::new();
                let mut owner = None;
                let mut x = d;
                loop {
                    through.push(x);
                    if self.defs[x].shared_vars.contains(&name) {
                        owner = Some((self.defs[x].parent, true));
                        break;
                    }
                    let Some(p) = self.defs[x].parent else { break };
                    let outer = &self.defs[p];
                    if outer.global_decls.contains(&name) {
                        break;
                    }
                    if outer.locals.contains(&name) {
                        owner = Some((Some(p), false));
                        break;
                    }
                    x = p;
                }
                let Some((owner, comprehension)) = owner else { continue };
                for f in through {
                    self.defs[f].frees.insert(name.clone());
                }
                match (owner, comprehension) {
                    (Some(o), false) => {
                        self.defs[o].cells.insert(name);
                    }
                    (Some(o), true) => {
                        self.defs[o].comp_cells.insert(name);
                    }
                    (None, _) => {
                        self.module_comp_cells.insert(name);
                    }
                }
            }
        }
        for d in 0..self.defs.len() {
            let nonlocals = self.defs[d].nonlocals.clone();
            for (name, range) in nonlocals {
                if !self.defs[d].frees.contains(&name) {
                    self.syntax_error(&format!("no binding for nonlocal '{name}' found"), range);
                }
            }
            // A shared variable's list can be changed by the other functions sharing it.
            let info = &mut self.defs[d];
            let cells = info.cells.clone();
            info.private_lists.retain(|n| !cells.contains(n));
            info.released_lists.retain(|n| !cells.contains(n));
        }
    }

    /// Registers a `def`: module-level when `global` is the variable it binds, a method of
    /// the class found through `class_ref`, or nested in function `parent`.
    fn add_def(
        &mut self,
        d: &'a ast::StmtFunctionDef,
        qualname: &str,
        global: Option<GlobalId>,
        class_ref: Option<ClassRef>,
        parent: Option<DefId>,
    ) -> DefId {
        let name = d.name.as_str().to_string();
        let (params, default_globals, shape) = self.parameter_layout(&d.parameters, qualname);
        let global_decls = scope::global_decls(&d.body);
        let nonlocal_decls = scope::nonlocal_decls(&d.body);
        let locals_assigned = scope::bound_names(&d.body);
        let mut locals: BTreeSet<String> = locals_assigned
            .iter()
            .filter(|n| !global_decls.contains(*n) && !nonlocal_decls.contains(*n))
            .cloned()
            .collect();
        locals.extend(params.iter().cloned());
        let (private_lists, kwargs_keys) = {
            let globals = &self.global_ids;
            let is_builtin = |n: &str| !locals.contains(n) && !globals.contains_key(n);
            (scope::private_lists(&d.body, &locals, &params, &is_builtin), self.kwargs_keys(d, &is_builtin))
        };
        let id = self.add_function(DefNode::Def(d), &name, qualname, params, parent);
        let info = &mut self.defs[id];
        info.kwargs_keys = kwargs_keys;
        info.global = global;
        info.class_ref = class_ref;
        info.default_globals = default_globals;
        info.shape = shape;
        info.locals = locals;
        info.locals_assigned = locals_assigned;
        info.global_decls = global_decls;
        info.generator = scope::contains_yield(&d.body);
        if !info.generator {
            info.released_lists = scope::lists_dead_at_return(&d.body, &private_lists);
        }
        info.private_lists = private_lists;
        id
    }

    /// The parameters of a function in CPython's order (positional ones, keyword-only ones,
    /// `*args`, `**kwargs`), the hidden module variables holding their defaults, and their
    /// kinds packed as rt's `FuncInfo::shape`.
    fn parameter_layout(&mut self, p: &ast::Parameters, qualname: &str) -> (Vec<String>, Vec<GlobalId>, u64) {
        let mut params = Vec::new();
        let mut default_globals = Vec::new();
        let mut kw_default_mask = 0u64;
        let npos = p.posonlyargs.len() + p.args.len();
        for (k, pd) in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()).enumerate() {
            params.push(pd.parameter.name.as_str().to_string());
            if pd.default.is_some() {
                let dg = self.global(&format!("{qualname}.__defaults__[{}]", default_globals.len()));
                default_globals.push(dg);
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
        (params, default_globals, shape)
    }

    /// Registers a `lambda` nested in function `parent` (if any).
    fn add_lambda(&mut self, l: &'a ast::ExprLambda, qualname: &str, parent: Option<DefId>) -> DefId {
        let (params, default_globals, shape) = match l.parameters.as_deref() {
            Some(p) => self.parameter_layout(p, qualname),
            None => (Vec::new(), Vec::new(), 0),
        };
        let id = self.add_function(DefNode::Lambda(l), "<lambda>", qualname, params, parent);
        self.defs[id].generator = scope::lambda_yields(l);
        self.defs[id].shape = shape;
        self.defs[id].default_globals = default_globals;
        id
    }

    /// Registers a function with these (positional) parameters as its locals; callers with
    /// more to say (a `def`'s other kinds of parameters and locals, a lambda's defaults, a
    /// generator) fill the rest in.
    fn add_function(
        &mut self,
        node: DefNode<'a>,
        name: &str,
        qualname: &str,
        params: Vec<String>,
        parent: Option<DefId>,
    ) -> DefId {
        let def_id = self.defs.len();
        let generic =
            self.new_spec(Spec { def: Some(def_id), params: vec![Type::Dyn; params.len()], typed_kwargs: false });
        self.defs.push(DefInfo {
            name: name.to_string(),
            qualname: qualname.to_string(),
            node,
            global: None,
            class_ref: None,
            outer_class_ref: None,
            parent,
            shape: 0,
            default_globals: Vec::new(),
            locals: params.iter().cloned().collect(),
            locals_assigned: BTreeSet::new(),
            global_decls: HashSet::new(),
            private_lists: HashSet::new(),
            released_lists: HashSet::new(),
            mentions: BTreeSet::new(),
            nonlocals: Vec::new(),
            cells: BTreeSet::new(),
            frees: BTreeSet::new(),
            shared_vars: BTreeSet::new(),
            comp_cells: BTreeSet::new(),
            generator: false,
            params,
            generic,
            kwargs_keys: Vec::new(),
            typed_kwargs: None,
        });
        def_id
    }

    /// Registers a generator expression nested in function `parent` (if any).
    fn add_genexp(&mut self, g: &'a ast::ExprGenerator, qualname: &str, parent: Option<DefId>) -> DefId {
        let id = self.add_function(DefNode::GenExp(g), "<genexpr>", qualname, vec![".0".to_string()], parent);
        self.defs[id].generator = true;
        id
    }

    fn new_spec(&mut self, spec: Spec) -> FuncId {
        let id = FuncId(self.specs.len() as u32);
        if let Some(d) = spec.def
            && !spec.typed_kwargs
        {
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
        self.new_spec(Spec { def: Some(def), params: key, typed_kwargs: false })
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
        self.new_spec(Spec { def: None, params: Vec::new(), typed_kwargs: false });
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
        let m = &self.table.modules[self.index];
        let module = Module {
            name: m.name.clone(),
            path: self.path,
            source: self.source.to_string(),
            frozen: m.frozen,
            body: FuncId(0),
            package: m.package,
            namespace: m.namespace,
            parent: m.parent,
            globals: (0..self.globals.len() as u32).map(GlobalId).collect(),
            doc: docstring(self.module),
        };
        let classes = self.classes.decls(self.table.attribute_writes.as_ref());
        let mut prog = Program { funcs, globals: self.globals, main: FuncId(0), modules: vec![module], classes };
        crate::passes::remove_proven_checks(&mut prog);
        crate::passes::assign_directly(&mut prog);
        crate::passes::remove_uncalled(&mut prog);
        if self.index == 0 {
            crate::passes::mark_cold(&mut prog);
        }
        crate::mir::shadows::float_attributes(&mut prog);
        Ok(prog)
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

/// Module-level names that module-level code binds other than by `def` (assignments,
/// imports, classes).
fn writes_other_than_defs(module: &[Stmt]) -> HashSet<String> {
    let no_defs: Vec<Stmt> = module.iter().filter(|s| !matches!(s, Stmt::FunctionDef(_))).cloned().collect();
    let mut names: HashSet<String> = scope::bound_names(&no_defs).into_iter().collect();
    // Defs nested in compound statements are still defs.
    for d in scope::ScopeContents::of_body(&no_defs).defs {
        names.remove(d.name.as_str());
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
    /// The body of an `except*` clause, which `break`, `continue` and `return` may not
    /// leave (a SyntaxError, reported before any exit would run).
    StarClause,
    /// Leaving the code calls rt's `builtin(arg)` under the handler outside it: the body of
    /// a `with` statement (`_with_exit` of the bound `__exit__`), or of a `for` loop over a
    /// temporary iterator (`_close_iter`: a generator is closed when the loop drops it).
    Cleanup { builtin: &'static str, arg: Operand, handler: Option<BlockId> },
}

struct Loop {
    brk: BlockId,
    cont: BlockId,
    exits: usize,
}

/// Where a name lives in the function being lowered.
#[derive(Clone, Copy)]
enum NameRef {
    Local(LocalId),
    /// A variable shared with nested functions: the local holding its cell, and whether it
    /// is a free variable (another function's).
    Cell(LocalId, bool),
    Global(GlobalId),
    Builtin,
}

pub(crate) struct FnBuilder<'p, 'a> {
    prog: &'p mut ProgramBuilder<'a>,
    id: FuncId,
    def: Option<DefId>,
    locals: Vec<LocalDecl>,
    vars: HashMap<String, LocalId>,
    /// The cells of shared variables (the function's own and its free ones), by name, with
    /// whether each is free.
    cells: HashMap<String, (LocalId, bool)>,
    /// Comprehension scopes, innermost last (PEP 709: their variables do not leak).
    comp_scopes: Vec<HashMap<String, NameRef>>,
    /// While lowering a generator expression's function: the iterator its first `for`
    /// clause takes (its parameter).
    genexp_source: Option<Val>,
    /// The type parameters in scope (PEP 695: a class body's), by name.
    type_params: Vec<(String, Operand)>,
    /// While lowering a class body: its namespace, where the body's names live.
    class_scope: Option<ClassScope>,
    /// The class body being lowered (index into `class_frames`), whose blocks are its frame.
    frame: Option<u32>,
    class_frames: Vec<String>,
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

/// A class body being lowered: it runs in the enclosing function, but the names it binds
/// live in its namespace dict (CPython's `LOAD_NAME`/`STORE_NAME`).
struct ClassScope {
    ns: Operand,
    /// Every name the body binds somewhere.
    bound: HashSet<String>,
    /// The names certainly in the namespace at this point (bound by earlier top-level
    /// statements), read without checking.
    assigned: HashSet<String>,
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
            cells: HashMap::new(),
            comp_scopes: Vec::new(),
            genexp_source: None,
            type_params: Vec::new(),
            class_scope: None,
            frame: None,
            class_frames: Vec::new(),
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
        let mut freevars = Vec::new();
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
            // The closure, a hidden parameter after the others.
            let frees: Vec<String> = b.prog.defs[d].frees.iter().cloned().collect();
            let closure = (!frees.is_empty()).then(|| b.new_local(None, Type::Dyn));
            let cells = b.prog.defs[d].cells.clone();
            let locals: Vec<String> = b.prog.defs[d].locals.iter().cloned().collect();
            for v in locals {
                if !b.vars.contains_key(&v) && !cells.contains(&v) {
                    let ty = b.prog.assumed_var(id, &v);
                    let l = b.new_local(Some(v.clone()), ty);
                    b.vars.insert(v, l);
                }
            }
            if closure.is_some() {
                for (i, name) in frees.iter().enumerate() {
                    let cell = b.assign(Rvalue::ClosureCell(i as u32), Type::Dyn);
                    let Operand::Local(l) = cell.op else { unreachable!("assign makes a local") };
                    b.cells.insert(name.clone(), (l, true));
                }
            }
            for name in cells {
                let cell = b.assign(Rvalue::NewCell, Type::Dyn);
                if let Some(&p) = b.vars.get(&name) {
                    // A parameter starts out in its cell.
                    let v = Val { op: Operand::Local(p), ty: b.locals[p.index()].ty };
                    let value = b.to_dyn(v);
                    b.emit(Statement::CellSet { cell: cell.op.clone(), value });
                }
                let Operand::Local(l) = cell.op else { unreachable!("assign makes a local") };
                b.cells.insert(name, (l, false));
            }
            freevars = frees;
        }
        let generator = spec.def.is_some_and(|d| b.prog.defs[d].generator);
        if let Some(d) = spec.def
            && b.prog.defs[d].generic == id
            && !b.prog.defs[d].kwargs_keys.is_empty()
            && freevars.is_empty()
            && b.prog.defs[d].params.last().is_some_and(|k| !b.cells.contains_key(k))
        {
            b.delegate_typed_kwargs(d);
        }
        if generator {
            // Calling a generator function makes a generator.
            b.prog.widen_ret(id, Type::Dyn);
        }
        match node {
            None => b.lower_body(b.prog.module),
            Some(DefNode::Def(d)) => b.lower_body(&d.body),
            Some(DefNode::Lambda(l)) => {
                b.at(l.body.range());
                let v = b.lower_expr(&l.body);
                b.emit_return(v);
            }
            Some(DefNode::TypeAlias(t)) => {
                b.at(t.value.range());
                let v = b.lower_expr(&t.value);
                b.emit_return(v);
            }
            Some(DefNode::GenExp(g)) => {
                b.genexp_source = Some(Val { op: Operand::Local(LocalId(0)), ty: Type::Dyn });
                b.comprehension(&g.generators, &mut |this: &mut Self| {
                    let v = this.lower_expr(&g.elt);
                    let v = this.to_dyn(v);
                    this.at(g.elt.range());
                    this.yield_value(v, false);
                });
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
            freevars,
            generator,
            ret,
            locals: b.locals,
            blocks: b.blocks,
            entry,
            line,
            class_frames: b.class_frames,
            module: b.prog.index,
            cold: false,
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
            frame: self.frame,
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

    /// `obj.name`, straight from the inline values of the sealed classes that keep `name`.
    fn get_attr(&mut self, obj: Operand, name: &str) -> Val {
        let fields = self.prog.classes.fields(name);
        self.assign(Rvalue::GetAttr { obj, name: name.to_string(), fields }, Type::Dyn)
    }

    /// A `bool` operand for a branch on `v`'s truth.
    fn truth(&mut self, v: Val) -> Operand {
        if v.ty == Type::Bool { v.op } else { self.assign(Rvalue::Truth(v.op), Type::Bool).op }
    }

    /// The namespace of the class body being lowered, if `name` is one of its names (a
    /// comprehension in the body has its own variables and does not see the class's).
    fn class_namespace(&self, name: &str) -> Option<Operand> {
        let scope = self.class_scope.as_ref()?;
        (self.comp_scopes.is_empty() && scope.bound.contains(name)).then(|| scope.ns.clone())
    }

    /// Reports `M.name` where `M` is always a module (`scope::module_aliases`) lacking `name`.
    fn check_module_attribute(&mut self, a: &ast::ExprAttribute) {
        let ast::Expr::Name(n) = &*a.value else { return };
        let alias = n.id.as_str();
        if self.class_namespace(alias).is_some()
            || !matches!(self.resolve(alias), NameRef::Global(_))
            || self.prog.table.written_from_outside(alias)
        {
            return;
        }
        if let Some(module) = self.prog.module_aliases.get(alias).cloned() {
            self.prog.check_provided(&module, a.attr.as_str(), a.range);
        }
    }

    fn resolve(&self, name: &str) -> NameRef {
        for scope in self.comp_scopes.iter().rev() {
            if let Some(&r) = scope.get(name) {
                return r;
            }
        }
        if let Some(&(cell, free)) = self.cells.get(name) {
            return NameRef::Cell(cell, free);
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
            && self.comp_scopes.iter().all(|s| !s.values().any(|x| matches!(x, NameRef::Local(y) if *y == l)))
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

    /// Releases the storage of the function's private lists that nothing can reach once it
    /// returns (before a `return`).
    fn release_lists(&mut self) {
        let Some(d) = self.def else { return };
        let mut names: Vec<&String> = self.prog.defs[d].released_lists.iter().collect();
        names.sort();
        let locals: Vec<LocalId> = names
            .into_iter()
            .filter_map(|n| self.vars.get(n).copied())
            .filter(|l| self.locals[l.index()].ty == Type::List)
            .collect();
        for l in locals {
            self.emit(Statement::ReleaseList(l));
        }
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
        if let Some(ns) = self.class_namespace(name) {
            let value = self.to_dyn(v);
            let index = Operand::Const(Constant::Str(name.to_string()));
            self.emit(Statement::SetItem { obj: ns, index, value });
            return;
        }
        match self.resolve(name) {
            NameRef::Local(l) => self.store_local(l, v),
            NameRef::Cell(cell, _) => {
                let value = self.to_dyn(v);
                self.emit(Statement::CellSet { cell: Operand::Local(cell), value });
            }
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

    /// The cells a new function object of `def` closes over: for each of its free variables,
    /// this function's cell of that name (its own or one it was given).
    fn closure_cells(&mut self, def: DefId) -> Vec<Operand> {
        let frees: Vec<String> = self.prog.defs[def].frees.iter().cloned().collect();
        frees
            .iter()
            .map(|n| match self.resolve(n) {
                NameRef::Cell(cell, _) => Operand::Local(cell),
                _ => unreachable!("scope analysis made `{n}` a cell of the enclosing function"),
            })
            .collect()
    }

    /// Whether comprehension variable `name` of this function is shared with a nested
    /// function (so it lives in a cell).
    fn comprehension_cell(&self, name: &str) -> bool {
        match self.def {
            Some(d) => self.prog.defs[d].comp_cells.contains(name),
            None => self.prog.module_comp_cells.contains(name),
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
        self.release_lists();
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
                Exit::StarClause => {}
                Exit::Cleanup { builtin, arg, handler } => {
                    self.exits.truncate(i);
                    self.handler = handler;
                    let b = self.new_block();
                    self.goto(b);
                    self.switch_to(b);
                    self.call_cleanup(builtin, arg);
                }
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

    /// Runs a cleanup (`Exit::Cleanup`) on the way out of a `with` body or a loop.
    fn call_cleanup(&mut self, builtin: &str, arg: Operand) {
        let callee = crate::mir::Callee::Builtin(builtin.into());
        self.emit(Statement::Eval(Rvalue::Call { callee, args: vec![arg], kwnames: Vec::new() }));
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
