//! PEP 692: `**kwargs: Unpack[TD]`, where `TD` is a `TypedDict` class.
//!
//! The keys `TD` declares, with their builtin types, give the function a second
//! specialisation in which `kwargs["key"]` has the key's type. An annotation promises nothing
//! at run time, so the generic specialisation checks the call's keyword arguments first —
//! each declared key absent, or holding exactly its builtin type — and hands the call over
//! to the typed one (`Terminator::Delegate`) only when all hold; otherwise it runs as
//! usual. The function's body keeps the dict private (`scope::private_kwargs`), so what the
//! check found stays true for the whole call.

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{DefId, FnBuilder, ProgramBuilder, Spec, Val};
use crate::mir::{Constant, Operand, Rvalue, Terminator, Type};
use crate::scope;

/// How many base classes deep a `TypedDict`'s keys are looked for.
const MAX_BASES: usize = 8;

impl ProgramBuilder<'_> {
    /// The specialisation of `def` in which its `**kwargs` items have their declared types.
    fn typed_kwargs_spec(&mut self, def: DefId) -> crate::mir::FuncId {
        if let Some(f) = self.defs[def].typed_kwargs {
            return f;
        }
        let params = vec![Type::Dyn; self.defs[def].params.len()];
        let f = self.new_spec(Spec { def: Some(def), params, typed_kwargs: true });
        self.defs[def].typed_kwargs = Some(f);
        self.changed = true;
        f
    }

    /// The keys with a builtin type that `d`'s `**kwargs: Unpack[TD]` declares, when `TD` is
    /// a `TypedDict` class the module's top level defines once and the body keeps the dict
    /// private; empty otherwise. `is_builtin(name)` says whether a name is the builtin of that
    /// name.
    pub(super) fn kwargs_keys(
        &self,
        d: &ast::StmtFunctionDef,
        is_builtin: &dyn Fn(&str) -> bool,
    ) -> Vec<(String, Type)> {
        let Some(kwarg) = d.parameters.kwarg.as_deref() else { return Vec::new() };
        let Some(Expr::Subscript(unpack)) = kwarg.annotation.as_deref() else { return Vec::new() };
        let (Some("Unpack"), Expr::Name(td)) = (typing_name(&unpack.value), &*unpack.slice) else {
            return Vec::new();
        };
        if scope::contains_yield(&d.body) || !scope::private_kwargs(&d.body, kwarg.name.as_str(), is_builtin) {
            return Vec::new();
        }
        let mut keys = Vec::new();
        self.typed_dict_keys(td.id.as_str(), 0, &mut keys);
        keys
    }

    /// Appends the keys of the module's `TypedDict` class `name` (its bases' first) that
    /// have a builtin type; nothing if `name` is not such a class.
    fn typed_dict_keys(&self, name: &str, depth: usize, keys: &mut Vec<(String, Type)>) -> bool {
        let mut classes = self.module.iter().filter_map(|s| match s {
            Stmt::ClassDef(c) if c.name.as_str() == name => Some(c),
            _ => None,
        });
        let (Some(class), None) = (classes.next(), classes.next()) else { return false };
        if depth > MAX_BASES {
            return false;
        }
        let mut typed_dict = false;
        for base in class.bases() {
            typed_dict |= match base {
                Expr::Name(n) if n.id.as_str() != "TypedDict" => self.typed_dict_keys(n.id.as_str(), depth + 1, keys),
                other => typing_name(other) == Some("TypedDict"),
            };
        }
        if !typed_dict {
            return false;
        }
        for s in &class.body {
            if let Stmt::AnnAssign(a) = s
                && let Expr::Name(key) = &*a.target
                && let Some(ty) = declared_type(&a.annotation)
            {
                keys.retain(|(k, _)| k != key.id.as_str());
                keys.push((key.id.to_string(), ty));
            }
        }
        true
    }
}

/// The name of `typing.X` or a bare `X`.
fn typing_name(e: &Expr) -> Option<&str> {
    match e {
        Expr::Name(n) => Some(n.id.as_str()),
        Expr::Attribute(a) if matches!(&*a.value, Expr::Name(m) if matches!(m.id.as_str(), "typing" | "typing_extensions")) => {
            Some(a.attr.as_str())
        }
        _ => None,
    }
}

