//! The program's modules (DESIGN.md §7): the main script and every module of the program it
//! imports, found next to it as CPython's import system finds them (`util.py`, a package
//! `pkg/__init__.py` with its submodules), and the modules krait provides natively.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use crate::diagnostic::Diagnostic;

/// Native modules krait provides today.
pub const NATIVE_MODULES: &[&str] = &[
    "__future__",
    "_sre",
    "_subprocess",
    "abc",
    "bisect",
    "collections",
    "contextlib",
    "dataclasses",
    "enum",
    "functools",
    "heapq",
    "io",
    "itertools",
    "math",
    "operator",
    "os",
    "os.path",
    "random",
    "string",
    "sys",
    "time",
    "traceback",
    "typing",
];

/// Modules compiled into CPython's interpreter (`sys.builtin_module_names`): found before any
/// file of the program. A program's `random.py` hides the standard `random`; its `sys.py`
/// does not hide `sys`.
const BUILTIN_MODULES: &[&str] =
    &["builtins", "sys", "time", "itertools", "errno", "gc", "atexit", "marshal", "posix", "pwd", "faulthandler"];

/// One module of the program, from its source file.
#[derive(Debug)]
pub struct SourceModule {
    /// `__main__` for the script; the dotted name it is imported by otherwise.
    pub name: String,
    /// The file's absolute path, as `__file__` and tracebacks show it.
    pub path: String,
    pub source: String,
    /// A standard-library module written in Python for krait (`crate::stdlib`): tracebacks
    /// show no source lines for it, as CPython's for its frozen modules.
    pub frozen: bool,
    /// A package's `__init__.py`: its directory holds submodules.
    pub package: bool,
    /// A namespace package (a directory without `__init__.py`): `path` is the directory.
    pub namespace: bool,
    /// The package a submodule belongs to.
    pub parent: Option<usize>,
    /// Every name its code reads (anywhere: in functions and classes too).
    pub names_read: BTreeSet<String>,
    /// The names its module-level code binds.
    pub bound: BTreeSet<String>,
    /// Its `__all__`, when module-level code assigns it a list or tuple of strings.
    pub all: Option<Vec<String>>,
    /// The modules its module-level code imports `*` from (absolute names).
    pub star_from: Vec<String>,
}

impl SourceModule {
    /// The package relative imports start from (`__package__`): the module itself for a
    /// package, its parent for a submodule, none for a top-level module or the script.
    pub fn package_name(&self) -> Option<&str> {
        if self.package { Some(&self.name) } else { self.name.rsplit_once('.').map(|(p, _)| p) }
    }

    /// The absolute module name `from .rel import ...` (`level` dots) names, or the
    /// `ImportError` message CPython raises for it.
    pub fn resolve_relative(&self, level: u32, rel: Option<&str>) -> Result<String, &'static str> {
        let Some(package) = self.package_name() else {
            return Err("attempted relative import with no known parent package");
        };
        let parts: Vec<&str> = package.split('.').collect();
        if level as usize > parts.len() {
            return Err("attempted relative import beyond top-level package");
        }
        let mut base = parts[..parts.len() + 1 - level as usize].join(".");
        if let Some(r) = rel {
            base.push('.');
            base.push_str(r);
        }
        Ok(base)
    }
}

/// The program's modules, the script first.
#[derive(Debug, Default)]
pub struct ModuleTable {
    pub modules: Vec<SourceModule>,
    by_name: HashMap<String, usize>,
    /// Attribute names the program's code assigns or deletes on any object (`m.x = v`,
    /// `setattr(m, "x", v)`); `None` when a `setattr` with a computed name may assign any.
    /// Other modules can rebind these module variables behind the module's back.
    pub attribute_writes: Option<BTreeSet<String>>,
}

impl ModuleTable {
    /// The names `from module import *` binds for program module `i`: its `__all__`, else
    /// the names its module-level code binds that do not start with `_`.
    pub fn public_names(&self, i: usize) -> Vec<String> {
        let mut seen = vec![i];
        self.public_names_from(i, &mut seen)
    }

    fn public_names_from(&self, i: usize, seen: &mut Vec<usize>) -> Vec<String> {
        let m = &self.modules[i];
        if let Some(all) = &m.all {
            return all.clone();
        }
        let mut names: BTreeSet<String> = m.bound.iter().filter(|n| !n.starts_with('_')).cloned().collect();
        for from in &m.star_from {
            if let Some(j) = self.find(from).filter(|j| !seen.contains(j)) {
                seen.push(j);
                names.extend(self.public_names_from(j, seen));
            }
        }
        names.into_iter().collect()
    }

