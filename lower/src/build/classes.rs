//! Sealed classes: the module-level classes lowering can see whole, whose instances compiled
//! code reads, writes and calls methods on without going through rt's general paths.
//!
//! A class is sealed when its statement sits at the top level of the module, nothing else
//! binds its name, it has no decorators, keywords or type parameters, its one base (if any)
//! is a sealed class of the same module (or `object`), and its body holds only `def`s,
//! plain assignments and a docstring, without the names that change how attributes are
//! found or stored (`__getattribute__`, `__setattr__`, `__delattr__`, `__new__`, `__dict__`,
//! `__class__`). Its *keys* are the attributes its methods give `self`, in the order
//! `__init__` gives them (a base's `__init__` called through `super()` or by name gives the
//! base's keys there); rt lays out its instances' inline values by them. A class whose MRO
//! all declares `__slots__` (a display of string literals) has its slot names as keys.
//!
//! What lowering knows here is what the class statement made. The program may change the
//! class later; rt's `sealed.rs` then clears the class's guard, and every fast path compiled
//! code takes for it tests the guard first (MIR's `SwitchClass`, `ClassSealed`, the `fields`
//! of `GetAttr` and `SetAttr`), so the general path runs instead.

use std::collections::{BTreeSet, HashMap};

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{DefId, DefInfo, DefNode};
use crate::mir::{ClassDecl, ClassId, Field};
use crate::scope;

/// At most this many keys (rt's inline values hold 30 attributes, two of them spare room).
const MAX_KEYS: usize = 28;

/// How many sealed ancestors rt's display of a type holds (`TypeObject::display`): a class
/// this deep or deeper has no depth, and its subtree is not tested as one.
pub(super) const DISPLAY: usize = 4;

/// At most this many sealed classes are tested at one attribute site or method call.
pub(super) const MAX_CANDIDATES: usize = 8;

/// Names that make attribute lookup or storage on instances other than plain.
const SPECIAL: &[&str] = &["__getattribute__", "__setattr__", "__delattr__", "__new__", "__dict__", "__class__"];

pub(super) struct SealedClass<'a> {
    pub node: &'a ast::StmtClassDef,
    pub qualname: String,
    pub base: Option<ClassId>,
    pub keys: Vec<String>,
    /// Every class of the MRO declares `__slots__` (none `__dict__`): `keys` are the slot
    /// names, the class's first, and instances have no other attributes.
    pub slots: bool,
    /// The names the class body binds; `Some(def)` for a plain method: an undecorated `def`
    /// with positional parameters only, the one binding of its name in the body.
    pub names: HashMap<String, Option<DefId>>,
}

#[derive(Default)]
pub(super) struct Classes<'a> {
    pub list: Vec<SealedClass<'a>>,
    /// Each sealed class by its statement's start offset.
    pub by_start: HashMap<u32, ClassId>,
}

