//! "Did you mean" suggestions for `NameError` and `AttributeError`, as CPython 3.12's
//! traceback module computes them (`_compute_suggestion_error` and its Levenshtein distance
//! with case-insensitive substitutions costing less).

use crate::cpython_names::{BUILTIN_NAMES, STDLIB_MODULES, TYPE_ATTRIBUTES};
use crate::object::{Kind, Value};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The module namespace's own names, before the program's (CPython's order for a script).
const MODULE_DUNDERS: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__annotations__",
    "__builtins__",
    "__file__",
    "__cached__",
];

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_lowercase().eq(b.to_lowercase()) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn levenshtein(a: &str, b: &str, max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let mut a: Vec<char> = a.chars().collect();
    let mut b: Vec<char> = b.chars().collect();
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    a.drain(..pre);
    b.drain(..pre);
    let post = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    a.truncate(a.len() - post);
    b.truncate(b.len() - post);
    if a.is_empty() || b.is_empty() {
        return MOVE_COST * (a.len() + b.len());
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bindex, &bchar) in b.iter().enumerate() {
        let mut distance = bindex * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &achar) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bchar, achar);
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `wrong`, if one is close enough.
fn closest<'c>(wrong: &str, candidates: &[&'c str]) -> Option<&'c str> {
    if candidates.len() > MAX_CANDIDATE_ITEMS {
        return None;
    }
    let wrong_len = wrong.chars().count();
    if wrong_len > MAX_STRING_SIZE {
        return None;
    }
    let mut best = wrong_len;
    let mut suggestion = None;
    for &possible in candidates {
        if possible == wrong {
            continue;
        }
        let max_distance = ((possible.chars().count() + wrong_len + 3) * MOVE_COST / 6).min(best.saturating_sub(1));
        let d = levenshtein(wrong, possible, max_distance);
        if d > max_distance {
            continue;
        }
        if suggestion.is_none() || d < best {
            suggestion = Some(possible);
            best = d;
        }
    }
    suggestion
}

/// What CPython appends to the message of a `NameError` for `wrong` in a frame whose
/// variables are `locals` and whose module's are `globals`: `. Did you mean: 'x'?` and/or
/// `. Did you forget to import 'x'`, or nothing.
pub fn name_error_suffix(wrong: &str, locals: &[&str], globals: &[&str]) -> String {
    let candidates: Vec<&str> =
        locals.iter().chain(MODULE_DUNDERS).chain(globals).chain(BUILTIN_NAMES).copied().collect();
    let mut out = String::new();
    let suggestion = closest(wrong, &candidates);
    if let Some(s) = suggestion {
        out.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if STDLIB_MODULES.contains(&wrong) {
        if suggestion.is_some() {
            out.push_str(&format!(" Or did you forget to import '{wrong}'"));
        } else {
            out.push_str(&format!(". Did you forget to import '{wrong}'"));
        }
    }
    out
}

/// Whether CPython's builtin type `type_name` has the attribute `name`.
pub fn type_has_attribute(type_name: &str, name: &str) -> bool {
    let type_name = if type_name == "bool" { "int" } else { type_name };
    TYPE_ATTRIBUTES.iter().any(|(t, attrs)| *t == type_name && attrs.contains(&name))
}

/// What CPython appends to an `AttributeError` for `wrong` on an instance of the builtin
/// type `type_name` (candidates: `dir()` of the type).
pub fn attribute_error_suffix(type_name: &str, wrong: &str) -> String {
    // `bool` has exactly the attributes of `int`.
    let type_name = if type_name == "bool" { "int" } else { type_name };
    let Some((_, attrs)) = TYPE_ATTRIBUTES.iter().find(|(t, _)| *t == type_name) else { return String::new() };
    closest(wrong, attrs).map(|s| format!(". Did you mean: '{s}'?")).unwrap_or_default()
}

/// `dir()` of `object`, which every user class's instances have.
const OBJECT_ATTRIBUTES: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dict__",
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
    "__module__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
    "__weakref__",
];

/// The "Did you mean" of an `AttributeError` on an instance or class of a user class, from
/// `dir()` of the object (its attributes, its classes' and `object`'s), computed when the
/// error is shown as CPython's traceback module does. Empty for other exceptions.
pub fn late_attribute_suffix(e: Value) -> String {
    let x = crate::exceptions::exc(e);
    if x.obj.is_null() || x.name.is_null() || x.name.kind() != Kind::Str {
        return String::new();
    }
    let obj = x.obj;
    let class = crate::class::as_class(obj).or_else(|| crate::class::of_type(obj.ty()));
    let Some(c) = class else { return String::new() };
    let keys = |d: Value| -> Vec<String> {
        crate::dict::keys(d)
            .iter()
            .filter(|k| k.kind() == Kind::Str)
            .map(|&k| crate::str::as_str(k).to_string())
            .collect()
    };
    let mut names: Vec<String> = Vec::new();
    if crate::class::as_class(obj).is_none() && obj.kind() == Kind::Instance {
        names.extend(keys(crate::class::instance_dict(obj)));
    }
    for &t in &c.mro {
        if let Some(k) = crate::class::as_class(t) {
            names.extend(keys(k.dict));
        }
    }
    names.extend(OBJECT_ATTRIBUTES.iter().map(|s| s.to_string()));
    names.sort();
    names.dedup();
    let candidates: Vec<&str> = names.iter().map(String::as_str).collect();
    let wrong = crate::str::as_str(x.name);
    closest(wrong, &candidates).map(|s| format!(". Did you mean: '{s}'?")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::{attribute_error_suffix, name_error_suffix};

    #[test]
    fn suggests_like_cpython() {
        assert_eq!(name_error_suffix("prnt", &[], &[]), ". Did you mean: 'print'?");
        assert_eq!(name_error_suffix("lenght", &["length"], &[]), ". Did you mean: 'length'?");
        assert_eq!(name_error_suffix("math", &[], &[]), ". Did you forget to import 'math'");
        assert_eq!(name_error_suffix("zzzzzz", &[], &[]), "");
        assert_eq!(attribute_error_suffix("str", "uper"), ". Did you mean: 'upper'?");
    }
}