    /// Whether module `i`'s module-level code binds `name` (or imports it with `*`).
    pub fn binds(&self, i: usize, name: &str) -> bool {
        let m = &self.modules[i];
        m.bound.contains(name) || (!m.star_from.is_empty() && self.public_names(i).iter().any(|n| n == name))
    }

    /// The program module `name` (dotted), if the program has it.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// Whether module variable `name` of an imported module may be assigned by other
    /// modules' code.
    pub fn written_from_outside(&self, name: &str) -> bool {
        self.attribute_writes.as_ref().is_none_or(|w| w.contains(name))
    }
}

/// A source file that could not be read or parsed.
pub struct LoadError {
    pub module: usize,
    pub diagnostic: Diagnostic,
}

/// Finds every module of the program reachable by `import` from the script at `path`
/// (absolute) and parses each one. Modules are found in the script's directory (CPython's
/// `sys.path[0]`); a name krait provides natively and the program lacks stays native.
pub fn discover(path: &str, source: &str) -> (ModuleTable, Vec<Vec<Stmt>>, Vec<Diagnostic>) {
    let root = Path::new(path).parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let mut table = ModuleTable { attribute_writes: Some(BTreeSet::new()), ..ModuleTable::default() };
    table.modules.push(SourceModule {
        name: "__main__".into(),
        path: path.to_string(),
        source: source.to_string(),
        frozen: false,
        package: false,
        namespace: false,
        parent: None,
        names_read: BTreeSet::new(),
        bound: BTreeSet::new(),
        all: None,
        star_from: Vec::new(),
    });
    let mut finder = Finder { root, table, parsed: Vec::new(), diagnostics: Vec::new() };
    let mut next = 0;
    while next < finder.table.modules.len() {
        finder.parse(next);
        next += 1;
    }
    (finder.table, finder.parsed, finder.diagnostics)
}

struct Finder {
    root: PathBuf,
    table: ModuleTable,
    /// Each module's statements, in `table` order.
    parsed: Vec<Vec<Stmt>>,
    diagnostics: Vec<Diagnostic>,
}

impl Finder {
    /// Parses module `i` and finds the modules it imports.
    fn parse(&mut self, i: usize) {
        let source = self.table.modules[i].source.clone();
        let module = match ruff_python_parser::parse_module(&source) {
            Ok(p) => p.into_syntax(),
            Err(e) => {
                let r = e.location;
                let d = Diagnostic::error(
                    "syntax-error",
                    format!("SyntaxError: {}", e.error),
                    r.start().to_usize(),
                    r.end().to_usize(),
                )
                .label("invalid syntax");
                self.diagnostics.push(d.in_file(i));
                self.parsed.push(Vec::new());
                return;
            }
        };
        let mut imports =
            Imports { requests: Vec::new(), writes: &mut self.table.attribute_writes, reads: BTreeSet::new() };
        for s in &module.body {
            imports.visit_stmt(s);
        }
        let requests = imports.requests;
        let m = &mut self.table.modules[i];
        m.names_read = imports.reads;
        m.bound = crate::scope::bound_names(&module.body);
        m.bound.remove("*");
        crate::scope::each_statement(&module.body, &mut |s| match s {
            Stmt::Assign(a) if matches!(&a.targets[..], [Expr::Name(n)] if n.id.as_str() == "__all__") => {
                m.all = literal_strings(&a.value);
            }
            Stmt::ImportFrom(f) if f.names.iter().any(|a| a.name.as_str() == "*") => {
                let written = f.module.as_ref().map(|n| n.as_str());
                let name = if f.level == 0 {
                    Ok(written.unwrap_or_default().to_string())
                } else {
                    m.resolve_relative(f.level, written)
                };
                if let Ok(name) = name {
                    m.star_from.push(name);
                }
            }
            _ => {}
        });
        self.parsed.push(module.body.into_iter().collect());
        for (level, name, from) in requests {
            let absolute = if level == 0 {
                name.clone()
            } else {
                match self.table.modules[i].resolve_relative(level, name.as_deref()) {
                    Ok(n) => Some(n),
                    Err(_) => continue,
                }
            };
            let Some(absolute) = absolute else { continue };
            // A native module whose parts are written in Python brings its helper module.
            if let Some(helper) = crate::stdlib::helper_of(&absolute) {
                self.locate(helper);
            }
            if self.locate(&absolute).is_some() {
                // `from pkg import sub` imports the submodule when the package lacks the name.
                for n in from {
                    self.locate(&format!("{absolute}.{n}"));
                }
            }
        }
    }

