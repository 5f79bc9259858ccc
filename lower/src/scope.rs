//! Name resolution: which names a module binds, and for each function which names are its
//! locals (Python's rule: a name assigned anywhere in a function body is local to it,
//! unless declared `global`).

use std::collections::{BTreeSet, HashMap, HashSet};

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

/// Names bound by assignment-like statements in `body`, not descending into nested function
/// or class bodies (their names belong to their own scopes) or comprehensions (PEP 709 keeps
/// their iteration variables apart), but including walrus targets anywhere.
pub fn bound_names(body: &[Stmt]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for s in body {
        stmt_bindings(s, &mut out);
    }
    out
}

/// The names module-level code binds only by `import M` (one module `M` each, dotted when
/// imported with `as`), which no function rebinds through `global`: wherever such a name is
/// bound, it is that module.
pub fn module_aliases(body: &[Stmt]) -> HashMap<String, String> {
    let mut others = BTreeSet::new();
    body.iter().for_each(|s| bindings(s, &mut others, false));
    let mut globals = HashSet::new();
    all_global_decls(body, &mut globals);
    let mut imports: HashMap<String, Option<String>> = HashMap::new();
    import_aliases(body, &mut imports);
    imports
        .into_iter()
        .filter_map(|(name, module)| Some((name, module?)))
        .filter(|(name, _)| !others.contains(name) && !globals.contains(name))
        .collect()
}

/// The names `import` statements in `body` (and the compound statements in it) bind, with
/// their module; `None` for a name bound to different modules.
fn import_aliases(body: &[Stmt], out: &mut HashMap<String, Option<String>>) {
    each_statement(body, &mut |s| {
        let Stmt::Import(i) = s else { return };
        for a in &i.names {
            let (name, module) = match &a.asname {
                Some(n) => (n.as_str(), a.name.as_str()),
                None => {
                    let top = a.name.as_str().split('.').next().unwrap_or("");
                    (top, top)
                }
            };
            let entry = out.entry(name.to_string()).or_insert_with(|| Some(module.to_string()));
            if entry.as_deref() != Some(module) {
                *entry = None;
            }
        }
    });
}

/// Every name declared `global` anywhere in `body`, nested functions and classes included.
fn all_global_decls(body: &[Stmt], out: &mut HashSet<String>) {
    each_statement(body, &mut |s| match s {
        Stmt::Global(g) => out.extend(g.names.iter().map(|n| n.as_str().to_string())),
        Stmt::FunctionDef(f) => all_global_decls(&f.body, out),
        Stmt::ClassDef(c) => all_global_decls(&c.body, out),
        _ => {}
    });
}

/// Calls `f` on each statement of `body` and of the bodies of its compound statements (`if`,
/// loops, `try`, `with`, `match`), not descending into functions and classes.
pub fn each_statement<'a>(body: &'a [Stmt], f: &mut dyn FnMut(&'a Stmt)) {
    for s in body {
        f(s);
        match s {
            Stmt::If(i) => {
                each_statement(&i.body, f);
                i.elif_else_clauses.iter().for_each(|c| each_statement(&c.body, f));
            }
            Stmt::For(l) => {
                each_statement(&l.body, f);
                each_statement(&l.orelse, f);
            }
            Stmt::While(w) => {
                each_statement(&w.body, f);
                each_statement(&w.orelse, f);
            }
            Stmt::Try(t) => {
                each_statement(&t.body, f);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    each_statement(&h.body, f);
                }
                each_statement(&t.orelse, f);
                each_statement(&t.finalbody, f);
            }
            Stmt::With(w) => each_statement(&w.body, f),
            Stmt::Match(m) => m.cases.iter().for_each(|c| each_statement(&c.body, f)),
            _ => {}
        }
    }
}

/// Names declared `global` directly in `body`.
pub fn global_decls(body: &[Stmt]) -> HashSet<String> {
    declarations(body, true)
}

/// Names declared `nonlocal` directly in `body`.
pub fn nonlocal_decls(body: &[Stmt]) -> HashSet<String> {
    declarations(body, false)
}

