//! `abc`: `ABC` and `abstractmethod`.
//!
//! `abstractmethod` marks the function it returns (kept in a set, as functions have no
//! attribute dict yet); a class deriving from `ABC` records in `__abstractmethods__` the
//! marked methods it does not override, and cannot be instantiated while there are any.

use crate::cell::Global;
use crate::class::{self, ClassObj};
use crate::exceptions::raise_type_error;
use crate::object::{Kind, Value};
use crate::{dict, str};

#[rustfmt::skip]
pub const NAMES: &[&str] = &[
    "ABC", "ABCMeta", "abstractclassmethod", "abstractmethod", "abstractproperty", "abstractstaticmethod",
    "get_cache_token", "update_abstractmethods",
];

static ABC: Global<Value> = Global::new(Value::NULL);
/// The functions `abstractmethod` marked.
static ABSTRACT: Global<Vec<Value>> = Global::new(Vec::new());

fn abc_class() -> Value {
    let a = ABC.get();
    if !a.is_null() {
        return a;
    }
    let ns = dict::new();
    dict::setitem(ns, str::new_str("__module__"), str::new_str("abc"));
    let meta = [("metaclass", abcmeta())];
    let a = class::make_class_with("ABC", "ABC", &[], ns, &meta).unwrap_or(Value::NULL);
    ABC.set(a);
    a
}

static ABCMETA_TYPE: crate::object::TypeObject = crate::native::native_type("type");

/// `abc.ABCMeta`, the metaclass: accepted as `metaclass=` (it makes the class check its
/// abstract methods), not usable otherwise.
fn abcmeta() -> Value {
    fn call(_: &crate::native::NativeObj, _: &[Value], _: Value) -> Value {
        crate::exceptions::raise(
            &crate::exceptions::NOT_IMPLEMENTED_ERROR,
            "krait does not support calling abc.ABCMeta yet",
        )
    }
    fn repr(_: &crate::native::NativeObj) -> Result<String, ()> {
        Ok("<class 'abc.ABCMeta'>".into())
    }
    crate::native::new(&ABCMETA_TYPE, call, repr, Vec::new(), Vec::new(), Vec::new())
}

pub fn is_abcmeta(v: Value) -> bool {
    !v.is_small_int() && core::ptr::eq(v.ty(), &ABCMETA_TYPE)
}

pub fn getattr(name: &str) -> Option<Value> {
    Some(match name {
        "ABC" => abc_class(),
        "ABCMeta" => abcmeta(),
        "abstractmethod" => super::builtin(abc_abstractmethod, "abstractmethod"),
        _ => return None,
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn abc_abstractmethod(ptr: *const Value, n: usize, _kwnames: Value) -> Value {
    let args = super::args_of(ptr, n);
    let [f] = args else {
        return raise_type_error(&format!("abstractmethod() takes exactly one argument ({n} given)"));
    };
    ABSTRACT.with(|a| a.push(*f));
    *f
}

/// Whether `v` is an abstract method: marked itself, or a property, class method or static
/// method around one (CPython's `__isabstractmethod__`).
fn is_abstract(v: Value) -> bool {
    let marked = |f: Value| ABSTRACT.with(|a| a.contains(&f));
    if marked(v) {
        return true;
    }
    !v.is_small_int()
        && v.kind() == Kind::Descriptor
        && ["__func__", "fget", "fset", "fdel"]
            .iter()
            .any(|name| class::descriptor_getattr(v, name).is_some_and(|f| !f.is_none() && marked(f)))
}

/// Whether `c`'s metaclass is `ABCMeta` (as for subclasses of `ABC`).
pub(crate) fn is_abc(c: &'static ClassObj) -> bool {
    c.abstract_checks
}

/// Sets `__abstractmethods__` of a new class deriving from `ABC`: the names whose value,
/// found along its MRO, is an abstract method.
pub fn finish(cls: Value) {
    let Some(c) = class::as_class(cls).filter(|c| is_abc(c)) else { return };
    let mut names: Vec<Value> = Vec::new();
    for &t in c.mro.iter() {
        let Some(k) = class::as_class(t) else { continue };
        for e in dict::table(k.dict).live().copied().collect::<Vec<_>>() {
            let name = str::as_str(e.key);
            if names.iter().any(|&n| str::as_str(n) == name) {
                continue;
            }
            if class::lookup(c, name).is_some_and(is_abstract) {
                names.push(e.key);
            }
        }
    }
    let set = crate::set::new_empty(&crate::set::FROZENSET_TYPE);
    for n in names {
        if crate::set::add(set, n).is_err() {
            return;
        }
    }
    dict::setitem(c.dict, str::new_str("__abstractmethods__"), set);
}

/// Refuses to instantiate a class that still has abstract methods.
pub fn check_instantiable(c: &'static ClassObj) -> Result<(), ()> {
    if !is_abc(c) {
        return Ok(());
    }
    let Some(set) = class::lookup(c, "__abstractmethods__") else { return Ok(()) };
    let mut names: Vec<String> = crate::iter::collect(set)?.iter().map(|&n| str::as_str(n).to_string()).collect();
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let list: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    raise_type_error(&format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{} {}",
        c.ty.name,
        if names.len() == 1 { "" } else { "s" },
        list.join(", ")
    ));
    Err(())
}