    /// The program module `name`, reading its file the first time; `None` when the program
    /// has no such module (krait may provide it natively).
    fn locate(&mut self, name: &str) -> Option<usize> {
        if let Some(i) = self.table.find(name) {
            return Some(i);
        }
        let (dir, parent, last) = match name.rsplit_once('.') {
            None if BUILTIN_MODULES.contains(&name) => return None,
            None => (self.root.clone(), None, name),
            Some((p, last)) => {
                let pi = self.locate(p)?;
                let m = &self.table.modules[pi];
                if !m.package {
                    return None;
                }
                let dir = if m.namespace { PathBuf::from(&m.path) } else { Path::new(&m.path).parent()?.to_path_buf() };
                (dir, Some(pi), last)
            }
        };
        let init = dir.join(last).join("__init__.py");
        let (file, package) = if init.is_file() { (init, true) } else { (dir.join(format!("{last}.py")), false) };
        let known = NATIVE_MODULES.contains(&name) || crate::stdlib::source(name).is_some();
        let mut namespace = false;
        let (path, source, frozen) = match std::fs::read_to_string(&file) {
            Ok(source) => (file.display().to_string(), source, false),
            // A directory without `__init__.py`: a namespace package, unless a module of the
            // standard library has the name (a regular package anywhere on `sys.path` wins).
            Err(_) if dir.join(last).is_dir() && !known => {
                namespace = true;
                (dir.join(last).display().to_string(), String::new(), false)
            }
            // A standard-library module krait provides in Python (after the program's own
            // files, as on `sys.path`; a native module wins).
            Err(_) if parent.is_none() && !NATIVE_MODULES.contains(&name) => {
                let source = crate::stdlib::source(name)?;
                (format!("<frozen {name}>"), source.to_string(), true)
            }
            Err(_) => return None,
        };
        let i = self.table.modules.len();
        self.table.modules.push(SourceModule {
            name: name.to_string(),
            path,
            source,
            frozen,
            package: package || namespace,
            namespace,
            parent,
            names_read: BTreeSet::new(),
            bound: BTreeSet::new(),
            all: None,
            star_from: Vec::new(),
        });
        self.table.by_name.insert(name.to_string(), i);
        Some(i)
    }
}

/// The strings of a list or tuple display of string literals.
fn literal_strings(e: &Expr) -> Option<Vec<String>> {
    let (Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. })) = e else { return None };
    elts.iter()
        .map(|x| match x {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        })
        .collect()
}

/// The imports of a module's code, anywhere in it: `(level, module, names from it)`; the
/// attribute names it assigns; the names it reads.
struct Imports<'w> {
    requests: Vec<(u32, Option<String>, Vec<String>)>,
    writes: &'w mut Option<BTreeSet<String>>,
    reads: BTreeSet<String>,
}

impl Imports<'_> {
    fn write(&mut self, name: &str) {
        if let Some(w) = self.writes.as_mut() {
            w.insert(name.to_string());
        }
    }
}

impl<'a> Visitor<'a> for Imports<'_> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        match s {
            Stmt::Import(i) => {
                for a in &i.names {
                    self.requests.push((0, Some(a.name.to_string()), Vec::new()));
                }
            }
            Stmt::ImportFrom(i) => {
                let names = i.names.iter().map(|a| a.name.to_string()).filter(|n| n != "*").collect();
                self.requests.push((i.level, i.module.as_ref().map(ToString::to_string), names));
            }
            _ => walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Attribute(a) if !matches!(a.ctx, ast::ExprContext::Load) => self.write(a.attr.as_str()),
            Expr::Name(n) if matches!(n.ctx, ast::ExprContext::Load) => {
                self.reads.insert(n.id.to_string());
            }
            Expr::Call(c) if matches!(&*c.func, Expr::Name(n) if matches!(n.id.as_str(), "setattr" | "delattr")) => {
                match c.arguments.args.get(1) {
                    Some(Expr::StringLiteral(s)) => self.write(s.value.to_str()),
                    _ => *self.writes = None,
                }
            }
            _ => {}
        }
        walk_expr(self, e);
    }
}
