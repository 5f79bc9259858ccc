//! `enum`: `Enum`, `IntEnum`, `StrEnum`, `ReprEnum` and `auto` (`Flag` and the rest are
//! not provided yet).
//!
//! `Enum` is a class made at run time, with its methods made by the runtime; `ReprEnum`
//! derives from it, and `IntEnum`/`StrEnum` from `int`/`str` and `ReprEnum`, so their
//! members are ints and strs (`subclass.rs`) whose `str()` and `format()` are their value's. A class
//! deriving from it turns its plain class attributes into members when it is made
//! (`class::make_class` calls `finish`); the class-level operations CPython's `EnumType`
//! metaclass provides (`Color(1)`, `Color["RED"]`, iteration, `len`, `in`) are answered here
//! for the operations in `ops.rs`, `iter.rs` and `class.rs` that consult `is_enum`.

use crate::cell::Global;
use crate::class::{self, ClassObj};
use crate::exceptions::{self, raise, raise_type_error};
use crate::native::{self, NativeObj};
use crate::object::{Kind, NoneObj, OBJECT_TYPE, TypeObject, Value};
use crate::{dict, list, repr, str};

#[rustfmt::skip]
pub const NAMES: &[&str] = &[
    "CONFORM", "CONTINUOUS", "DynamicClassAttribute", "EJECT", "Enum", "EnumCheck", "EnumMeta", "EnumType", "Flag",
    "FlagBoundary", "IntEnum", "IntFlag", "KEEP", "NAMED_FLAGS", "ReprEnum", "STRICT", "StrEnum", "UNIQUE", "auto",
    "global_enum", "global_enum_repr", "global_flag_repr", "global_str", "member", "nonmember", "pickle_by_enum_name",
    "pickle_by_global_name", "property", "show_flag_values", "unique", "verify",
];

static METHOD_TYPE: TypeObject = native::native_type("function");
static AUTO_TYPE: TypeObject = TypeObject::new("auto", Kind::NoneType, Some(&OBJECT_TYPE));
/// The placeholder `auto()` returns; `finish` replaces it with the next value.
static AUTO: NoneObj = NoneObj { header: crate::object::Header { ty: &AUTO_TYPE } };

/// The `Enum` class, made on first use.
static ENUM: Global<Value> = Global::new(Value::NULL);
/// `ReprEnum`, `IntEnum` and `StrEnum`, made on first use.
static REPR_ENUM: Global<Value> = Global::new(Value::NULL);
static INT_ENUM: Global<Value> = Global::new(Value::NULL);
static STR_ENUM: Global<Value> = Global::new(Value::NULL);

fn enum_class() -> Value {
    let e = ENUM.get();
    if !e.is_null() {
        return e;
    }
    let ns = dict::new();
    let method = |name: &str, call: native::NativeCall| {
        native::new_method(&METHOD_TYPE, call, method_repr, Vec::new(), vec![format!("Enum.{name}")])
    };
    let set = |name: &str, v: Value| dict::setitem(ns, str::new_str(name), v);
    set("__module__", str::new_str("enum"));
    set("__repr__", method("__repr__", member_repr));
    set("__str__", method("__str__", member_str));
    set("__hash__", method("__hash__", member_hash));
    for field in ["name", "value"] {
        let getter = method(field, if field == "name" { member_name } else { member_value });
        set(field, class::new_descriptor(&class::PROPERTY_TYPE, getter, Value::NULL, Value::NULL));
    }
    let e = class::make_class("Enum", "Enum", &[], ns).unwrap_or(Value::NULL);
    ENUM.set(e);
    e
}

fn native_method(name: &str, call: native::NativeCall) -> Value {
    native::new_method(&METHOD_TYPE, call, method_repr, Vec::new(), vec![name.to_string()])
}

/// `ReprEnum`: an `Enum` whose `str()` and `format()` are those of the mixed-in type.
fn repr_enum_class() -> Value {
    let r = REPR_ENUM.get();
    if !r.is_null() {
        return r;
    }
    let ns = dict::new();
    dict::setitem(ns, str::new_str("__str__"), native_method("ReprEnum.__str__", value_str));
    dict::setitem(ns, str::new_str("__format__"), native_method("ReprEnum.__format__", value_format));
    dict::setitem(ns, str::new_str("__hash__"), native_method("ReprEnum.__hash__", value_hash));
    dict::setitem(ns, str::new_str("__module__"), str::new_str("enum"));
    let r = class::make_class("ReprEnum", "ReprEnum", &[enum_class()], ns).unwrap_or(Value::NULL);
    REPR_ENUM.set(r);
    r
}

/// `IntEnum` (`int`, `ReprEnum`) or `StrEnum` (`str`, `ReprEnum`).
fn mixed_enum_class(cell: &'static Global<Value>, name: &str, base: Value) -> Value {
    let e = cell.get();
    if !e.is_null() {
        return e;
    }
    let ns = dict::new();
    dict::setitem(ns, str::new_str("__module__"), str::new_str("enum"));
    let e = class::make_class(name, name, &[base, repr_enum_class()], ns).unwrap_or(Value::NULL);
    cell.set(e);
    e
}