/// The builtin type a `TypedDict` key's annotation names (`int`, `list[str]`,
/// `NotRequired[float]`, …), if any.
fn declared_type(e: &Expr) -> Option<Type> {
    let builtin = |name: &str| match name {
        "int" => Some(Type::Int),
        "float" => Some(Type::Float),
        "bool" => Some(Type::Bool),
        "str" => Some(Type::Str),
        "bytes" => Some(Type::Bytes),
        "list" => Some(Type::List),
        "tuple" => Some(Type::Tuple),
        "dict" => Some(Type::Dict),
        "set" => Some(Type::Set),
        _ => None,
    };
    match e {
        Expr::Name(n) => builtin(n.id.as_str()),
        Expr::Subscript(s) => match (typing_name(&s.value)?, &*s.value) {
            ("Required" | "NotRequired" | "ReadOnly", _) => declared_type(&s.slice),
            // `list[str]`, `dict[str, int]`, ...
            (name, Expr::Name(_)) => {
                builtin(name).filter(|t| matches!(t, Type::List | Type::Tuple | Type::Dict | Type::Set))
            }
            _ => None,
        },
        _ => None,
    }
}

impl FnBuilder<'_, '_> {
    /// In the generic specialisation of `def`, whose `**kwargs` declares typed keys: checks
    /// the call's keyword arguments and delegates to the typed specialisation when they fit.
    pub(super) fn delegate_typed_kwargs(&mut self, def: DefId) {
        let info = &self.prog.defs[def];
        let Some(kwargs) = info.params.last().and_then(|p| self.vars.get(p).copied()) else { return };
        let keys = info.kwargs_keys.clone();
        let params: Vec<Operand> =
            (0..info.params.len() as u32).map(|i| Operand::Local(crate::mir::LocalId(i))).collect();
        let typed = self.prog.typed_kwargs_spec(def);
        let fallback = self.new_block();
        for (key, ty) in keys {
            let (check, next) = (self.new_block(), self.new_block());
            let key = Operand::Const(Constant::Str(key));
            let dict = Operand::Local(kwargs);
            let present = self.assign(Rvalue::Contains { item: key.clone(), container: dict.clone() }, Type::Bool);
            self.terminate(Terminator::Branch { cond: present.op, then: check, otherwise: next });
            self.switch_to(check);
            let value = self.assign(Rvalue::GetItem { obj: dict, index: key }, Type::Dyn);
            let fits = self.assign(Rvalue::IsExact(ty, value.op), Type::Bool);
            self.terminate(Terminator::Branch { cond: fits.op, then: next, otherwise: fallback });
            self.switch_to(next);
        }
        let ret = self.prog.assumed_ret(typed);
        self.prog.widen_ret(self.id, ret);
        self.terminate(Terminator::Delegate { func: typed, args: params });
        self.switch_to(fallback);
    }

    /// The declared type of `kwargs[key]` in the typed specialisation of a function whose
    /// `**kwargs` declares typed keys, for a constant `key`.
    pub(super) fn typed_kwargs_item(&self, s: &ast::ExprSubscript) -> Option<Type> {
        let def = self.def?;
        if !self.prog.specs[self.id.index()].typed_kwargs {
            return None;
        }
        let (Expr::Name(n), Expr::StringLiteral(key)) = (&*s.value, &*s.slice) else { return None };
        let info = &self.prog.defs[def];
        let kwargs = info.params.last()?;
        if n.id.as_str() != kwargs || !matches!(self.resolve(kwargs), super::NameRef::Local(_)) {
            return None;
        }
        let key = key.value.to_str();
        info.kwargs_keys.iter().find(|(k, _)| k == key).map(|&(_, ty)| ty)
    }

    /// `kwargs[key]` read as the key's declared type (the generic specialisation checked it).
    pub(super) fn typed_kwargs_read(&mut self, item: Val, ty: Type) -> Val {
        let rv = if ty.is_value_word() { Rvalue::Use(item.op) } else { Rvalue::Unbox(item.op) };
        self.assign(rv, ty)
    }
}
