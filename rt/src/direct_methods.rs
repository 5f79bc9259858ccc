//! Builtin methods a call site calls directly: `s.add(x)`, `xs.append(x)`, `d.get(k)`
//! and the like on an object of exactly the builtin type (as CPython's specialising
//! interpreter calls a method descriptor). A site's inline cache remembers the function for
//! the receiver's type (`inline_cache`), so the call skips the lookup by name and the
//! argument-count check. Each function takes the receiver and the positional arguments and
//! returns `None` when the arguments are not the plain ones it handles, leaving the call to
//! the general path (which gives CPython's errors).

use crate::dict::{self, DICT_TYPE};
use crate::list::{self, LIST_TYPE};
use crate::object::{TypeObject, Value};
use crate::set::{self, SET_TYPE};

/// A method called directly: the result (null with an exception pending), or `None` for
/// the general path.
pub type Direct = fn(Value, &[Value]) -> Option<Value>;

/// The methods, by the receiver's exact type and the method's name.
const METHODS: &[(&TypeObject, &str, Direct)] = &[
    (&SET_TYPE, "add", set_add),
    (&SET_TYPE, "discard", set_discard),
    (&SET_TYPE, "remove", set_remove),
    (&LIST_TYPE, "append", list_append),
    (&LIST_TYPE, "pop", list_pop),
    (&DICT_TYPE, "get", dict_get),
];

/// The direct function for `obj.name(...)`, if there is one.
pub fn find(obj: Value, name: &str) -> Option<Direct> {
    if obj.is_small_int() {
        return None;
    }
    METHODS.iter().find(|(ty, n, _)| obj.has_type(ty) && *n == name).map(|&(_, _, f)| f)
}

/// A `Result` of rt as a call's result: `None`, or null with the exception pending.
fn none_or_null(r: Result<(), ()>) -> Value {
    if r.is_ok() { Value::none() } else { Value::NULL }
}

fn set_add(s: Value, args: &[Value]) -> Option<Value> {
    let [x] = args else { return None };
    Some(none_or_null(set::add(s, *x)))
}

fn set_discard(s: Value, args: &[Value]) -> Option<Value> {
    let [x] = args else { return None };
    Some(none_or_null(set::discard(s, *x).map(|_| ())))
}

/// `s.remove(x)` of a key the set has (a missing one raises on the general path).
fn set_remove(s: Value, args: &[Value]) -> Option<Value> {
    let [x] = args else { return None };
    match set::discard(s, *x) {
        Ok(true) => Some(Value::none()),
        Ok(false) => None,
        Err(()) => Some(Value::NULL),
    }
}

fn list_append(xs: Value, args: &[Value]) -> Option<Value> {
    let [x] = args else { return None };
    list::krait_list_append(xs, *x);
    Some(Value::none())
}

/// `xs.pop()` of a non-empty list (an empty one raises on the general path).
fn list_pop(xs: Value, args: &[Value]) -> Option<Value> {
    if !args.is_empty() || list::len(xs) == 0 {
        return None;
    }
    list::items(xs).pop()
}

fn dict_get(d: Value, args: &[Value]) -> Option<Value> {
    match args {
        [k] => Some(dict::get_or(d, *k, Value::none())),
        [k, default] => Some(dict::get_or(d, *k, *default)),
        _ => None,
    }
}
