//! CPython's error for calling a builtin type's method with a wrong number of positional
//! arguments. CPython words it by how each method parses its arguments (`str.join() takes
//! exactly one argument`, `split() takes at most 2 arguments`, `pop expected at most 1
//! argument`); the table of what each method accepts and says comes from CPython itself
//! (`cpython_names::METHOD_ARITY`).

use crate::cell::Global;
use crate::cpython_names::METHOD_ARITY;
use crate::exceptions::raise_type_error;
use crate::object::{Kind, Value};

/// Checks the positional argument count of `obj.name(...)`; raises CPython's `TypeError`
/// when it is wrong. A call with keyword arguments is only checked for too many positionals
/// (the method checks its keywords itself).
pub fn check(obj: Value, name: &str, positional: usize, keywords: usize) -> Result<(), ()> {
    let ty = if obj.kind() == Kind::Bool { "int" } else { obj.type_name() };
    let Some(i) = row(ty, name) else { return Ok(()) };
    let (_, _, min, max, too_few, too_many) = METHOD_ARITY[i];
    let template = if positional > max {
        too_many.iter().rev().find(|(from, _)| positional >= *from).map(|(_, t)| *t)
    } else if positional < min && keywords == 0 {
        Some(too_few)
    } else {
        None
    };
    match template {
        Some(t) => {
            raise_type_error(&t.replace("{}", &positional.to_string()));
            Err(())
        }
        None => Ok(()),
    }
}

/// Recent lookups by the addresses of the type name and method name (a method name usually
/// comes from the same str constant each time), so the table is searched once per call site
/// rather than on every call; a hit is confirmed by comparing the method name itself.
static RECENT: Global<[(usize, usize, usize); 128]> = Global::new([(0, 0, usize::MAX); 128]);

/// The table row for `ty.name`.
fn row(ty: &'static str, name: &str) -> Option<usize> {
    let (t, n) = (ty.as_ptr() as usize, name.as_ptr() as usize);
    let slot = ((n >> 3) ^ (t >> 4) ^ name.len()) & 127;
    let (rt, rn, r) = RECENT.with(|c| c[slot]);
    if rt == t && rn == n && r != usize::MAX && METHOD_ARITY[r].1 == name {
        return Some(r);
    }
    let r = METHOD_ARITY.binary_search_by(|row| (row.0, row.1).cmp(&(ty, name))).ok()?;
    RECENT.with(|c| c[slot] = (t, n, r));
    Some(r)
}
