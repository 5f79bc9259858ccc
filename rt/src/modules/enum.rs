//! `enum`: `Enum`, `IntEnum`, `StrEnum`, `ReprEnum`, `Flag`, `IntFlag` and `auto` (the
//! decorators and boundary options are not provided yet).
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
/// `Flag` and `IntFlag`, made on first use.
static FLAG: Global<Value> = Global::new(Value::NULL);
static INT_FLAG: Global<Value> = Global::new(Value::NULL);

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
    native::method(name, call)
}

/// A class of this module, made on first use into `cell`.
fn module_class(
    cell: &'static Global<Value>,
    name: &str,
    bases: impl FnOnce() -> Vec<Value>,
    fill: impl FnOnce(Value),
) -> Value {
    native::module_class(cell, "enum", name, bases, fill)
}

/// `ReprEnum`: an `Enum` whose `str()` and `format()` are those of the mixed-in type.
fn repr_enum_class() -> Value {
    module_class(
        &REPR_ENUM,
        "ReprEnum",
        || vec![enum_class()],
        |ns| {
            dict::setitem(ns, str::new_str("__str__"), native_method("ReprEnum.__str__", value_str));
            dict::setitem(ns, str::new_str("__format__"), native_method("ReprEnum.__format__", value_format));
            dict::setitem(ns, str::new_str("__hash__"), native_method("ReprEnum.__hash__", value_hash));
        },
    )
}

/// `IntEnum` (`int`, `ReprEnum`) or `StrEnum` (`str`, `ReprEnum`).
fn mixed_enum_class(cell: &'static Global<Value>, name: &str, base: Value) -> Value {
    module_class(cell, name, || vec![base, repr_enum_class()], |_| {})
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

// ---- Flag ----

/// `Flag`: members combine with `|`, `&`, `^` and `~` into members (named, or made on
/// demand with the names of their bits joined by `|`); `in` tests bits; iteration gives the
/// single-bit members a value holds.
fn flag_class() -> Value {
    module_class(
        &FLAG,
        "Flag",
        || vec![enum_class()],
        |ns| {
            let set = |name: &str, call: native::NativeCall| {
                dict::setitem(ns, str::new_str(name), native_method(&format!("Flag.{name}"), call));
            };
            for (name, call) in [
                ("__or__", flag_or as native::NativeCall),
                ("__ror__", flag_or),
                ("__and__", flag_and),
                ("__rand__", flag_and),
                ("__xor__", flag_xor),
                ("__rxor__", flag_xor),
                ("__invert__", flag_invert),
                ("__contains__", flag_contains),
                ("__iter__", flag_iter),
                ("__len__", flag_len),
                ("__bool__", flag_bool),
                ("__repr__", flag_repr),
                ("__str__", flag_str),
            ] {
                set(name, call);
            }
        },
    )
}

/// `IntFlag` (`int`, `ReprEnum`, `Flag`): its members are ints, and any int value is
/// accepted (bits without a member show as a number in the name).
fn int_flag_class() -> Value {
    module_class(
        &INT_FLAG,
        "IntFlag",
        || vec![Value::from_static(&crate::int::INT_TYPE), repr_enum_class(), flag_class()],
        |_| {},
    )
}

fn is_flag(c: &'static ClassObj) -> bool {
    let f = FLAG.get();
    !f.is_null() && c.mro.contains(&f)
}

fn is_int_flag(c: &'static ClassObj) -> bool {
    let f = INT_FLAG.get();
    !f.is_null() && c.mro.contains(&f)
}

/// A flag member's value as an integer.
fn flag_bits(m: Value) -> Result<i128, ()> {
    crate::ops::index_value(attr(m, "_value_")).ok_or_else(|| {
        raise_type_error("flag values must be integers");
    })
}

/// The flag class of `m`, if it is a member of one.
fn flag_of(m: Value) -> Option<&'static ClassObj> {
    class::of_type(m.ty()).filter(|c| is_flag(c) && is_enum(c))
}

/// The value of the other operand of a flag operator: a member of the same class, or for an
/// `IntFlag` any int; `None` when the operator does not apply (`NotImplemented`).
fn other_bits(c: &'static ClassObj, other: Value) -> Result<Option<i128>, ()> {
    if flag_of(other).is_some_and(|o| core::ptr::eq(o, c)) {
        return flag_bits(other).map(Some);
    }
    if is_int_flag(c) && crate::int::is_int(other) {
        return Ok(crate::ops::index_value(other));
    }
    Ok(None)
}

fn flag_binary(args: &[Value], combine: fn(i128, i128) -> i128) -> Value {
    let [m, other] = args else { return raise_type_error("expected one argument") };
    let Some(c) = flag_of(*m) else { return Value::from_static(&crate::object::NOT_IMPLEMENTED) };
    let r = (|| -> Result<Value, ()> {
        let Some(b) = other_bits(c, *other)? else {
            return Ok(Value::from_static(&crate::object::NOT_IMPLEMENTED));
        };
        flag_member(c, combine(flag_bits(*m)?, b))
    })();
    r.unwrap_or(Value::NULL)
}

