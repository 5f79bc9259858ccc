//! The textual form of MIR, used by `--emit mir`, snapshot tests and verifier messages.

use std::fmt::{self, Display, Formatter, Write as _};

use super::syntax::{
    BasicBlock, Callee, Constant, Conversion, Field, FuncKind, Function, Operand, Program, RaiseKind, Rvalue,
    Statement, Terminator,
};

impl Display for Constant {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Constant::Int(i) => write!(f, "{i}"),
            Constant::Float(x) => write!(f, "{x:?}"),
            Constant::Bool(b) => f.write_str(if *b { "True" } else { "False" }),
            Constant::None => f.write_str("None"),
            Constant::Str(s) => write!(f, "{s:?}"),
            Constant::Bytes(b) => write!(f, "b\"{}\"", b.escape_ascii()),
        }
    }
}

impl Display for Operand {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Operand::Local(l) => write!(f, "{l}"),
            Operand::Const(c) => write!(f, "const {c}"),
        }
    }
}

fn list<T: Display>(items: &[T]) -> String {
    let mut s = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let _ = write!(s, "{x}");
    }
    s
}

/// ` [class0:1, class2:0]`: the sealed classes and indices an attribute site goes straight to.
fn fields_suffix(fields: &[Field]) -> String {
    if fields.is_empty() {
        return String::new();
    }
    let fs: Vec<String> = fields.iter().map(|f| format!("{}:{}", f.class, f.index)).collect();
    format!(" [{}]", fs.join(", "))
}

fn kw_suffix(kwnames: &[String]) -> String {
    if kwnames.is_empty() { String::new() } else { format!(" kw({})", kwnames.join(", ")) }
}

impl Display for Callee {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Callee::Direct(id) => write!(f, "{id}"),
            Callee::Builtin(name) => write!(f, "builtin {name}"),
            Callee::Value(op) => write!(f, "{op}"),
        }
    }
}

impl Display for Rvalue {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Rvalue::Use(op) => write!(f, "{op}"),
            Rvalue::Box(op) => write!(f, "box {op}"),
            Rvalue::Unbox(op) => write!(f, "unbox {op}"),
            Rvalue::IntToFloat(op) => write!(f, "int_to_float {op}"),
            Rvalue::AsFloat(op) => write!(f, "as_float {op}"),
            Rvalue::IsSmallInt(op) => write!(f, "is_small_int {op}"),
            Rvalue::IsExact(ty, op) => write!(f, "is_exact {ty} {op}"),
            Rvalue::MathUnary(func, op) => {
                write!(f, "math.{}({op})", crate::typing::MATH_UNARY.get(*func as usize).unwrap_or(&"?"))
            }
            Rvalue::Binary(op, a, b) => write!(f, "{op:?}({a}, {b})"),
            Rvalue::InPlace(op, a, b) => write!(f, "InPlace{op:?}({a}, {b})"),
            Rvalue::Unary(op, a) => write!(f, "{op:?}({a})"),
            Rvalue::Compare(op, a, b) => write!(f, "{op:?}({a}, {b})"),
            Rvalue::Is(a, b) => write!(f, "Is({a}, {b})"),
            Rvalue::Contains { container, item } => write!(f, "Contains({container}, {item})"),
            Rvalue::Truth(op) => write!(f, "truth {op}"),
            Rvalue::Not(op) => write!(f, "not {op}"),
            Rvalue::LoadGlobal(g) => write!(f, "load {g}"),
            Rvalue::LoadBuiltin(name) => write!(f, "builtin {name}"),
            Rvalue::Call { callee, args, kwnames } => write!(f, "call {callee}({}){}", list(args), kw_suffix(kwnames)),
            Rvalue::CallStar { callee, args, kwnames, kwvalues } => {
                write!(f, "call {callee}(*{args}, {}){}", list(kwvalues), kw_suffix(kwnames))
            }
            Rvalue::CallMethod { obj, name, args, kwnames, .. } => {
                write!(f, "call_method {obj}.{name}({}){}", list(args), kw_suffix(kwnames))
            }
            Rvalue::GetAttr { obj, name, fields } => write!(f, "getattr {obj}.{name}{}", fields_suffix(fields)),
            Rvalue::ClassSealed(class) => write!(f, "class_sealed {class}"),
            Rvalue::IsNumber(op) => write!(f, "is_number {op}"),
            Rvalue::IsNotImplemented(op) => write!(f, "is_not_implemented {op}"),
            Rvalue::NewInstance(cls) => write!(f, "new_instance {cls}"),
            Rvalue::GetItem { obj, index } => write!(f, "{obj}[{index}]"),
            Rvalue::ListItem { list, index } => write!(f, "list_item {list}[{index}]"),
            Rvalue::ListLen(list) => write!(f, "list_len {list}"),
            Rvalue::GetSlice { obj, start, stop, step } => {
                let b = |o: &Option<Operand>| o.as_ref().map(ToString::to_string).unwrap_or_default();
                write!(f, "{obj}[{}:{}:{}]", b(start), b(stop), b(step))
            }
            Rvalue::BuildSlice { start, stop, step } => {
                let b = |o: &Option<Operand>| o.as_ref().map(ToString::to_string).unwrap_or_default();
                write!(f, "slice {}:{}:{}", b(start), b(stop), b(step))
            }
            Rvalue::BuildList(items) => write!(f, "list [{}]", list(items)),
            Rvalue::BuildTuple(items) => write!(f, "tuple ({})", list(items)),
            Rvalue::BuildDict(pairs) => {
                let ps: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}: {v}")).collect();
                write!(f, "dict {{{}}}", ps.join(", "))
            }
            Rvalue::BuildSet { items, origin } => write!(f, "set {{{}}} {origin:?}", list(items)),
            Rvalue::Format { value, conversion, spec } => {
                write!(f, "format {value}")?;
                if *conversion != Conversion::None {
                    write!(f, " !{conversion:?}")?;
                }
                if let Some(s) = spec {
                    write!(f, " : {s}")?;
                }
                Ok(())
            }
            Rvalue::BuildString(parts) => write!(f, "string ({})", list(parts)),
            Rvalue::Iter(op) => write!(f, "iter {op}"),
            Rvalue::MakeFunction { func, defaults, closure } => {
                write!(f, "make_function {func} defaults ({})", list(defaults))?;
                if !closure.is_empty() {
                    write!(f, " closure ({})", list(closure))?;
                }
                Ok(())
            }
            Rvalue::NewCell => f.write_str("new_cell"),
            Rvalue::ClosureCell(i) => write!(f, "closure_cell {i}"),
            Rvalue::CellGet { cell, name, free } => {
                write!(f, "cell_get {cell} ({}{name})", if *free { "free " } else { "" })
            }
            Rvalue::Import(name) => write!(f, "import {name}"),
            Rvalue::ImportModule(m) => write!(f, "import module{m}"),
            Rvalue::ImportFrom { module, name, submodule: None } => write!(f, "import_from {module}.{name}"),
            Rvalue::ImportFrom { module, name, submodule: Some(m) } => {
                write!(f, "import_from {module}.{name} (submodule module{m})")
            }
            Rvalue::Resume { delegate: false } => f.write_str("resume"),
            Rvalue::Resume { delegate: true } => f.write_str("resume delegate"),
            Rvalue::BeginHandler => f.write_str("begin_handler"),
            Rvalue::ExcMatches { exc, cls } => write!(f, "exc_matches({exc}, {cls})"),
        }
    }
}

