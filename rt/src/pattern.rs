//! The run-time tests of `match` patterns (lowering calls them by name): each returns the
//! values the sub-patterns are matched against, as a tuple, or `None` for no match.

use crate::exceptions::{self, raise, raise_type_error};
use crate::object::{Kind, TypeObject, Value};
use crate::{dict, list, str, tuple};

/// A sequence pattern with `before` patterns before a star (if `star`) and `after` after
/// it: the subject must be a sequence (not a str, bytes or bytearray) of the right length.
pub fn match_sequence(subject: Value, before: usize, after: usize, star: bool) -> Result<Value, ()> {
    if !matches!(subject.kind(), Kind::List | Kind::Tuple | Kind::Range) {
        return Ok(Value::none());
    }
    let items = crate::iter::collect(subject)?;
    let fits = if star { items.len() >= before + after } else { items.len() == before };
    if !fits {
        return Ok(Value::none());
    }
    if !star {
        return Ok(tuple::new(items));
    }
    let mut out = items[..before].to_vec();
    out.push(list::new(items[before..items.len() - after].to_vec()));
    out.extend_from_slice(&items[items.len() - after..]);
    Ok(tuple::new(out))
}

/// A mapping pattern with `keys`: the subject must be a mapping holding every key; with
/// `rest`, the tuple ends with a dict of the other items.
pub fn match_mapping(subject: Value, keys: Value, rest: bool) -> Result<Value, ()> {
    if subject.kind() != Kind::Dict {
        return Ok(Value::none());
    }
    let keys = tuple::items(keys);
    for (i, &k) in keys.iter().enumerate() {
        for &earlier in &keys[..i] {
            if crate::ops::eq(earlier, k)? {
                let msg = format!("mapping pattern checks duplicate key ({})", crate::repr::repr_string(k)?);
                raise(&exceptions::VALUE_ERROR, &msg);
                return Err(());
            }
        }
    }
    let table = dict::table(subject);
    let mut values = Vec::with_capacity(keys.len() + 1);
    for &k in keys {
        match table.get(k, crate::ops::hash(k)?)? {
            Some(v) => values.push(v),
            None => return Ok(Value::none()),
        }
    }
    if rest {
        let others = dict::new();
        for e in table.live() {
            let mut taken = false;
            for &k in keys {
                if crate::ops::eq(e.key, k)? {
                    taken = true;
                    break;
                }
            }
            if !taken {
                dict::setitem(others, e.key, e.value);
            }
        }
        values.push(others);
    }
    Ok(tuple::new(values))
}

/// Builtin types whose class pattern with one positional sub-pattern matches the subject
/// itself (`case int(n)`).
const SELF_MATCHING: &[&str] =
    &["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"];

/// A class pattern `cls(p1, ..., k1=q1, ...)` with `npos` positional sub-patterns and the
/// keyword names `kwnames`: the subject must be an instance of `cls`; the values are its
/// attributes named by `__match_args__` and the keywords.
pub fn match_class(subject: Value, cls: Value, npos: usize, kwnames: Value) -> Result<Value, ()> {
    if cls.is_small_int() || cls.kind() != Kind::Type {
        raise_type_error("called match pattern must be a class");
        return Err(());
    }
    // SAFETY: kind checked.
    let t: &'static TypeObject = unsafe { cls.obj::<TypeObject>() };
    if !subject.ty().is_subtype(t) {
        return Ok(Value::none());
    }
    let mut names: Vec<&'static str> = Vec::new();
    let mut values = Vec::new();
    if npos > 0 {
        let match_args = match crate::class::as_class(cls) {
            Some(c) => crate::class::lookup(c, "__match_args__"),
            None => None,
        };
        match match_args {
            None if npos == 1 && crate::class::as_class(cls).is_none() && SELF_MATCHING.contains(&t.name) => {
                values.push(subject);
            }
            None if crate::class::as_class(cls).is_none() && SELF_MATCHING.contains(&t.name) => {
                raise_type_error(&format!("{}() accepts 1 positional sub-pattern ({npos} given)", t.name));
                return Err(());
            }
            Some(m) if m.kind() != Kind::Tuple => {
                raise_type_error(&format!("{}.__match_args__ must be a tuple (got {})", t.name, m.type_name()));
                return Err(());
            }
            m => {
                let args = m.map(tuple::items).unwrap_or(&[]);
                if npos > args.len() {
                    let s = if args.len() == 1 { "" } else { "s" };
                    let msg = format!("{}() accepts {} positional sub-pattern{s} ({npos} given)", t.name, args.len());
                    raise_type_error(&msg);
                    return Err(());
                }
                for &a in &args[..npos] {
                    if a.kind() != Kind::Str {
                        raise_type_error(&format!("__match_args__ elements must be strings (got {})", a.type_name()));
                        return Err(());
                    }
                    names.push(str::as_str(a));
                }
            }
        }
    }
    names.extend(tuple::items(kwnames).iter().map(|&k| str::as_str(k)));
    for (i, name) in names.iter().enumerate() {
        if names[..i].contains(name) {
            raise_type_error(&format!("{}() got multiple sub-patterns for attribute '{name}'", t.name));
            return Err(());
        }
        let v = crate::func::getattr(subject, name);
        if v.is_null() {
            let e = exceptions::pending();
            if e.ty().is_subtype(&exceptions::ATTRIBUTE_ERROR) {
                exceptions::take_pending();
                return Ok(Value::none());
            }
            return Err(());
        }
        values.push(v);
    }
    Ok(tuple::new(values))
}
