//! `collections`: `namedtuple` (the rest is not provided yet), and the named tuple classes
//! behind it and `typing.NamedTuple`: user classes deriving from `tuple` whose instances are
//! tuples with their class as type, with `_fields`, `_field_defaults`, `_asdict`, `_replace`
//! and `_make`.

use crate::class::{self, ClassObj};
use crate::exceptions::{self, raise, raise_type_error};
use crate::func::split_args;
use crate::object::{Header, Kind, Value, new_object};
use crate::tuple::{self, TupleObj};
use crate::{dict, native, str};

#[rustfmt::skip]
pub const NAMES: &[&str] = &[
    "ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString", "defaultdict", "deque", "namedtuple",
];

pub fn getattr(name: &str) -> Option<Value> {
    Some(match name {
        "namedtuple" => super::builtin(collections_namedtuple, "namedtuple"),
        "Counter" => super::counter::counter_class(),
        "defaultdict" => super::defaultdict::defaultdict_class(),
        "OrderedDict" => super::ordereddict::ordered_dict_class(),
        // Written in Python (`lower/stdlib/_collections.py`), compiled into every program that
        // imports `collections`.
        "deque" | "ChainMap" => crate::import::attribute_of("_collections", name),
        _ => return None,
    })
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

fn is_identifier(s: &str) -> bool {
    crate::unicode::is_identifier(s)
}

/// `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn collections_namedtuple(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let params = ["typename", "field_names", "rename", "defaults", "module"];
        if args.len() > 2 {
            raise_type_error(&format!("namedtuple() takes 2 positional arguments but {} were given", args.len()));
            return Err(());
        }
        let b = crate::args::bind_keywords("namedtuple", &params, 2, args, &kw)?;
        let typename = crate::builtins::attribute_name(&[Value::NULL, b[0].unwrap_or(Value::NULL)])?.to_string();
        let spec = b[1].unwrap_or(Value::NULL);
        let mut fields: Vec<String> = if spec.kind() == Kind::Str {
            str::as_str(spec).replace(',', " ").split_whitespace().map(str::to_string).collect()
        } else {
            let items = crate::iter::collect(spec)?;
            items.iter().map(|&f| crate::repr::str_string(f)).collect::<Result<_, _>>()?
        };
        let rename = match b[2] {
            Some(v) => crate::ops::truthy(v)?,
            None => false,
        };
        if rename {
            let mut seen = Vec::new();
            for (i, f) in fields.iter_mut().enumerate() {
                if !is_identifier(f) || KEYWORDS.contains(&f.as_str()) || f.starts_with('_') || seen.contains(f) {
                    *f = format!("_{i}");
                }
                seen.push(f.clone());
            }
        }
        for name in std::iter::once(&typename).chain(&fields) {
            if !is_identifier(name) {
                let msg = format!("Type names and field names must be valid identifiers: '{name}'");
                raise(&exceptions::VALUE_ERROR, &msg);
                return Err(());
            }
            if KEYWORDS.contains(&name.as_str()) {
                raise(&exceptions::VALUE_ERROR, &format!("Type names and field names cannot be a keyword: '{name}'"));
                return Err(());
            }
        }
        let mut seen: Vec<&String> = Vec::new();
        for f in &fields {
            if f.starts_with('_') && !rename {
                let msg = format!("Field names cannot start with an underscore: '{f}'");
                raise(&exceptions::VALUE_ERROR, &msg);
                return Err(());
            }
            if seen.contains(&f) {
                raise(&exceptions::VALUE_ERROR, &format!("Encountered duplicate field name: '{f}'"));
                return Err(());
            }
            seen.push(f);
        }
        let defaults = match b[3] {
            Some(d) if !d.is_none() => crate::iter::collect(d)?,
            _ => Vec::new(),
        };
        if defaults.len() > fields.len() {
            raise_type_error("Got more default values than field names");
            return Err(());
        }
        let field_defaults = dict::new();
        for (f, &d) in fields[fields.len() - defaults.len()..].iter().zip(&defaults) {
            dict::setitem(field_defaults, str::new_str(f), d);
        }
        let ns = dict::new();
        if let Some(m) = b[4].filter(|m| !m.is_none()) {
            dict::setitem(ns, str::new_str("__module__"), m);
        }
        make(&typename, &typename, &fields, field_defaults, ns)
    })
}