/// Names declared `global` (or `nonlocal`) in `body`, not descending into nested scopes.
fn declarations(body: &[Stmt], global: bool) -> HashSet<String> {
    let mut out = HashSet::new();
    each_statement(body, &mut |s| match s {
        Stmt::Global(g) if global => out.extend(g.names.iter().map(|n| n.as_str().to_string())),
        Stmt::Nonlocal(n) if !global => out.extend(n.names.iter().map(|n| n.as_str().to_string())),
        _ => {}
    });
    out
}

/// The names a `case` pattern binds (captures, `as` names, `*rest`, `**rest`).
pub fn pattern_names(p: &ast::Pattern, out: &mut BTreeSet<String>) {
    use ast::Pattern as P;
    match p {
        P::MatchValue(_) | P::MatchSingleton(_) => {}
        P::MatchSequence(s) => s.patterns.iter().for_each(|p| pattern_names(p, out)),
        P::MatchMapping(m) => {
            m.patterns.iter().for_each(|p| pattern_names(p, out));
            if let Some(r) = &m.rest {
                out.insert(r.to_string());
            }
        }
        P::MatchClass(c) => {
            c.arguments.patterns.iter().for_each(|p| pattern_names(p, out));
            c.arguments.keywords.iter().for_each(|k| pattern_names(&k.pattern, out));
        }
        P::MatchStar(s) => {
            if let Some(n) = &s.name {
                out.insert(n.to_string());
            }
        }
        P::MatchAs(a) => {
            if let Some(p) = &a.pattern {
                pattern_names(p, out);
            }
            if let Some(n) = &a.name {
                out.insert(n.to_string());
            }
        }
        P::MatchOr(o) => o.patterns.iter().for_each(|p| pattern_names(p, out)),
    }
}

fn target_names(t: &Expr, out: &mut BTreeSet<String>) {
    match t {
        Expr::Name(n) => {
            out.insert(n.id.to_string());
        }
        Expr::Tuple(t) => t.elts.iter().for_each(|e| target_names(e, out)),
        Expr::List(l) => l.elts.iter().for_each(|e| target_names(e, out)),
        Expr::Starred(s) => target_names(&s.value, out),
        _ => expr_walrus(t, out),
    }
}

fn expr_walrus(e: &Expr, out: &mut BTreeSet<String>) {
    match e {
        Expr::Named(n) => {
            target_names(&n.target, out);
            expr_walrus(&n.value, out);
        }
        Expr::Lambda(_) => {}
        _ => {
            for child in children(e) {
                expr_walrus(child, out);
            }
        }
    }
}

/// The direct subexpressions of an expression (for walks that only need to find things).
pub fn children(e: &Expr) -> Vec<&Expr> {
    let mut v: Vec<&Expr> = Vec::new();
    match e {
        Expr::BoolOp(b) => v.extend(b.values.iter()),
        Expr::Named(n) => v.push(&n.value),
        Expr::BinOp(b) => {
            v.push(&b.left);
            v.push(&b.right);
        }
        Expr::UnaryOp(u) => v.push(&u.operand),
        Expr::If(i) => {
            v.push(&i.test);
            v.push(&i.body);
            v.push(&i.orelse);
        }
        Expr::Dict(d) => {
            for item in &d.items {
                if let Some(k) = &item.key {
                    v.push(k);
                }
                v.push(&item.value);
            }
        }
        Expr::Set(s) => v.extend(s.elts.iter()),
        Expr::ListComp(c) => {
            v.push(&c.elt);
            for g in &c.generators {
                v.push(&g.target);
                v.push(&g.iter);
                v.extend(g.ifs.iter());
            }
        }
        Expr::SetComp(c) => {
            v.push(&c.elt);
            for g in &c.generators {
                v.push(&g.iter);
                v.extend(g.ifs.iter());
            }
        }
        Expr::DictComp(c) => {
            if let Some(k) = &c.key {
                v.push(k);
            }
            v.push(&c.value);
            for g in &c.generators {
                v.push(&g.iter);
                v.extend(g.ifs.iter());
            }
        }
        Expr::Generator(c) => {
            v.push(&c.elt);
            for g in &c.generators {
                v.push(&g.iter);
                v.extend(g.ifs.iter());
            }
        }
        Expr::Await(a) => v.push(&a.value),
        Expr::Yield(y) => {
            if let Some(x) = &y.value {
                v.push(x);
            }
        }
        Expr::YieldFrom(y) => v.push(&y.value),
        Expr::Compare(c) => {
            v.push(&c.left);
            v.extend(c.comparators.iter());
        }
        Expr::Call(c) => {
            v.push(&c.func);
            v.extend(c.arguments.args.iter());
            v.extend(c.arguments.keywords.iter().map(|k| &k.value));
        }
        Expr::FString(f) => {
            for part in &f.value {
                if let ast::FStringPart::FString(fs) = part {
                    interpolations(&fs.elements, &mut v);
                }
            }
        }
        Expr::Attribute(a) => v.push(&a.value),
        Expr::Subscript(s) => {
            v.push(&s.value);
            v.push(&s.slice);
        }
        Expr::Starred(s) => v.push(&s.value),
        Expr::List(l) => v.extend(l.elts.iter()),
        Expr::Tuple(t) => v.extend(t.elts.iter()),
        Expr::Slice(s) => {
            for b in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                v.push(b);
            }
        }
        _ => {}
    }
    v
}