/// The member's value as its mixed-in type shows it: `str(Color.RED)` is `'1'` for an
/// `IntEnum`.
fn value_str(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    let v = plain_value(args[0]);
    repr::str_string(v).map_or(Value::NULL, |s| str::new_str(&s))
}

fn value_format(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    let [m, spec] = args else { return raise_type_error("__format__() takes exactly one argument") };
    if spec.kind() != Kind::Str {
        return raise_type_error("format spec must be a str");
    }
    crate::format::format_value(plain_value(*m), str::as_str(*spec)).map_or(Value::NULL, |s| str::new_str(&s))
}

fn value_hash(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    crate::ops::hash(plain_value(args[0])).map_or(Value::NULL, crate::int::from_i64)
}

/// The member as a plain int or str (its value, for one that is neither).
fn plain_value(m: Value) -> Value {
    match m.kind() {
        Kind::Int => crate::int::from_big(crate::int::to_big(m)),
        Kind::Str => str::new_str(str::as_str(m)),
        _ => attr(m, "_value_"),
    }
}

pub fn getattr(name: &str) -> Option<Value> {
    Some(match name {
        "Enum" => enum_class(),
        "ReprEnum" => repr_enum_class(),
        "IntEnum" => mixed_enum_class(&INT_ENUM, "IntEnum", Value::from_static(&crate::int::INT_TYPE)),
        "StrEnum" => mixed_enum_class(&STR_ENUM, "StrEnum", Value::from_static(&str::STR_TYPE)),
        "auto" => super::builtin(enum_auto, "auto"),
        _ => return None,
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn enum_auto(_ptr: *const Value, n: usize, _kwnames: Value) -> Value {
    if n != 0 {
        return raise_type_error(&format!("auto() takes no arguments ({n} given)"));
    }
    Value::from_static(&AUTO)
}

fn method_repr(o: &NativeObj) -> Result<String, ()> {
    Ok(format!("<function {} at {:#x}>", o.names[0], o as *const NativeObj as usize))
}

fn attr(v: Value, name: &str) -> Value {
    crate::func::getattr(v, name)
}

fn member_name(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    attr(args[0], "_name_")
}

fn member_value(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    attr(args[0], "_value_")
}

fn member_repr(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    let m = args[0];
    let r = (|| -> Result<String, ()> {
        let value = repr::repr_string(attr(m, "_value_"))?;
        Ok(format!("<{}.{}: {value}>", m.type_name(), str::as_str(attr(m, "_name_"))))
    })();
    r.map_or(Value::NULL, |s| str::new_str(&s))
}

fn member_str(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    let m = args[0];
    str::new_str(&format!("{}.{}", m.type_name(), str::as_str(attr(m, "_name_"))))
}

fn member_hash(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    crate::int::from_i64(str::hash(attr(args[0], "_name_")))
}

/// Whether `c` is an enumeration (a class deriving from `Enum`, not `Enum` itself nor
/// the kinds of enumeration this module defines).
pub fn is_enum(c: &'static ClassObj) -> bool {
    let e = ENUM.get();
    let own = Value::from_static(&c.ty);
    !e.is_null()
        && c.mro.len() > 1
        && c.mro[1..].contains(&e)
        && ![REPR_ENUM.get(), INT_ENUM.get(), STR_ENUM.get()].contains(&own)
}

/// Whether `c` is `Enum` or derives from it (what `EnumType` makes: its repr is
/// `<enum 'Name'>`).
pub fn is_enum_type(c: &'static ClassObj) -> bool {
    let e = ENUM.get();
    !e.is_null() && c.mro.contains(&e)
}

/// The enumeration a class value is, if it is one.
pub fn as_enum(v: Value) -> Option<&'static ClassObj> {
    class::as_class(v).filter(|c| is_enum(c))
}

/// Turns the plain class attributes of a new enumeration into its members.
pub fn finish(cls: Value) -> Result<(), ()> {
    let Some(c) = as_enum(cls) else { return Ok(()) };
    let ns = c.dict;
    let members = dict::new();
    let by_value = dict::new();
    let names = list::new(Vec::new());
    let mut values: Vec<Value> = Vec::new();
    let entries: Vec<dict::Entry> = dict::table(ns).live().copied().collect();
    for e in entries {
        let name = str::as_str(e.key);
        let v = e.value;
        let is_descriptor = !v.is_small_int()
            && matches!(v.kind(), Kind::Function | Kind::Native | Kind::Descriptor | Kind::Method | Kind::Type);
        if name.starts_with('_') || is_descriptor {
            continue;
        }
        let value = if v != Value::from_static(&AUTO) {
            v
        } else if c.ty.kind == Kind::Str {
            // `StrEnum`'s `auto()` is the member's name in lower case.
            str::new_str(&name.to_lowercase())
        } else {
            next_value(&values)
        };
        values.push(value);
        let member = match dict::table(by_value).get(value, crate::ops::hash(value)?)? {
            // An alias: the same member under another name.
            Some(existing) => existing,
            None => {
                let m = match c.ty.kind {
                    Kind::Int | Kind::Str => mixed_member(c, value)?,
                    _ => class::new_instance(c),
                };
                set_member_attr(m, "_name_", e.key);
                set_member_attr(m, "_value_", value);
                dict::setitem(by_value, value, m);
                list::items(names).push(e.key);
                m
            }
        };
        dict::setitem(members, e.key, member);
        dict::setitem(ns, e.key, member);
    }
    dict::setitem(ns, str::new_str("_member_map_"), members);
    dict::setitem(ns, str::new_str("_value2member_map_"), by_value);
    dict::setitem(ns, str::new_str("_member_names_"), names);
    Ok(())
}

/// A member of an `IntEnum`/`StrEnum`: an int or str of the enumeration's class, made from
/// the value as `int(value)`/`str(value)` would (a value of the wrong type is refused).
fn mixed_member(c: &'static ClassObj, value: Value) -> Result<Value, ()> {
    let ok = match c.ty.kind {
        Kind::Int => crate::int::is_int(value),
        _ => value.kind() == Kind::Str,
    };
    if !ok {
        let shown = repr::repr_string(value)?;
        let msg = if c.ty.kind == Kind::Int {
            format!("invalid literal for int() with base 10: {shown}")
        } else {
            format!("{shown} is not a string")
        };
        let ty = if c.ty.kind == Kind::Int { &exceptions::VALUE_ERROR } else { &exceptions::TYPE_ERROR };
        raise(ty, &msg);
        return Err(());
    }
    let plain = if c.ty.kind == Kind::Int { crate::int::from_big(crate::int::to_big(value)) } else { value };
    Ok(crate::subclass::with_value(c, plain))
}

fn set_member_attr(m: Value, name: &str, value: Value) {
    if m.kind() == Kind::Instance {
        class::object_setattr(m, name, value);
    } else {
        dict::setitem(crate::subclass::instance_dict(m), str::new_str(name), value);
    }
}

/// `auto()`'s value: one more than the last value that supports it, else 1.
fn next_value(values: &[Value]) -> Value {
    for &v in values.iter().rev() {
        if crate::int::is_int(v) {
            return crate::int::add(v, Value::small(1));
        }
    }
    Value::small(1)
}

/// The members in definition order (aliases excluded).
pub fn members(c: &'static ClassObj) -> Vec<Value> {
    let (Some(names), Some(map)) =
        (class::namespace_get(c.dict, "_member_names_"), class::namespace_get(c.dict, "_member_map_"))
    else {
        return Vec::new();
    };
    list::items(names).iter().filter_map(|&n| dict::table(map).get(n, str::hash(n)).ok().flatten()).collect()
}

/// `Color(value)`: the member with that value.
pub fn lookup_value(c: &'static ClassObj, args: &[Value]) -> Value {
    let [value] = args else {
        return raise_type_error(&format!("{}() takes 1 positional argument but {} were given", c.ty.name, args.len()));
    };
    if let Some(map) = class::namespace_get(c.dict, "_value2member_map_")
        && let Ok(h) = crate::ops::hash(*value)
        && let Ok(Some(m)) = dict::table(map).get(*value, h)
    {
        return m;
    }
    if exceptions::has_pending() {
        return Value::NULL;
    }
    let shown = repr::repr_string(*value).unwrap_or_default();
    raise(&exceptions::VALUE_ERROR, &format!("{shown} is not a valid {}", c.qualname))
}

/// `Color["RED"]`: the member with that name.
pub fn lookup_name(c: &'static ClassObj, name: Value) -> Value {
    if let Some(map) = class::namespace_get(c.dict, "_member_map_")
        && name.kind() == Kind::Str
        && let Ok(Some(m)) = dict::table(map).get(name, str::hash(name))
    {
        return m;
    }
    crate::dict::raise_key_error(name)
}

/// `Color.__members__`: every name, aliases included, with its member.
pub fn members_mapping(c: &'static ClassObj) -> Option<Value> {
    class::namespace_get(c.dict, "_member_map_")
}

/// Assigning to a member of an enumeration is refused, as CPython's metaclass does.
pub fn refuse_reassign(c: &'static ClassObj, name: &str) -> bool {
    let is_member =
        class::namespace_get(c.dict, "_member_map_").is_some_and(|m| class::namespace_get(m, name).is_some());
    if is_member {
        raise(&exceptions::ATTRIBUTE_ERROR, &format!("cannot reassign member '{name}'"));
    }
    is_member
}