impl Display for Statement {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Statement::Assign(l, rv) => write!(f, "{l} = {rv}"),
            Statement::Eval(rv) => write!(f, "eval {rv}"),
            Statement::StoreGlobal(g, op) => write!(f, "store {g} = {op}"),
            Statement::SetAttr { obj, name, value, fields } => {
                write!(f, "setattr {obj}.{name} = {value}{}", fields_suffix(fields))
            }
            Statement::SealClass { class, cls } => write!(f, "seal {class} = {cls}"),
            Statement::UnsupportedBinary { op, a, b, inplace } => {
                write!(f, "unsupported_binary {op:?}({a}, {b}){}", if *inplace { " inplace" } else { "" })
            }
            Statement::DeleteGlobal(g) => write!(f, "delete {g}"),
            Statement::CheckBound(l) => write!(f, "check_bound {l}"),
            Statement::PollInterrupt => f.write_str("poll_interrupt"),
            Statement::TracebackEntry => f.write_str("traceback_entry"),
            Statement::Unbind(l) => write!(f, "unbind {l}"),
            Statement::CellSet { cell, value } => write!(f, "cell_set {cell} = {value}"),
            Statement::CellClear(cell) => write!(f, "cell_clear {cell}"),
            Statement::ReleaseList(l) => write!(f, "release_list {l}"),
            Statement::SetItem { obj, index, value } => write!(f, "{obj}[{index}] = {value}"),
            Statement::SetSlice { obj, bounds, value, from } => {
                let b = |bs: &[Option<Operand>; 3]| {
                    bs.iter()
                        .map(|o| o.as_ref().map(ToString::to_string).unwrap_or_default())
                        .collect::<Vec<_>>()
                        .join(":")
                };
                match from {
                    Some(from) => write!(f, "{obj}[{}] = {value}[{}]", b(bounds), b(from)),
                    None => write!(f, "{obj}[{}] = {value}", b(bounds)),
                }
            }
            Statement::SetListItem { list, index, value } => write!(f, "set_list_item {list}[{index}] = {value}"),
            Statement::ListAppend { list, value } => write!(f, "list_append {list}, {value}"),
            Statement::DelItem { obj, index } => write!(f, "del {obj}[{index}]"),
            Statement::Unpack { value, targets } => write!(f, "({}) = unpack {value}", list(targets)),
            Statement::EndHandler => f.write_str("end_handler"),
            Statement::ImportStar { module, names, strict } => {
                let names: Vec<String> = names.iter().map(|(n, g)| format!("{n}→{g}")).collect();
                let strict = if *strict { " strict" } else { "" };
                write!(f, "import_star{strict} {module}: {}", names.join(", "))
            }
        }
    }
}