fn interpolations<'a>(elements: &'a ast::InterpolatedStringElements, v: &mut Vec<&'a Expr>) {
    for el in elements {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            v.push(&i.expression);
            if let Some(spec) = &i.format_spec {
                interpolations(&spec.elements, v);
            }
        }
    }
}

fn stmt_bindings(s: &Stmt, out: &mut BTreeSet<String>) {
    bindings(s, out, true);
}

/// `stmt_bindings`, leaving out `import` statements' names unless `imports`.
fn bindings(s: &Stmt, out: &mut BTreeSet<String>, imports: bool) {
    match s {
        Stmt::FunctionDef(f) => {
            out.insert(f.name.as_str().to_string());
        }
        Stmt::ClassDef(c) => {
            out.insert(c.name.as_str().to_string());
        }
        Stmt::Assign(a) => {
            a.targets.iter().for_each(|t| target_names(t, out));
            expr_walrus(&a.value, out);
        }
        Stmt::AugAssign(a) => {
            target_names(&a.target, out);
            expr_walrus(&a.value, out);
        }
        Stmt::AnnAssign(a) => {
            if let Some(v) = &a.value {
                target_names(&a.target, out);
                expr_walrus(v, out);
            }
        }
        Stmt::For(f) => {
            target_names(&f.target, out);
            expr_walrus(&f.iter, out);
            f.body.iter().chain(f.orelse.iter()).for_each(|s| bindings(s, out, imports));
        }
        Stmt::While(w) => {
            expr_walrus(&w.test, out);
            w.body.iter().chain(w.orelse.iter()).for_each(|s| bindings(s, out, imports));
        }
        Stmt::If(i) => {
            expr_walrus(&i.test, out);
            i.body.iter().for_each(|s| bindings(s, out, imports));
            for c in &i.elif_else_clauses {
                if let Some(t) = &c.test {
                    expr_walrus(t, out);
                }
                c.body.iter().for_each(|s| bindings(s, out, imports));
            }
        }
        Stmt::With(w) => {
            for item in &w.items {
                if let Some(v) = &item.optional_vars {
                    target_names(v, out);
                }
            }
            w.body.iter().for_each(|s| bindings(s, out, imports));
        }
        Stmt::Try(t) => {
            t.body.iter().for_each(|s| bindings(s, out, imports));
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                if let Some(n) = &h.name {
                    out.insert(n.as_str().to_string());
                }
                h.body.iter().for_each(|s| bindings(s, out, imports));
            }
            t.orelse.iter().chain(t.finalbody.iter()).for_each(|s| bindings(s, out, imports));
        }
        Stmt::Import(i) if imports => {
            for a in &i.names {
                let name = a.asname.as_ref().map_or_else(
                    || a.name.as_str().split('.').next().unwrap_or("").to_string(),
                    |n| n.as_str().to_string(),
                );
                out.insert(name);
            }
        }
        Stmt::ImportFrom(i) => {
            for a in &i.names {
                out.insert(a.asname.as_ref().unwrap_or(&a.name).as_str().to_string());
            }
        }
        Stmt::Delete(d) => d.targets.iter().for_each(|t| target_names(t, out)),
        Stmt::TypeAlias(t) => target_names(&t.name, out),
        Stmt::Expr(e) => expr_walrus(&e.value, out),
        Stmt::Return(r) => {
            if let Some(v) = &r.value {
                expr_walrus(v, out);
            }
        }
        Stmt::Match(m) => {
            expr_walrus(&m.subject, out);
            for case in &m.cases {
                pattern_names(&case.pattern, out);
                if let Some(g) = &case.guard {
                    expr_walrus(g, out);
                }
                case.body.iter().for_each(|s| bindings(s, out, imports));
            }
        }
        _ => {}
    }
}