/// Makes a named tuple class with namespace `ns` (methods of a `NamedTuple` class body).
fn make(name: &str, qualname: &str, fields: &[String], field_defaults: Value, ns: Value) -> Result<Value, ()> {
    let names = tuple::new(fields.iter().map(|f| str::new_str(f)).collect());
    let set = |k: &str, v: Value| dict::setitem(ns, str::new_str(k), v);
    set("_fields", names);
    set("_field_defaults", field_defaults);
    set("__match_args__", names);
    set("__slots__", tuple::new(Vec::new()));
    if !dict::contains(ns, str::new_str("__doc__"))? {
        set("__doc__", str::new_str(&format!("{name}({})", fields.join(", "))));
    }
    class::make_class(name, qualname, &[Value::from_static(&tuple::TUPLE_TYPE)], ns)
}

/// A `class P(NamedTuple)` body: its annotated names are the fields, their values the
/// defaults; the other attributes (methods) stay.
pub fn from_class_body(name: &str, qualname: &str, ns: Value) -> Result<Value, ()> {
    let mut fields = Vec::new();
    let field_defaults = dict::new();
    if let Some(annotations) = class::namespace_get(ns, "__annotations__") {
        for e in dict::table(annotations).live().copied().collect::<Vec<_>>() {
            let f = str::as_str(e.key).to_string();
            if let Some(d) = class::namespace_get(ns, &f) {
                dict::setitem(field_defaults, e.key, d);
                let _ = dict::table(ns).remove(e.key, str::hash(e.key));
            } else if dict::table(field_defaults).len() > 0 {
                let msg = format!("Non-default namedtuple field {f} cannot follow default field");
                raise_type_error(&msg);
                return Err(());
            }
            fields.push(f);
        }
    }
    make(name, qualname, &fields, field_defaults, ns)
}