impl Display for Terminator {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Terminator::Goto(b) => write!(f, "goto {b}"),
            Terminator::Branch { cond, then, otherwise } => write!(f, "branch {cond} ? {then} : {otherwise}"),
            Terminator::SwitchClass { obj, cases, otherwise } => {
                let cs: Vec<String> = cases
                    .iter()
                    .map(|c| format!("{}{}: {}", c.class, if c.subclasses { "+" } else { "" }, c.block))
                    .collect();
                write!(f, "switch_class {obj} [{}] else {otherwise}", cs.join(", "))
            }
            Terminator::Return(op) => write!(f, "return {op}"),
            Terminator::Delegate { func, args } => write!(f, "delegate {func}({})", list(args)),
            Terminator::Yield { value, resume } => write!(f, "yield {value} ? {resume}"),
            Terminator::IterNext { iter, target, body, exit } => {
                write!(f, "{target} = next {iter} ? {body} : {exit}")
            }
            Terminator::Raise(kind) => match kind {
                RaiseKind::New(op) => write!(f, "raise {op}"),
                RaiseKind::From(op, cause) => write!(f, "raise {op} from {cause}"),
                RaiseKind::Reraise => f.write_str("reraise"),
                RaiseKind::Resume(op) => write!(f, "resume {op}"),
                RaiseKind::Propagate => f.write_str("propagate"),
                RaiseKind::Assertion(None) => f.write_str("assert_fail"),
                RaiseKind::Assertion(Some(m)) => write!(f, "assert_fail {m}"),
            },
            Terminator::Unreachable => f.write_str("unreachable"),
        }
    }
}

fn write_block(f: &mut Formatter<'_>, id: usize, b: &BasicBlock) -> fmt::Result {
    write!(f, "  bb{id}:")?;
    if let Some(h) = b.handler {
        write!(f, "  // except -> {h}")?;
    }
    if let Some(frame) = b.frame {
        write!(f, "  // class body {frame}")?;
    }
    writeln!(f)?;
    for (s, span) in b.stmts.iter().zip(&b.spans) {
        writeln!(f, "    {s}  // line {}", span.line)?;
    }
    writeln!(f, "    {}", b.term)
}

impl Display for Function {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let params: Vec<String> = (0..self.param_names.len()).map(|i| format!("_{i}: {}", self.locals[i].ty)).collect();
        let kind = match self.kind {
            _ if self.generator => " generator",
            FuncKind::Module => " module",
            FuncKind::Def { generic: true } if self.cold => " generic cold",
            FuncKind::Def { generic: true } => " generic",
            FuncKind::Def { generic: false } => "",
        };
        let closure = if self.freevars.is_empty() {
            String::new()
        } else {
            format!(" closure _{} ({})", self.param_names.len(), self.freevars.join(", "))
        };
        writeln!(f, "fn {}({}) -> {}{kind}{closure} {{", self.qualname, params.join(", "), self.ret)?;
        for (i, l) in self.locals.iter().enumerate() {
            match &l.name {
                Some(n) => writeln!(f, "    let _{i}: {}  // {n}", l.ty)?,
                None => writeln!(f, "    let _{i}: {}", l.ty)?,
            }
        }
        for (i, b) in self.blocks.iter().enumerate() {
            write_block(f, i, b)?;
        }
        writeln!(f, "}}")
    }
}

impl Display for Program {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        // The script alone is shown as before; a program of several modules lists them.
        if self.modules.len() > 1 {
            for (i, m) in self.modules.iter().enumerate() {
                writeln!(f, "module{i} {}: body {}", m.name, m.body)?;
            }
        }
        for (i, g) in self.globals.iter().enumerate() {
            writeln!(f, "global g{i}  // {}", g.name)?;
        }
        for (i, c) in self.classes.iter().enumerate() {
            let floats: Vec<&str> =
                c.keys.iter().zip(&c.floats).filter(|(_, f)| **f).map(|(k, _)| k.as_str()).collect();
            let slots = match (c.slots, c.tight) {
                (true, true) => " slots tight",
                (true, false) => " slots",
                (false, true) => " tight",
                (false, false) => "",
            };
            writeln!(f, "class{i} {}{slots} keys ({}) floats ({})", c.qualname, c.keys.join(", "), floats.join(", "))?;
        }
        for (i, func) in self.funcs.iter().enumerate() {
            writeln!(f)?;
            write!(f, "fn{i}: {func}")?;
        }
        Ok(())
    }
}