/// Builtins that only read a list or dict passed to them (iterators over it cannot change it).
#[rustfmt::skip]
const READERS: &[&str] = &[
    "len", "sum", "min", "max", "sorted", "any", "all", "print", "str", "repr", "ascii", "list", "tuple", "set",
    "frozenset", "enumerate", "zip", "reversed", "iter", "map", "filter", "dict", "bool", "format", "isinstance",
    "type", "id", "hash",
];

/// Removes from `candidates` every name used where other code could reach its object (a
/// local list or dict): uses that only read it, `methods` of its own and, with `stores`,
/// stores into it by index keep it.
struct Uses<'b> {
    candidates: HashSet<String>,
    is_builtin: &'b dyn Fn(&str) -> bool,
    methods: &'b [&'b str],
    stores: bool,
}
impl Uses<'_> {
    fn is_candidate(&self, e: &Expr) -> bool {
        matches!(e, Expr::Name(n) if self.candidates.contains(n.id.as_str()))
    }
    /// Visits `e` unless it is a candidate's name used only for reading.
    fn visit_read(&mut self, e: &Expr) {
        if !self.is_candidate(e) {
            self.visit_expr(e);
        }
    }
}
impl<'a> Visitor<'a> for Uses<'_> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        match s {
            Stmt::For(f) => {
                self.visit_expr(&f.target);
                self.visit_read(&f.iter);
                f.body.iter().chain(&f.orelse).for_each(|s| self.visit_stmt(s));
            }
            _ => walk_stmt(self, s),
        }
    }
    fn visit_comprehension(&mut self, c: &'a ast::Comprehension) {
        self.visit_expr(&c.target);
        self.visit_read(&c.iter);
        c.ifs.iter().for_each(|e| self.visit_expr(e));
    }
    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Name(n) if n.ctx == ast::ExprContext::Load => {
                self.candidates.remove(n.id.as_str());
            }
            Expr::Subscript(s) if self.is_candidate(&s.value) && (self.stores || s.ctx == ast::ExprContext::Load) => {
                self.visit_expr(&s.slice)
            }
            Expr::Call(c) => {
                let args = &c.arguments;
                match &*c.func {
                    Expr::Attribute(a) if self.is_candidate(&a.value) && self.methods.contains(&a.attr.as_str()) => {
                        args.args.iter().for_each(|x| self.visit_expr(x));
                    }
                    Expr::Name(f) if READERS.contains(&f.id.as_str()) && (self.is_builtin)(f.id.as_str()) => {
                        args.args.iter().for_each(|x| self.visit_read(x));
                    }
                    func => {
                        self.visit_expr(func);
                        args.args.iter().for_each(|x| self.visit_expr(x));
                    }
                }
                args.keywords.iter().for_each(|k| self.visit_expr(&k.value));
            }
            Expr::Compare(c) => {
                self.visit_read(&c.left);
                c.comparators.iter().for_each(|x| self.visit_read(x));
            }
            Expr::BinOp(b) => {
                self.visit_read(&b.left);
                self.visit_read(&b.right);
            }
            _ => walk_expr(self, e),
        }
    }
}