fn flag_or(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    flag_binary(args, |a, b| a | b)
}

fn flag_and(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    flag_binary(args, |a, b| a & b)
}

fn flag_xor(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    flag_binary(args, |a, b| a ^ b)
}

fn flag_invert(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    let Some(c) = flag_of(args[0]) else { return raise_type_error("bad operand type for unary ~") };
    let r = (|| -> Result<Value, ()> { flag_member(c, all_bits(c)? & !flag_bits(args[0])?) })();
    r.unwrap_or(Value::NULL)
}

fn flag_contains(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    let [m, other] = args else { return raise_type_error("expected one argument") };
    let r = (|| -> Result<Value, ()> {
        let Some(c) = flag_of(*m) else { return Ok(Value::bool(false)) };
        if !flag_of(*other).is_some_and(|o| core::ptr::eq(o, c)) {
            return exceptions::fail(raise_type_error(&format!(
                "unsupported operand type(s) for 'in': '{}' and '{}'",
                other.type_name(),
                m.type_name()
            )));
        }
        let (a, b) = (flag_bits(*m)?, flag_bits(*other)?);
        Ok(Value::bool(a & b == b))
    })();
    r.unwrap_or(Value::NULL)
}

/// The single-bit members whose bits `m` holds.
fn flag_parts(m: Value) -> Result<Vec<Value>, ()> {
    let Some(c) = flag_of(m) else { return Ok(Vec::new()) };
    Ok(members_within(c, flag_bits(m)?)?.into_iter().map(|(_, m)| m).collect())
}

/// The members of flag class `c` whose bits are all in `bits`, with their bits: in value
/// order, or in definition order when the members were not defined in value order (as
/// CPython's `_iter_member_`).
fn members_within(c: &'static ClassObj, bits: i128) -> Result<Vec<(i128, Value)>, ()> {
    let mut all = Vec::new();
    for member in members(c) {
        all.push((flag_bits(member)?, member));
    }
    let in_value_order = all.windows(2).all(|w| w[0].0 <= w[1].0);
    let mut parts: Vec<(i128, Value)> = all.into_iter().filter(|&(b, _)| b != 0 && bits & b == b).collect();
    if in_value_order {
        parts.sort_by_key(|&(b, _)| b);
    }
    Ok(parts)
}

fn flag_iter(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    flag_parts(args[0]).map_or(Value::NULL, |p| crate::iter::iter(list::new(p)))
}

fn flag_len(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    flag_parts(args[0]).map_or(Value::NULL, |p| crate::int::from_i64(p.len() as i64))
}

fn flag_bool(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    flag_bits(args[0]).map_or(Value::NULL, |b| Value::bool(b != 0))
}

fn flag_repr(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    let m = args[0];
    let r = (|| -> Result<String, ()> {
        let value = repr::repr_string(plain_value(m))?;
        let name = attr(m, "_name_");
        Ok(if name.is_none() {
            format!("<{}: {value}>", m.type_name())
        } else {
            format!("<{}.{}: {value}>", m.type_name(), str::as_str(name))
        })
    })();
    r.map_or(Value::NULL, |s| str::new_str(&s))
}

fn flag_str(_o: &NativeObj, args: &[Value], _kw: Value) -> Value {
    let m = args[0];
    let name = attr(m, "_name_");
    if name.is_none() {
        let r = repr::repr_string(plain_value(m));
        return r.map_or(Value::NULL, |v| str::new_str(&format!("{}({v})", m.type_name())));
    }
    str::new_str(&format!("{}.{}", m.type_name(), str::as_str(name)))
}

/// Every bit a single-bit member of `c` has.
fn all_bits(c: &'static ClassObj) -> Result<i128, ()> {
    let mut all = 0;
    for m in members(c) {
        all |= flag_bits(m)?;
    }
    Ok(all)
}

