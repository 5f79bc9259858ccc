//! `enum`: `Enum` and `auto` (`IntEnum`, `Flag` and the rest are not provided yet).
//!
//! `Enum` is a class made at run time, with its methods made by the runtime. A class
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

pub fn getattr(name: &str) -> Option<Value> {
    Some(match name {
        "Enum" => enum_class(),
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
    class::instance_getattr(v, name)
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

/// Whether `c` is an enumeration (a class deriving from `Enum`, not `Enum` itself).
pub fn is_enum(c: &'static ClassObj) -> bool {
    let e = ENUM.get();
    !e.is_null() && c.mro.len() > 1 && c.mro[1..].contains(&e)
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
        let value = if v == Value::from_static(&AUTO) { next_value(&values) } else { v };
        values.push(value);
        let member = match dict::table(by_value).get(value, crate::ops::hash(value)?)? {
            // An alias: the same member under another name.
            Some(existing) => existing,
            None => {
                let m = class::new_instance(c);
                class::object_setattr(m, "_name_", e.key);
                class::object_setattr(m, "_value_", value);
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