/// The local lists of a function that no other code can reach: each is bound only to fresh
/// lists (displays, comprehensions, `[x] * n`, `list(...)`, slices `ys[a:b]` of another
/// such list `ys`) and used only in ways that
/// cannot hand it to other code (indexing, its own methods, iteration, `in`, operators, and
/// read-only builtins). Every element stored in such a list is then visible to lowering,
/// which can give its elements a static type. `params` are excluded (their lists come from
/// callers); `is_builtin(name)` says whether a called name is the builtin of that name.
pub fn private_lists(
    body: &[Stmt],
    locals: &BTreeSet<String>,
    params: &[String],
    is_builtin: &dyn Fn(&str) -> bool,
) -> HashSet<String> {
    /// Methods of `list` that neither retain the list elsewhere nor call other code with it.
    const METHODS: &[&str] =
        &["append", "insert", "extend", "pop", "remove", "index", "count", "sort", "reverse", "clear", "copy"];

    fn fresh(e: &Expr, is_builtin: &dyn Fn(&str) -> bool) -> bool {
        match e {
            Expr::List(_) | Expr::ListComp(_) => true,
            Expr::BinOp(b) if b.op == ast::Operator::Mult => {
                matches!(&*b.left, Expr::List(_)) || matches!(&*b.right, Expr::List(_))
            }
            Expr::Call(c) => matches!(&*c.func, Expr::Name(n) if n.id.as_str() == "list" && is_builtin("list")),
            _ => false,
        }
    }

    /// A slice of a name: fresh if that name is a private list.
    fn slice_of(e: &Expr) -> Option<&str> {
        match e {
            Expr::Subscript(s) if matches!(&*s.slice, Expr::Slice(_)) => match &*s.value {
                Expr::Name(n) => Some(n.id.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Which names are bound only as `name = <fresh list>` (or `name += ...`), and which
    /// otherwise; `slices` has the `(name, list)` of each `name = list[a:b]`.
    struct Bindings<'b> {
        fresh: HashSet<String>,
        other: HashSet<String>,
        slices: Vec<(String, String)>,
        is_builtin: &'b dyn Fn(&str) -> bool,
    }
    impl<'a> Visitor<'a> for Bindings<'_> {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match s {
                Stmt::Assign(a) => {
                    match &a.targets[..] {
                        [Expr::Name(n)] if fresh(&a.value, self.is_builtin) => {
                            self.fresh.insert(n.id.to_string());
                        }
                        [Expr::Name(n)] if let Some(list) = slice_of(&a.value) => {
                            self.fresh.insert(n.id.to_string());
                            self.slices.push((n.id.to_string(), list.to_string()));
                        }
                        targets => targets.iter().for_each(|t| target_names_into(t, &mut self.other)),
                    }
                    self.visit_expr(&a.value);
                }
                Stmt::AnnAssign(a) => {
                    if let (Expr::Name(n), Some(v)) = (&*a.target, &a.value) {
                        if fresh(v, self.is_builtin) {
                            self.fresh.insert(n.id.to_string());
                        } else {
                            self.other.insert(n.id.to_string());
                        }
                        self.visit_expr(v);
                    }
                }
                Stmt::AugAssign(a) if matches!(&*a.target, Expr::Name(_)) => self.visit_expr(&a.value),
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                other => {
                    // This statement's own bindings; nested blocks are visited by the walk.
                    match other {
                        Stmt::For(f) => target_names_into(&f.target, &mut self.other),
                        Stmt::With(w) => {
                            for v in w.items.iter().filter_map(|i| i.optional_vars.as_deref()) {
                                target_names_into(v, &mut self.other);
                            }
                        }
                        Stmt::Import(_) | Stmt::ImportFrom(_) => {
                            let mut names = BTreeSet::new();
                            stmt_bindings(other, &mut names);
                            self.other.extend(names);
                        }
                        Stmt::Global(g) => self.other.extend(g.names.iter().map(|n| n.as_str().to_string())),
                        Stmt::Nonlocal(n) => self.other.extend(n.names.iter().map(|n| n.as_str().to_string())),
                        _ => {}
                    }
                    walk_stmt(self, other);
                }
            }
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            if let Expr::Named(n) = e {
                target_names_into(&n.target, &mut self.other);
            }
            walk_expr(self, e);
        }
        fn visit_except_handler(&mut self, h: &'a ast::ExceptHandler) {
            let ast::ExceptHandler::ExceptHandler(x) = h;
            if let Some(n) = &x.name {
                self.other.insert(n.as_str().to_string());
            }
            ruff_python_ast::visitor::walk_except_handler(self, h);
        }
    }

    fn target_names_into(t: &Expr, out: &mut HashSet<String>) {
        let mut names = BTreeSet::new();
        target_names(t, &mut names);
        out.extend(names);
    }

    let mut bindings = Bindings { fresh: HashSet::new(), other: HashSet::new(), slices: Vec::new(), is_builtin };
    for s in body {
        bindings.visit_stmt(s);
    }
    let candidates: HashSet<String> = bindings
        .fresh
        .into_iter()
        .filter(|n| !bindings.other.contains(n) && locals.contains(n) && !params.contains(n))
        .collect();
    let mut uses = Uses { candidates, is_builtin, methods: METHODS, stores: true };
    for s in body {
        uses.visit_stmt(s);
    }
    // A slice is a fresh list only of a list that is itself private.
    let mut private = uses.candidates;
    while let Some((name, _)) =
        bindings.slices.iter().find(|(name, list)| private.contains(name) && !private.contains(list))
    {
        private.remove(&name.clone());
    }
    private
}

