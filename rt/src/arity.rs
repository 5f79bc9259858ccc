//! CPython's error for calling a builtin type's method with a wrong number of positional
//! arguments. CPython words it by how each method parses its arguments (`str.join() takes
//! exactly one argument`, `split() takes at most 2 arguments`, `pop expected at most 1
//! argument`); the table of what each method accepts and says comes from CPython itself
//! (`cpython_names::METHOD_ARITY`).

use crate::cpython_names::METHOD_ARITY;
use crate::exceptions::raise_type_error;
use crate::object::{Kind, Value};

/// Checks the positional argument count of `obj.name(...)`; raises CPython's `TypeError`
/// when it is wrong. A call with keyword arguments is only checked for too many positionals
/// (the method checks its keywords itself).
pub fn check(obj: Value, name: &str, positional: usize, keywords: usize) -> Result<(), ()> {
    let ty = if obj.kind() == Kind::Bool { "int" } else { obj.type_name() };
    let Ok(i) = METHOD_ARITY.binary_search_by(|row| (row.0, row.1).cmp(&(ty, name))) else { return Ok(()) };
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