/// The member of flag class `c` with value `bits`: a named one, or one made (and kept) with
/// the names of its single-bit members joined by `|` (and, for an `IntFlag`, the bits no
/// member has as a number). A `Flag` refuses bits none of its members has.
fn flag_member(c: &'static ClassObj, bits: i128) -> Result<Value, ()> {
    let value = crate::int::from_i128(bits);
    let by_value = class::namespace_get(c.dict, "_value2member_map_").unwrap_or(Value::NULL);
    if !by_value.is_null()
        && let Some(m) = dict::table(by_value).get(value, crate::ops::hash(value)?)?
    {
        return Ok(m);
    }
    let all = all_bits(c)?;
    let extra = bits & !all;
    if extra != 0 && !is_int_flag(c) {
        let width = 128 - all.max(bits).leading_zeros() as usize;
        let binary = |v: i128| format!("0b0 {v:0width$b}");
        raise(
            &exceptions::VALUE_ERROR,
            &format!(
                "<flag '{}'> invalid value {bits}\n    given {}\n  allowed {}",
                c.qualname,
                binary(bits),
                binary(all)
            ),
        );
        return Err(());
    }
    let mut names = Vec::new();
    for (_, m) in members_within(c, bits)? {
        names.push(str::as_str(attr(m, "_name_")).to_string());
    }
    // Bits no member has show as a number after the members' names (with none, no name).
    if extra != 0 && !names.is_empty() {
        names.push(extra.to_string());
    }
    let name = if names.is_empty() { Value::none() } else { str::new_str(&names.join("|")) };
    let m = if c.ty.kind == Kind::Int { crate::subclass::with_value(c, value) } else { class::new_instance(c) };
    set_member_attr(m, "_name_", name);
    set_member_attr(m, "_value_", value);
    if !by_value.is_null() {
        dict::setitem(by_value, value, m);
    }
    Ok(m)
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
        "Flag" => flag_class(),
        "IntFlag" => int_flag_class(),
        "auto" => super::builtin(enum_auto, "auto"),
        "unique" => super::builtin(enum_unique, "unique"),
        _ => return None,
    })
}

/// `@unique`: an enumeration with aliases (names for another member's value) is refused.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn enum_unique(ptr: *const Value, n: usize, _kwnames: Value) -> Value {
    let [cls] = super::args_of(ptr, n) else {
        return raise_type_error(&format!("unique() takes 1 positional argument but {n} were given"));
    };
    let r = (|| -> Result<Value, ()> {
        let members = crate::builtins::nonnull(crate::func::getattr(*cls, "__members__"))?;
        let items = crate::builtins::nonnull(crate::func::call_method(members, "items", &[], Value::NULL))?;
        let mut aliases = Vec::new();
        for item in crate::iter::collect(items)? {
            let [name, member] = crate::tuple::items(item) else { continue };
            let own = crate::builtins::nonnull(crate::func::getattr(*member, "name"))?;
            if !crate::ops::eq(*name, own)? {
                aliases.push(format!("{} -> {}", str::as_str(*name), str::as_str(own)));
            }
        }
        if aliases.is_empty() {
            return Ok(*cls);
        }
        let shown = crate::repr::repr_string(*cls)?;
        crate::exceptions::raise(
            &crate::exceptions::VALUE_ERROR,
            &format!("duplicate values found in {shown}: {}", aliases.join(", ")),
        );
        Err(())
    })();
    r.unwrap_or(Value::NULL)
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
        && ![REPR_ENUM.get(), INT_ENUM.get(), STR_ENUM.get(), FLAG.get(), INT_FLAG.get()].contains(&own)
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
        } else if is_flag(c) {
            next_flag_value(&values)
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
                // The enumeration's own `__init__` gets the value (a tuple spread out).
                if let Some(init) = class::special(m, "__init__").filter(|f| f.kind() == Kind::Function) {
                    let args: Vec<Value> =
                        if value.kind() == Kind::Tuple { crate::tuple::items(value).to_vec() } else { vec![value] };
                    crate::builtins::nonnull(class::call_with_self(init, m, &args, Value::NULL))?;
                }
                dict::setitem(by_value, value, m);
                // A flag's members with several bits (or none) are not iterated.
                let single_bit = crate::ops::index_value(value).is_some_and(|b| b > 0 && b & (b - 1) == 0);
                if !is_flag(c) || single_bit {
                    list::items(names).push(e.key);
                }
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

/// `auto()`'s value in a `Flag`: the next power of two above every value so far, else 1.
fn next_flag_value(values: &[Value]) -> Value {
    let high = values.iter().filter_map(|&v| crate::ops::index_value(v)).max().unwrap_or(0);
    let bits = 128 - high.max(0).leading_zeros();
    crate::int::from_i128(1i128 << bits)
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
    if is_flag(c)
        && let Some(bits) = crate::ops::index_value(*value)
    {
        return flag_member(c, bits).unwrap_or(Value::NULL);
    }
    let shown = repr::repr_string(*value).unwrap_or_default();
    // The enumeration's `_missing_(value)` may name a member.
    if class::lookup(c, "_missing_").is_some() {
        let hook = crate::func::getattr(Value::from_static(&c.ty), "_missing_");
        let found = if hook.is_null() { hook } else { crate::func::call(hook, &[*value], Value::NULL) };
        if found.is_null() {
            return found;
        }
        if !found.is_none() {
            if found.ty().is_subtype(&c.ty) {
                return found;
            }
            let got = repr::repr_string(found).unwrap_or_default();
            let msg = format!("error in {}._missing_: returned {got} instead of None or a valid member", c.qualname);
            return raise_type_error(&msg);
        }
    }
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