/// The private lists (`private_lists`) nothing can reach once the function returns: no
/// lazy iterator over one is made (by `iter`, `enumerate`, `zip`, `reversed`, `map`,
/// `filter` or a generator expression) but as the iterable of a `for` statement or of a
/// list, set or dict comprehension, whose iterator is gone when the loop ends.
pub fn lists_dead_at_return(body: &[Stmt], private: &HashSet<String>) -> HashSet<String> {
    const LAZY: &[&str] = &["iter", "enumerate", "zip", "reversed", "map", "filter"];

    struct Lazy {
        dead: HashSet<String>,
    }
    impl Lazy {
        /// Visits a loop's iterable: a lazy builtin called on the lists is allowed there.
        fn visit_iterable(&mut self, e: &Expr) {
            match e {
                Expr::Call(c) if matches!(&*c.func, Expr::Name(f) if LAZY.contains(&f.id.as_str())) => {
                    c.arguments.args.iter().for_each(|a| self.visit_expr(a));
                    c.arguments.keywords.iter().for_each(|k| self.visit_expr(&k.value));
                }
                _ => self.visit_expr(e),
            }
        }
        fn forget_names_in(&mut self, e: &Expr) {
            for n in names_in(e) {
                self.dead.remove(&n);
            }
        }
    }
    impl<'a> Visitor<'a> for Lazy {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match s {
                Stmt::For(f) => {
                    self.visit_expr(&f.target);
                    self.visit_iterable(&f.iter);
                    f.body.iter().chain(&f.orelse).for_each(|s| self.visit_stmt(s));
                }
                _ => walk_stmt(self, s),
            }
        }
        // The clauses of list, set and dict comprehensions (a generator expression's are
        // never walked).
        fn visit_comprehension(&mut self, c: &'a ast::Comprehension) {
            self.visit_expr(&c.target);
            self.visit_iterable(&c.iter);
            c.ifs.iter().for_each(|e| self.visit_expr(e));
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Generator(_) => self.forget_names_in(e),
                Expr::Call(c) if matches!(&*c.func, Expr::Name(f) if LAZY.contains(&f.id.as_str())) => {
                    self.forget_names_in(e)
                }
                _ => walk_expr(self, e),
            }
        }
    }

    let mut lazy = Lazy { dead: private.clone() };
    for s in body {
        lazy.visit_stmt(s);
    }
    lazy.dead
}

/// Whether the dict a function's `**kwargs` parameter `name` holds stays as the call made
/// it: the body never rebinds the name, never stores into the dict or deletes from it, and
/// uses it only in ways that cannot hand it to other code (items read by `name[key]`, its
/// read-only methods, iteration, `in`, read-only builtins).
pub fn private_kwargs(body: &[Stmt], name: &str, is_builtin: &dyn Fn(&str) -> bool) -> bool {
    const METHODS: &[&str] = &["get", "keys", "values", "items", "copy"];
    if bound_names(body).contains(name) {
        return false;
    }
    let candidates = HashSet::from([name.to_string()]);
    let mut uses = Uses { candidates, is_builtin, methods: METHODS, stores: false };
    for s in body {
        uses.visit_stmt(s);
    }
    !uses.candidates.is_empty()
}