/// The fields of a named tuple class (`None` for other classes).
fn fields(c: &'static ClassObj) -> Option<&'static [Value]> {
    let f = class::lookup(c, "_fields")?;
    (f.kind() == Kind::Tuple).then(|| tuple::items(f))
}

/// A new instance of a class deriving from `tuple`: `C(iterable)`, or for a named tuple
/// its fields by position, keyword and default.
pub fn instantiate(c: &'static ClassObj, args: &[Value], kwnames: Value) -> Result<Value, ()> {
    let (pos, kw) = split_args(args, kwnames);
    let items = match fields(c) {
        Some(names) => {
            let names: Vec<&str> = names.iter().map(|&n| str::as_str(n)).collect();
            let defaults = class::lookup(c, "_field_defaults").filter(|d| d.kind() == Kind::Dict);
            let ndefaults = defaults.map_or(0, |d| dict::table(d).len());
            let mut params = vec!["_cls"];
            params.extend(&names);
            let mut with_cls = vec![Value::from_static(&c.ty)];
            with_cls.extend_from_slice(pos);
            let func = format!("{}.__new__", c.ty.name);
            let bound = crate::args::bind_keywords(&func, &params, params.len() - ndefaults, &with_cls, &kw)?;
            let mut items = Vec::with_capacity(names.len());
            for (i, v) in bound[1..].iter().enumerate() {
                items.push(match v {
                    Some(v) => *v,
                    None => defaults.and_then(|d| class::namespace_get(d, names[i])).unwrap_or(Value::none()),
                });
            }
            items
        }
        None => {
            if !kw.is_empty() {
                raise_type_error(&format!("{}() takes no keyword arguments", c.ty.name));
                return Err(());
            }
            match pos {
                [] => Vec::new(),
                [it] => crate::iter::collect(*it)?,
                _ => {
                    raise_type_error(&format!("{} expected at most 1 argument, got {}", c.ty.name, pos.len()));
                    return Err(());
                }
            }
        }
    };
    Ok(new_object(TupleObj { header: Header { ty: &c.ty }, items: items.into_boxed_slice() }))
}

/// `repr()` of a named tuple: `P(x=1, y=2)`.
pub fn repr(v: Value) -> Option<Result<String, ()>> {
    let c = class::of_type(v.ty())?;
    let names = fields(c)?;
    Some((|| {
        let mut parts = Vec::new();
        for (&n, &x) in names.iter().zip(tuple::items(v)) {
            parts.push(format!("{}={}", str::as_str(n), crate::repr::repr_string(x)?));
        }
        Ok(format!("{}({})", c.ty.name, parts.join(", ")))
    })())
}

/// An attribute of an instance of a class deriving from `tuple`: a field, or from the class
/// (methods bound); `None` to go on with `tuple`'s own.
pub fn instance_attribute(v: Value, name: &str) -> Option<Value> {
    let c = class::of_type(v.ty())?;
    if let Some(names) = fields(c)
        && let Some(i) = names.iter().position(|&n| str::as_str(n) == name)
    {
        return Some(tuple::items(v)[i]);
    }
    match name {
        "_asdict" | "_replace" => {
            let call: native::NativeCall = if name == "_asdict" { asdict } else { replace };
            return Some(native::new(&METHOD_TYPE, call, method_repr, vec![v], vec![name.into()], Vec::new()));
        }
        _ => {}
    }
    class::lookup(c, name).map(|a| class::resolve_on(a, v))
}

static METHOD_TYPE: crate::object::TypeObject = native::native_type("method");

fn method_repr(o: &native::NativeObj) -> Result<String, ()> {
    Ok(format!("<bound method {}>", o.names[0]))
}

fn asdict(o: &native::NativeObj, _: &[Value], _: Value) -> Value {
    let v = o.data[0];
    let d = dict::new();
    if let Some(names) = class::of_type(v.ty()).and_then(fields) {
        for (&n, &x) in names.iter().zip(tuple::items(v)) {
            dict::setitem(d, n, x);
        }
    }
    d
}

fn replace(o: &native::NativeObj, args: &[Value], kwnames: Value) -> Value {
    let v = o.data[0];
    let Some(c) = class::of_type(v.ty()) else { return Value::NULL };
    let Some(names) = fields(c) else { return Value::NULL };
    let (pos, kw) = split_args(args, kwnames);
    if !pos.is_empty() {
        return raise_type_error(&format!(
            "{}._replace() takes 1 positional argument but {} were given",
            c.ty.name,
            pos.len() + 1
        ));
    }
    let mut items = tuple::items(v).to_vec();
    for &(k, x) in &kw {
        match names.iter().position(|&n| str::as_str(n) == k) {
            Some(i) => items[i] = x,
            None => {
                return raise(&exceptions::VALUE_ERROR, &format!("Got unexpected field names: ['{k}']"));
            }
        }
    }
    new_object(TupleObj { header: Header { ty: &c.ty }, items: items.into_boxed_slice() })
}

/// `P._make(iterable)`.
pub fn class_attribute(c: &'static ClassObj, name: &str) -> Option<Value> {
    fields(c)?;
    (name == "_make").then(|| {
        native::new(
            &METHOD_TYPE,
            make_call,
            method_repr,
            vec![Value::from_static(&c.ty)],
            vec!["_make".into()],
            Vec::new(),
        )
    })
}

fn make_call(o: &native::NativeObj, args: &[Value], _: Value) -> Value {
    let Some(c) = class::as_class(o.data[0]) else { return Value::NULL };
    let [it] = args else {
        return raise_type_error(&format!(
            "{}._make() takes 2 positional arguments but {} were given",
            c.ty.name,
            args.len() + 1
        ));
    };
    let r = (|| -> Result<Value, ()> {
        let items = crate::iter::collect(*it)?;
        let n = fields(c).map_or(0, <[Value]>::len);
        if items.len() != n {
            raise_type_error(&format!("Expected {n} arguments, got {}", items.len()));
            return Err(());
        }
        Ok(new_object(TupleObj { header: Header { ty: &c.ty }, items: items.into_boxed_slice() }))
    })();
    r.unwrap_or(Value::NULL)
}

/// `obj.name = value` on an instance of a class deriving from `tuple` (no `__dict__`).
pub fn setattr(v: Value, name: &str) -> bool {
    let is_field = class::of_type(v.ty()).and_then(fields).is_some_and(|f| f.iter().any(|&n| str::as_str(n) == name));
    let msg = if is_field {
        "can't set attribute".to_string()
    } else {
        format!("'{}' object has no attribute '{name}'", v.type_name())
    };
    raise(&exceptions::ATTRIBUTE_ERROR, &msg);
    false
}
