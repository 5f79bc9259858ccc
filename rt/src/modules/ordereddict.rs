//! `collections.OrderedDict`: a class deriving from `dict` (dicts keep insertion order
//! already) with `move_to_end`, `popitem(last=)`, order-sensitive equality between ordered
//! dicts and its own `repr`, after CPython's `Lib/collections/__init__.py`.

use crate::builtins::nonnull;
use crate::cell::Global;
use crate::exceptions::{self, raise, raise_type_error};
use crate::func::split_args;
use crate::native::{self, NativeObj};
use crate::object::{Kind, Value};
use crate::{dict, ops, str, tuple};

static ORDERED_DICT: Global<Value> = Global::new(Value::NULL);

/// The `OrderedDict` class, made on first use.
pub fn ordered_dict_class() -> Value {
    native::module_class(
        &ORDERED_DICT,
        "collections",
        "OrderedDict",
        || vec![Value::from_static(&dict::DICT_TYPE)],
        |ns| {
            native::add_methods(
                ns,
                "OrderedDict",
                &[
                    ("move_to_end", move_to_end),
                    ("popitem", popitem),
                    ("__repr__", repr),
                    ("__eq__", eq),
                    ("__ne__", ne),
                    ("copy", copy),
                    ("__or__", or),
                    ("__ror__", or),
                ],
            );
            let fromkeys = native::method("OrderedDict.fromkeys", fromkeys);
            let fromkeys =
                crate::class::new_descriptor(&crate::class::CLASSMETHOD_TYPE, fromkeys, Value::NULL, Value::NULL);
            dict::setitem(ns, str::new_str("fromkeys"), fromkeys);
        },
    )
}

fn is_ordered_dict(v: Value) -> bool {
    let c = crate::class::as_class(ordered_dict_class());
    !v.is_small_int() && c.is_some_and(|c| v.ty().is_subtype(&c.ty))
}

/// The `last` argument of `move_to_end`/`popitem` (positional or keyword; true by default).
fn last_flag(name: &str, args: &[Value], kwnames: Value, required: usize) -> Result<(Vec<Value>, bool), ()> {
    let (pos, kw) = split_args(args, kwnames);
    let params: &[&str] = if required == 1 { &["key", "last"] } else { &["last"] };
    let bound = crate::args::bind_keywords(name, params, required, &pos[1..], &kw)?;
    let last = match bound[required] {
        Some(v) => ops::truthy(v)?,
        None => true,
    };
    Ok((bound[..required].iter().map(|v| v.unwrap_or(Value::NULL)).collect(), last))
}

/// Rebuilds `d` with its entries in `order` (indices into its live entries).
fn reorder(d: Value, entries: Vec<dict::Entry>) -> Result<(), ()> {
    *dict::table(d) = dict::Table::default();
    for e in entries {
        dict::table(d).set(e.key, e.hash, e.value)?;
    }
    Ok(())
}

/// `move_to_end(key, last=True)`: the key goes to the end (or the start).
fn move_to_end(_: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    let d = args[0];
    let r = (|| -> Result<Value, ()> {
        let (key, last) = last_flag("move_to_end", args, kwnames, 1)?;
        let key = key[0];
        let h = ops::hash(key)?;
        let Some(value) = dict::table(d).remove(key, h)? else {
            dict::raise_key_error(key);
            return Err(());
        };
        if last {
            dict::table(d).set(key, h, value)?;
        } else {
            let mut entries = vec![dict::Entry { hash: h, key, value }];
            entries.extend(dict::table(d).live().copied());
            reorder(d, entries)?;
        }
        Ok(Value::none())
    })();
    r.unwrap_or(Value::NULL)
}

/// `popitem(last=True)`: the last (or first) item, removed.
fn popitem(_: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    let d = args[0];
    let r = (|| -> Result<Value, ()> {
        let (_, last) = last_flag("popitem", args, kwnames, 0)?;
        let entry = if last { dict::table(d).live().last().copied() } else { dict::table(d).live().next().copied() };
        let Some(e) = entry else {
            raise(&exceptions::KEY_ERROR, "dictionary is empty");
            return Err(());
        };
        dict::table(d).remove(e.key, e.hash)?;
        Ok(tuple::new(vec![e.key, e.value]))
    })();
    r.unwrap_or(Value::NULL)
}

/// `OrderedDict()` / `OrderedDict({...})`, with the class's own name.
fn repr(_: &NativeObj, args: &[Value], _: Value) -> Value {
    let d = args[0];
    let r = (|| -> Result<String, ()> {
        let name = d.type_name();
        if dict::table(d).is_empty() {
            return Ok(format!("{name}()"));
        }
        let items = crate::subclass::as_builtin(d, || crate::repr::repr_string(d))?;
        Ok(format!("{name}({items})"))
    })();
    r.map_or(Value::NULL, |s| str::new_str(&s))
}

/// Between ordered dicts, equal items in the same order; with other mappings, as dicts.
fn equal(a: Value, b: Value) -> Result<Value, ()> {
    if b.is_small_int() || b.kind() != Kind::Dict {
        return Ok(Value::from_static(&crate::object::NOT_IMPLEMENTED));
    }
    let same_items = crate::subclass::as_builtin(a, || ops::compare_builtin(ops::CmpOp::Eq, a, b))?;
    if !same_items || !is_ordered_dict(b) {
        return Ok(Value::bool(same_items));
    }
    let (ka, kb) = (dict::keys(a), dict::keys(b));
    for (x, y) in ka.iter().zip(&kb) {
        if !dict::keys_equal(*x, *y)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn eq(_: &NativeObj, args: &[Value], _: Value) -> Value {
    let [a, b] = args else { return raise_type_error("expected 1 argument") };
    equal(*a, *b).unwrap_or(Value::NULL)
}

fn ne(o: &NativeObj, args: &[Value], kw: Value) -> Value {
    native::negated(eq(o, args, kw))
}

fn copy(_: &NativeObj, args: &[Value], _: Value) -> Value {
    let d = args[0];
    nonnull(crate::func::call(Value::from_static(d.ty()), &[d], Value::NULL)).unwrap_or(Value::NULL)
}

/// `OrderedDict.fromkeys(iterable, value=None)`: an instance of the class it is called on.
fn fromkeys(_: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    let r = (|| -> Result<Value, ()> {
        let (pos, kw) = split_args(args, kwnames);
        let bound = crate::args::bind_keywords("fromkeys", &["iterable", "value"], 1, &pos[1..], &kw)?;
        let value = bound[1].unwrap_or(Value::none());
        let d = nonnull(crate::func::call(pos[0], &[], Value::NULL))?;
        for k in crate::iter::collect(bound[0].unwrap_or(Value::NULL))? {
            if !ops::setitem(d, k, value) {
                return Err(());
            }
        }
        Ok(d)
    })();
    r.unwrap_or(Value::NULL)
}

/// `a | b` (and `b | a`) with a dict: a new ordered dict of the same class, the left
/// operand's items first.
fn or(o: &NativeObj, args: &[Value], _: Value) -> Value {
    let [d, other] = args else { return raise_type_error("expected 1 argument") };
    if other.is_small_int() || other.kind() != Kind::Dict {
        return Value::from_static(&crate::object::NOT_IMPLEMENTED);
    }
    let (first, second) = if o.names[0].ends_with("__ror__") { (*other, *d) } else { (*d, *other) };
    let r = (|| -> Result<Value, ()> {
        let new = nonnull(crate::func::call(Value::from_static(d.ty()), &[first], Value::NULL))?;
        dict::update(new, second)?;
        Ok(new)
    })();
    r.unwrap_or(Value::NULL)
}