/// What one scope's own code contains: the scopes nested directly in it (`def`s, `lambda`s,
/// `class`es; their decorators, defaults and bases are this scope's code, their bodies are
/// not) and every name the code mentions (read, assigned, deleted or declared `nonlocal`).
#[derive(Default)]
pub struct ScopeContents<'a> {
    pub defs: Vec<&'a ast::StmtFunctionDef>,
    /// Lambdas and generator expressions, each with the iteration variables of the
    /// comprehensions around it in this scope (which it may share).
    pub lambdas: Vec<(&'a ast::ExprLambda, BTreeSet<String>)>,
    pub genexps: Vec<(&'a ast::ExprGenerator, BTreeSet<String>)>,
    /// `type` statements (their values are evaluated lazily, in their own scope).
    pub type_aliases: Vec<&'a ast::StmtTypeAlias>,
    pub classes: Vec<&'a ast::StmtClassDef>,
    pub names: BTreeSet<String>,
    /// Names declared `nonlocal`, with where.
    pub nonlocals: Vec<(String, ruff_text_size::TextRange)>,
    /// The iteration variables of the comprehensions being visited, innermost last.
    comprehension_vars: Vec<BTreeSet<String>>,
}

impl<'a> ScopeContents<'a> {
    /// The contents of a body of statements.
    pub fn of_body(body: &'a [Stmt]) -> Self {
        let mut c = ScopeContents::default();
        for s in body {
            ruff_python_ast::visitor::Visitor::visit_stmt(&mut c, s);
        }
        c
    }

    /// The contents of an expression evaluated in a scope of its own (a `type` statement's value).
    pub fn of_expr(e: &'a Expr) -> Self {
        let mut c = ScopeContents::default();
        ruff_python_ast::visitor::Visitor::visit_expr(&mut c, e);
        c
    }

    /// The contents of a lambda's own code: its body expression.
    pub fn of_lambda(l: &'a ast::ExprLambda) -> Self {
        let mut c = ScopeContents::default();
        ruff_python_ast::visitor::Visitor::visit_expr(&mut c, &l.body);
        c
    }

    /// The contents of a generator expression's own code: everything but its first
    /// iterable (which the enclosing scope evaluates). Its iteration variables are not among
    /// the names: they are the expression's comprehension variables.
    pub fn of_genexp(g: &'a ast::ExprGenerator) -> Self {
        let mut c = ScopeContents::default();
        c.comprehension(&g.generators, &[&g.elt], true);
        c
    }

    /// Visits a comprehension's clauses and result expressions with its iteration variables
    /// in scope; `skip_first` leaves out the first iterable (a generator expression's).
    fn comprehension(&mut self, generators: &'a [ast::Comprehension], results: &[&'a Expr], skip_first: bool) {
        let mut vars = BTreeSet::new();
        for g in generators {
            target_names(&g.target, &mut vars);
        }
        for (i, g) in generators.iter().enumerate() {
            if i == 0 && skip_first {
                continue;
            }
            if i == 0 {
                // The first iterable is evaluated outside the comprehension.
                self.visit_expr(&g.iter);
            }
        }
        self.comprehension_vars.push(vars.clone());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            g.ifs.iter().for_each(|e| self.visit_expr(e));
        }
        results.iter().for_each(|e| self.visit_expr(e));
        self.comprehension_vars.pop();
    }

    /// The comprehension variables a nested scope here may share.
    fn shared_vars(&self) -> BTreeSet<String> {
        self.comprehension_vars.iter().flatten().cloned().collect()
    }

    fn visit_defaults(&mut self, p: &'a ast::Parameters) {
        for pd in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(d) = &pd.default {
                self.visit_expr(d);
            }
        }
    }
}