impl<'a> Classes<'a> {
    /// The sealed classes of a module whose body is `module`; `rebindable(name)` says
    /// whether code other than its class statement may bind a module variable.
    pub fn find(module: &'a [Stmt], defs: &[DefInfo<'a>], rebindable: &dyn Fn(&str) -> bool) -> Classes<'a> {
        let def_at: HashMap<u32, DefId> = defs
            .iter()
            .enumerate()
            .filter_map(|(id, d)| match d.node {
                DefNode::Def(f) => Some((f.range.start().to_u32(), id)),
                _ => None,
            })
            .collect();
        let mut classes = Classes::default();
        for (i, s) in module.iter().enumerate() {
            let Stmt::ClassDef(c) = s else { continue };
            let name = c.name.as_str();
            let others: Vec<Stmt> =
                module.iter().enumerate().filter(|&(j, _)| j != i).map(|(_, s)| s.clone()).collect();
            if rebindable(name) || scope::bound_names(&others).contains(name) {
                continue;
            }
            if let Some(sealed) = classes.seal(c, &def_at, defs) {
                let id = ClassId(classes.list.len() as u32);
                classes.by_start.insert(c.range.start().to_u32(), id);
                classes.list.push(sealed);
            }
        }
        classes
    }

    /// The class statement `c` as a sealed class, if it is one.
    fn seal(
        &self,
        c: &'a ast::StmtClassDef,
        def_at: &HashMap<u32, DefId>,
        defs: &[DefInfo<'a>],
    ) -> Option<SealedClass<'a>> {
        if !c.decorator_list.is_empty() || c.type_params.is_some() {
            return None;
        }
        let mut base = None;
        if let Some(args) = &c.arguments {
            if !args.keywords.is_empty() || args.args.len() > 1 {
                return None;
            }
            if let Some(b) = args.args.first() {
                let Expr::Name(n) = b else { return None };
                if n.id.as_str() != "object" {
                    base = Some(self.by_name(n.id.as_str())?);
                }
            }
        }
        let mut names: HashMap<String, Option<DefId>> = HashMap::new();
        let mut slots: Option<Vec<String>> = None;
        // Names bound only to literal constants (plain data on the class), and the others.
        let (mut constants, mut variables) = (BTreeSet::new(), BTreeSet::new());
        for (i, s) in c.body.iter().enumerate() {
            match s {
                Stmt::Pass(_) => {}
                Stmt::Expr(e) if i == 0 && matches!(&*e.value, Expr::StringLiteral(_)) => {}
                Stmt::FunctionDef(f) => {
                    let def = def_at.get(&f.range.start().to_u32()).copied()?;
                    let p = &f.parameters;
                    let plain = f.decorator_list.is_empty()
                        && p.vararg.is_none()
                        && p.kwarg.is_none()
                        && p.kwonlyargs.is_empty()
                        && p.posonlyargs.is_empty()
                        && !p.args.is_empty();
                    let name = f.name.to_string();
                    let entry = if names.contains_key(&name) { None } else { plain.then_some(def) };
                    names.insert(name, entry);
                }
                Stmt::Assign(a) if matches!(&a.targets[..], [Expr::Name(n)] if n.id.as_str() == "__slots__") => {
                    slots = Some(slot_names(&a.value)?);
                }
                Stmt::Assign(a) => {
                    for t in &a.targets {
                        let Expr::Name(n) = t else { return None };
                        names.insert(n.id.to_string(), None);
                        let kind = if is_literal(&a.value) { &mut constants } else { &mut variables };
                        kind.insert(n.id.to_string());
                    }
                }
                Stmt::AnnAssign(a) => {
                    let Expr::Name(n) = &*a.target else { return None };
                    let Some(value) = &a.value else { continue };
                    names.insert(n.id.to_string(), None);
                    let kind = if is_literal(value) { &mut constants } else { &mut variables };
                    kind.insert(n.id.to_string());
                }
                _ => return None,
            }
        }
        if SPECIAL.iter().any(|n| names.contains_key(*n)) || names.contains_key("__slots__") {
            return None;
        }
        if let Some(own) = slots {
            // Every class of the MRO has slots; a slot named like a class attribute is a
            // `ValueError` CPython reports (left to rt).
            if base.is_some_and(|b| !self.list[b.index()].slots) || own.iter().any(|n| names.contains_key(n)) {
                return None;
            }
            let mut keys = own;
            keys.extend(base.map(|b| self.list[b.index()].keys.clone()).unwrap_or_default());
            let inherited = |k: &String| base.is_some_and(|b| self.in_namespace(b, k));
            if keys.len() > MAX_KEYS || keys.iter().any(inherited) {
                return None;
            }
            return Some(SealedClass { node: c, qualname: c.name.to_string(), base, keys, slots: true, names });
        }
        if base.is_some_and(|b| self.list[b.index()].slots) {
            return None;
        }
        // The keys: `__init__`'s first, in its order, then the other methods'.
        let base_keys = base.map(|b| self.list[b.index()].keys.clone()).unwrap_or_default();
        let mut keys: Vec<String> = Vec::new();
        let methods = c.body.iter().filter_map(|s| match s {
            Stmt::FunctionDef(f) => Some(f),
            _ => None,
        });
        let (inits, others): (Vec<_>, Vec<_>) = methods.partition(|f| f.name.as_str() == "__init__");
        for f in inits.into_iter().chain(others) {
            let def = def_at[&f.range.start().to_u32()];
            self_stores(
                f,
                &defs[def],
                base.map(|b| (self.list[b.index()].node.name.as_str(), &base_keys[..])),
                &mut keys,
            );
        }
        for k in base_keys {
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
        // A key must not be a name of the class's namespaces (a method it would hide), but
        // for class-level constants (defaults an instance's own value overrides).
        let constant = |k: &String| constants.contains(k) && !variables.contains(k);
        let inherited = |k: &String| base.is_some_and(|b| self.in_namespace(b, k));
        if keys.len() > MAX_KEYS
            || keys.iter().any(|k| (names.contains_key(k) && !constant(k)) || inherited(k))
            || base.is_some_and(|b| SPECIAL.iter().any(|n| self.in_namespace(b, n)))
        {
            return None;
        }
        let qualname = c.name.to_string();
        Some(SealedClass { node: c, qualname, base, keys, slots: false, names })
    }

    /// How many sealed classes are above `c`, when rt's display holds it.
    fn depth(&self, c: &SealedClass) -> Option<usize> {
        let d = std::iter::successors(c.base, |&b| self.list[b.index()].base).count();
        (d < DISPLAY).then_some(d)
    }

    /// Whether `c` is `ancestor` or one of its (sealed) subclasses.
    fn descends(&self, c: ClassId, ancestor: ClassId) -> bool {
        self.mro(c).any(|k| k == ancestor)
    }

    /// The sealed classes whose instances call method `name` with `def`, as the cases of a
    /// class switch, grouped by `def`: a class whose sealed subclasses all call the same
    /// `def` is one case for its whole subtree. Empty when there are too many cases.
    pub fn method_cases(&self, name: &str, binds: &dyn Fn(DefId) -> bool) -> Vec<(DefId, Vec<(ClassId, bool)>)> {
        let found: Vec<(ClassId, DefId)> = self.methods(name).into_iter().filter(|&(_, d)| binds(d)).collect();
        let def_of = |c: ClassId| found.iter().find(|&&(k, _)| k == c).map(|&(_, d)| d);
        // Ancestors first, so that a subtree case covers its classes before they come up.
        let mut order: Vec<ClassId> = found.iter().map(|&(c, _)| c).collect();
        order.sort_by_key(|&c| self.mro(c).count());
        let mut covered: Vec<ClassId> = Vec::new();
        let mut groups: Vec<(DefId, Vec<(ClassId, bool)>)> = Vec::new();
        let mut cases = 0;
        for c in order {
            if covered.contains(&c) {
                continue;
            }
            let def = def_of(c).expect("a found class");
            let subtree: Vec<ClassId> =
                (0..self.list.len()).map(|i| ClassId(i as u32)).filter(|&k| self.descends(k, c)).collect();
            let whole = self.depth(&self.list[c.index()]).is_some()
                && subtree.len() > 1
                && subtree.iter().all(|&k| def_of(k) == Some(def));
            if whole {
                covered.extend(subtree);
            } else {
                covered.push(c);
            }
            match groups.iter_mut().find(|(d, _)| *d == def) {
                Some((_, cs)) => cs.push((c, whole)),
                None => groups.push((def, vec![(c, whole)])),
            }
            cases += 1;
        }
        if cases > MAX_CANDIDATES {
            groups.clear();
        }
        groups
    }

    fn by_name(&self, name: &str) -> Option<ClassId> {
        self.list.iter().position(|c| c.node.name.as_str() == name).map(|i| ClassId(i as u32))
    }

    /// The class and its bases, nearest first.
    fn mro(&self, c: ClassId) -> impl Iterator<Item = ClassId> + '_ {
        std::iter::successors(Some(c), |&k| self.list[k.index()].base)
    }

    /// Whether a class of `c`'s MRO binds `name` in its body.
    fn in_namespace(&self, c: ClassId, name: &str) -> bool {
        self.mro(c).any(|k| self.list[k.index()].names.contains_key(name))
    }

    /// What `c.name` finds along the MRO: `Some(Some(def))` a plain method, `Some(None)`
    /// something else, `None` nothing (`object`'s attribute, if it has one).
    pub fn lookup(&self, c: ClassId, name: &str) -> Option<Option<DefId>> {
        self.mro(c).find_map(|k| self.list[k.index()].names.get(name).copied())
    }

    /// The plain method `c.name` finds along the MRO, if that is what it finds.
    pub fn method(&self, c: ClassId, name: &str) -> Option<DefId> {
        self.lookup(c, name).flatten()
    }

    /// The sealed class a module variable is bound to by its class statement.
    pub fn by_global_name(&self, name: &str) -> Option<ClassId> {
        self.by_name(name)
    }

    /// The sealed classes whose instances keep attribute `name` among their keys, with its
    /// index; none when more than `MAX_CANDIDATES` do (a site tests each in turn).
    pub fn fields(&self, name: &str) -> Vec<Field> {
        let mut out = Vec::new();
        for (i, c) in self.list.iter().enumerate() {
            if let Some(index) = c.keys.iter().position(|k| k == name) {
                out.push(Field { class: ClassId(i as u32), index: index as u32 });
            }
        }
        if out.len() > MAX_CANDIDATES {
            out.clear();
        }
        out
    }

    /// The sealed classes whose instances have method `name`, with the `def` it calls.
    pub fn methods(&self, name: &str) -> Vec<(ClassId, DefId)> {
        (0..self.list.len()).filter_map(|i| Some((ClassId(i as u32), self.method(ClassId(i as u32), name)?))).collect()
    }

    /// The classes as MIR declares them; `written` is every attribute name the program's
    /// code assigns (`None` when a `setattr` with a computed name may assign any).
    pub fn decls(&self, written: Option<&BTreeSet<String>>) -> Vec<ClassDecl> {
        let keys: BTreeSet<&String> = self.list.iter().flat_map(|c| &c.keys).collect();
        let tight = written.is_some_and(|w| w.iter().all(|n| keys.contains(n)));
        self.list
            .iter()
            .map(|c| ClassDecl {
                qualname: c.qualname.clone(),
                keys: c.keys.clone(),
                slots: c.slots,
                floats: vec![false; c.keys.len()],
                tight,
                base: c.base,
                depth: self.depth(c).map(|d| d as u32),
            })
            .collect()
    }
}