impl<'a> ruff_python_ast::visitor::Visitor<'a> for ScopeContents<'a> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                self.defs.push(f);
                self.names.insert(f.name.to_string());
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.visit_defaults(&f.parameters);
            }
            Stmt::ClassDef(c) => {
                self.classes.push(c);
                self.names.insert(c.name.to_string());
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    self.visit_arguments(args);
                }
            }
            Stmt::TypeAlias(t) => {
                self.type_aliases.push(t);
                self.visit_expr(&t.name);
            }
            Stmt::Nonlocal(n) => {
                for name in &n.names {
                    self.names.insert(name.to_string());
                    self.nonlocals.push((name.to_string(), n.range));
                }
            }
            _ => ruff_python_ast::visitor::walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            // A comprehension's variables are its own, not the scope's.
            Expr::Name(n) if !self.comprehension_vars.iter().any(|v| v.contains(n.id.as_str())) => {
                self.names.insert(n.id.to_string());
            }
            Expr::Name(_) => {}
            Expr::Lambda(l) => {
                self.lambdas.push((l, self.shared_vars()));
                if let Some(p) = l.parameters.as_deref() {
                    self.visit_defaults(p);
                }
            }
            Expr::Generator(g) => {
                self.genexps.push((g, self.shared_vars()));
                self.visit_expr(&g.generators[0].iter);
            }
            Expr::ListComp(c) => self.comprehension(&c.generators, &[&c.elt], false),
            Expr::SetComp(c) => self.comprehension(&c.generators, &[&c.elt], false),
            Expr::DictComp(c) => {
                let results: Vec<&Expr> = c.key.as_deref().into_iter().chain([&*c.value]).collect();
                self.comprehension(&c.generators, &results, false);
            }
            _ => ruff_python_ast::visitor::walk_expr(self, e),
        }
    }

    // Annotations are not evaluated (PEP 563 behaviour is not needed: krait records only
    // class-level ones, which lowering evaluates itself).
    fn visit_annotation(&mut self, _: &'a Expr) {}
}

/// Whether a function body yields (a `yield` or `yield from` in its own code, not in nested
/// functions, lambdas or generator expressions): it is then a generator function.
pub fn contains_yield(body: &[Stmt]) -> bool {
    let mut f = YieldFinder(false);
    body.iter().for_each(|s| ruff_python_ast::visitor::Visitor::visit_stmt(&mut f, s));
    f.0
}

/// Whether a lambda's body yields (it is then a generator function).
pub fn lambda_yields(l: &ast::ExprLambda) -> bool {
    let mut f = YieldFinder(false);
    ruff_python_ast::visitor::Visitor::visit_expr(&mut f, &l.body);
    f.0
}

/// Finds `yield` in a function's own code.
struct YieldFinder(bool);

mod yield_finder {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    use ruff_python_ast::{Expr, Stmt};

    use super::YieldFinder as Finder;
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            if !matches!(s, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, s);
            }
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Yield(_) | Expr::YieldFrom(_) => self.0 = true,
                Expr::Lambda(_) | Expr::Generator(_) => {}
                _ => walk_expr(self, e),
            }
        }
    }
}

/// Whether a loop polls for Ctrl-C on each iteration: a loop that may run forever (a
/// `while` whose test is a true constant) or whose iterations are long anyway (its body
/// calls something or holds a loop). Tight loops without calls are left at full speed.
pub fn polls_interrupt(test: Option<&Expr>, body: &[Stmt]) -> bool {
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match s {
                Stmt::For(_) | Stmt::While(_) => self.0 = true,
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, s),
            }
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Call(_) | Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) => self.0 = true,
                Expr::Lambda(_) => {}
                _ => walk_expr(self, e),
            }
        }
    }
    let forever = match test {
        Some(Expr::BooleanLiteral(b)) => b.value,
        Some(Expr::NumberLiteral(n)) => matches!(&n.value, ast::Number::Int(i) if i.as_u64() != Some(0)),
        _ => false,
    };
    let mut f = Finder(forever);
    body.iter().for_each(|s| f.visit_stmt(s));
    f.0
}

/// The names of a `def`'s, class's or `type` statement's type parameters (PEP 695).
pub fn type_param_names(tp: Option<&ast::TypeParams>) -> Vec<String> {
    tp.map_or_else(Vec::new, |tp| {
        tp.type_params
            .iter()
            .map(|p| match p {
                ast::TypeParam::TypeVar(v) => v.name.to_string(),
                ast::TypeParam::TypeVarTuple(v) => v.name.to_string(),
                ast::TypeParam::ParamSpec(v) => v.name.to_string(),
            })
            .collect()
    })
}

/// Every name an expression reads.
pub fn names_in(e: &Expr) -> Vec<String> {
    struct Names(Vec<String>);
    impl<'a> Visitor<'a> for Names {
        fn visit_expr(&mut self, e: &'a Expr) {
            if let Expr::Name(n) = e {
                self.0.push(n.id.to_string());
            }
            walk_expr(self, e);
        }
    }
    let mut v = Names(Vec::new());
    v.visit_expr(e);
    v.0
}