/// The names a `__slots__` display of string literals declares (`None` for any other
/// value, or one declaring `__dict__` or `__weakref__`).
fn slot_names(e: &Expr) -> Option<Vec<String>> {
    let items: Vec<&Expr> = match e {
        Expr::StringLiteral(_) => vec![e],
        Expr::Tuple(t) => t.elts.iter().collect(),
        Expr::List(l) => l.elts.iter().collect(),
        _ => return None,
    };
    let mut names = Vec::new();
    for item in items {
        let Expr::StringLiteral(s) = item else { return None };
        let name = s.value.to_str().to_string();
        if name == "__dict__" || name == "__weakref__" || names.contains(&name) {
            return None;
        }
        names.push(name);
    }
    Some(names)
}

/// Whether a class-level value is a literal constant (plain data on the class).
fn is_literal(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_) => true,
        Expr::UnaryOp(u) => is_literal(&u.operand),
        Expr::Tuple(t) => t.elts.iter().all(is_literal),
        _ => false,
    }
}

/// Appends to `keys` the attributes method `f` gives its first parameter, in order; a call
/// of the base's `__init__` (through `super()` or by the base's name) gives the base's keys.
fn self_stores(f: &ast::StmtFunctionDef, info: &DefInfo, base: Option<(&str, &[String])>, keys: &mut Vec<String>) {
    let Some(first) = f.parameters.args.first() else { return };
    let me = first.parameter.name.as_str();
    if info.locals_assigned.contains(me) {
        return;
    }
    fn add(name: &str, keys: &mut Vec<String>) {
        if !keys.iter().any(|k| k == name) {
            keys.push(name.to_string());
        }
    }
    fn target(t: &Expr, me: &str, keys: &mut Vec<String>) {
        match t {
            Expr::Attribute(a) if matches!(&*a.value, Expr::Name(n) if n.id.as_str() == me) => {
                add(a.attr.as_str(), keys)
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|e| target(e, me, keys)),
            Expr::List(l) => l.elts.iter().for_each(|e| target(e, me, keys)),
            Expr::Starred(s) => target(&s.value, me, keys),
            _ => {}
        }
    }
    scope::each_statement(&f.body, &mut |s| match s {
        Stmt::Assign(a) => a.targets.iter().for_each(|t| target(t, me, keys)),
        Stmt::AugAssign(a) => target(&a.target, me, keys),
        Stmt::AnnAssign(a) if a.value.is_some() => target(&a.target, me, keys),
        Stmt::Expr(e) => {
            if let (Some((base_name, base_keys)), Expr::Call(call)) = (base, &*e.value)
                && let Expr::Attribute(a) = &*call.func
                && a.attr.as_str() == "__init__"
                && match &*a.value {
                    Expr::Call(s) => matches!(&*s.func, Expr::Name(n) if n.id.as_str() == "super"),
                    Expr::Name(n) => n.id.as_str() == base_name,
                    _ => false,
                }
            {
                for k in base_keys {
                    add(k, keys);
                }
            }
        }
        _ => {}
    });
}
