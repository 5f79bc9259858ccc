//! `dataclasses`: `@dataclass` (with `init`, `repr`, `eq`, `order`, `frozen`), `field`,
//! `fields`, `asdict`, `astuple`, `replace`, `FrozenInstanceError`.
//!
//! The decorator reads the class's `__annotations__` in order (fields of dataclass bases
//! first) and adds the methods CPython generates as runtime-made methods (`native.rs`).

use crate::class;
use crate::exceptions::{self, raise, raise_type_error};
use crate::func::split_args;
use crate::native::{self, NativeObj};
use crate::object::{Kind, NoneObj, OBJECT_TYPE, TypeObject, Value};
use crate::ops::{self, CmpOp};
use crate::{dict, repr, str, tuple};

#[rustfmt::skip]
pub const NAMES: &[&str] = &[
    "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING", "asdict", "astuple", "dataclass", "field",
    "fields", "is_dataclass", "make_dataclass", "replace",
];

pub static FROZEN_INSTANCE_ERROR: TypeObject =
    TypeObject::new("FrozenInstanceError", Kind::Exception, Some(&exceptions::ATTRIBUTE_ERROR));
static FIELD_TYPE: TypeObject = native::native_type("Field");
static DECORATOR_TYPE: TypeObject = native::native_type("function");
static METHOD_TYPE: TypeObject = native::native_type("function");
static MISSING_TYPE: TypeObject = TypeObject::new("_MISSING_TYPE", Kind::NoneType, Some(&OBJECT_TYPE));
/// `dataclasses.MISSING`: no default.
static MISSING: NoneObj = NoneObj { header: crate::object::Header { ty: &MISSING_TYPE } };

fn missing() -> Value {
    Value::from_static(&MISSING)
}

static KW_ONLY_TYPE: TypeObject = TypeObject::new("KW_ONLY", Kind::NoneType, Some(&OBJECT_TYPE));
/// `dataclasses.KW_ONLY`: the fields annotated after `_: KW_ONLY` are keyword-only.
static KW_ONLY_MARKER: NoneObj = NoneObj { header: crate::object::Header { ty: &KW_ONLY_TYPE } };

// `InitVar[T]`: a parameter of `__init__` passed on to `__post_init__`, not a field.
static INITVAR_CLASS_TYPE: TypeObject = native::native_type("type");
static INITVAR_TYPE: TypeObject = native::native_type("dataclasses.InitVar");

fn initvar_class_call(_: &NativeObj, args: &[Value], _: Value) -> Value {
    match args {
        [t] => native::new(&INITVAR_TYPE, initvar_call, initvar_repr, vec![*t], Vec::new(), Vec::new()),
        _ => raise_type_error(&format!(
            "InitVar.__init__() takes 2 positional arguments but {} were given",
            args.len() + 1
        )),
    }
}

fn initvar_class_repr(_: &NativeObj) -> Result<String, ()> {
    Ok("<class 'dataclasses.InitVar'>".into())
}

fn initvar_call(_: &NativeObj, _: &[Value], _: Value) -> Value {
    raise_type_error("'InitVar' object is not callable")
}

fn initvar_repr(o: &NativeObj) -> Result<String, ()> {
    let t = o.data[0];
    let name = if t.kind() == Kind::Type { crate::func::getattr(t, "__name__") } else { Value::NULL };
    let shown = if name.is_null() || name.kind() != Kind::Str {
        crate::exceptions::take_pending();
        repr::repr_string(t)?
    } else {
        str::as_str(name).to_string()
    };
    Ok(format!("dataclasses.InitVar[{shown}]"))
}

/// `InitVar[T]`.
pub fn subscript(v: Value, index: Value) -> Option<Value> {
    if !v.has_type(&INITVAR_CLASS_TYPE) {
        return None;
    }
    Some(native::new(&INITVAR_TYPE, initvar_call, initvar_repr, vec![index], Vec::new(), Vec::new()))
}

/// `InitVar[T].type`.
pub fn initvar_getattr(v: Value, name: &str) -> Option<Value> {
    (v.has_type(&INITVAR_TYPE) && name == "type").then(|| native::obj_mut(v).data[0])
}

fn is_init_var(annotation: Value) -> bool {
    annotation.has_type(&INITVAR_TYPE)
        || annotation.has_type(&INITVAR_CLASS_TYPE)
        || annotation.kind() == Kind::Str && {
            let t = str::as_str(annotation);
            t.starts_with("InitVar") || t.starts_with("dataclasses.InitVar")
        }
}

fn is_kw_only_marker(annotation: Value) -> bool {
    annotation == Value::from_static(&KW_ONLY_MARKER)
        || (annotation.kind() == Kind::Str && matches!(str::as_str(annotation), "KW_ONLY" | "dataclasses.KW_ONLY"))
}

pub fn getattr(name: &str) -> Option<Value> {
    Some(match name {
        "dataclass" => super::builtin(dataclasses_dataclass, "dataclass"),
        "field" => super::builtin(dataclasses_field, "field"),
        "fields" => super::builtin(dataclasses_fields, "fields"),
        "asdict" => super::builtin(dataclasses_asdict, "asdict"),
        "astuple" => super::builtin(dataclasses_astuple, "astuple"),
        "replace" => super::builtin(dataclasses_replace, "replace"),
        "is_dataclass" => super::builtin(dataclasses_is_dataclass, "is_dataclass"),
        "FrozenInstanceError" => Value::from_static(&FROZEN_INSTANCE_ERROR),
        "MISSING" => missing(),
        "KW_ONLY" => Value::from_static(&KW_ONLY_MARKER),
        "InitVar" => {
            native::new(&INITVAR_CLASS_TYPE, initvar_class_call, initvar_class_repr, Vec::new(), Vec::new(), Vec::new())
        }
        _ => return None,
    })
}

/// The options of `@dataclass(...)`.
#[derive(Clone, Copy)]
struct Options {
    init: bool,
    repr: bool,
    eq: bool,
    order: bool,
    frozen: bool,
    match_args: bool,
    kw_only: bool,
    unsafe_hash: bool,
    slots: bool,
}

const OPTION_NAMES: [&str; 9] =
    ["init", "repr", "eq", "order", "frozen", "match_args", "kw_only", "unsafe_hash", "slots"];

/// `dataclass(cls)` or `dataclass(**options)(cls)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn dataclasses_dataclass(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    let mut flags = [true, true, true, false, false, true, false, false, false];
    for &(k, v) in &kw {
        match OPTION_NAMES.iter().position(|o| *o == k) {
            Some(i) => match ops::truthy(v) {
                Ok(b) => flags[i] = b,
                Err(()) => return Value::NULL,
            },
            None if k == "weakref_slot" => {
                return raise(
                    &exceptions::NOT_IMPLEMENTED_ERROR,
                    &format!("krait does not support dataclass({k}=...) yet"),
                );
            }
            None => return raise_type_error(&format!("dataclass() got an unexpected keyword argument '{k}'")),
        }
    }
    let data: Vec<Value> = flags.iter().map(|&b| Value::bool(b)).collect();
    match args {
        [cls] => process(*cls, options(&data)),
        [] => native::new(&DECORATOR_TYPE, decorate, decorator_repr, data, Vec::new(), Vec::new()),
        _ => raise_type_error(&format!(
            "dataclass() takes from 0 to 1 positional arguments but {} were given",
            args.len()
        )),
    }
}

fn options(data: &[Value]) -> Options {
    let b = |i: usize| ops::bool_value(data[i]);
    Options {
        init: b(0),
        repr: b(1),
        eq: b(2),
        order: b(3),
        frozen: b(4),
        match_args: b(5),
        kw_only: b(6),
        unsafe_hash: b(7),
        slots: b(8),
    }
}

fn decorate(o: &NativeObj, args: &[Value], _kwnames: Value) -> Value {
    match args {
        [cls] => process(*cls, options(&o.data)),
        _ => raise_type_error("dataclass() takes exactly one class"),
    }
}

fn decorator_repr(o: &NativeObj) -> Result<String, ()> {
    Ok(format!("<function dataclass.<locals>.wrap at {:#x}>", o as *const NativeObj as usize))
}

/// The data of a `Field`, by index: name, type, default and default factory (MISSING where
/// absent), whether it is a class variable's pseudo-field (kept in `__dataclass_fields__`
/// only), then the options of `field()`: `init`, `repr`, `hash` (None: as `compare`),
/// `compare`, `kw_only` (None until the class decides) and `metadata`.
const NAME: usize = 0;
const TYPE: usize = 1;
const DEFAULT: usize = 2;
const FACTORY: usize = 3;
const PSEUDO: usize = 4;
const INIT: usize = 5;
const REPR: usize = 6;
const HASH: usize = 7;
const COMPARE: usize = 8;
const KW_ONLY: usize = 9;
const METADATA: usize = 10;
const FIELD_OPTIONS: [&str; 6] = ["init", "repr", "hash", "compare", "kw_only", "metadata"];

fn new_field(name: Value, ty: Value, default: Value, factory: Value) -> Value {
    let (t, none) = (Value::bool(true), Value::none());
    let data = vec![name, ty, default, factory, Value::bool(false), t, t, none, t, none, none];
    native::new(&FIELD_TYPE, field_call, field_repr, data, Vec::new(), Vec::new())
}

/// A class variable or an `InitVar` (kept in `__dataclass_fields__` but not a field).
fn is_pseudo_field(f: Value) -> bool {
    field_data(f)[PSEUDO] != Value::bool(false)
}

/// The mark of an `InitVar` pseudo-field.
fn init_var_mark() -> Value {
    Value::small(2)
}

fn is_init_var_field(f: Value) -> bool {
    field_data(f)[PSEUDO] == init_var_mark()
}

/// The parameters of `__init__`: the fields and the `InitVar`s, in order.
fn init_fields(cls: Value) -> Vec<Value> {
    let Some(f) = class::as_class(cls).and_then(|c| class::lookup(c, "__dataclass_fields__")) else {
        return Vec::new();
    };
    dict::table(f).live().map(|e| e.value).filter(|&f| !is_pseudo_field(f) || is_init_var_field(f)).collect()
}

/// A boolean option of a field.
fn flag(f: Value, i: usize) -> bool {
    field_data(f)[i] == Value::bool(true)
}

/// Whether a field takes part in the generated `__hash__`.
fn hashed(f: Value) -> bool {
    let h = field_data(f)[HASH];
    if h.is_none() { flag(f, COMPARE) } else { ops::truthy(h).unwrap_or(false) }
}

fn has_default(f: Value) -> bool {
    let d = field_data(f);
    d[DEFAULT] != missing() || d[FACTORY] != missing()
}

fn field_call(_o: &NativeObj, _args: &[Value], _kwnames: Value) -> Value {
    raise_type_error("'Field' object is not callable")
}

fn field_repr(o: &NativeObj) -> Result<String, ()> {
    Ok(format!(
        "Field(name={},type={},default={},default_factory={})",
        repr::repr_string(o.data[0])?,
        repr::repr_string(o.data[1])?,
        missing_repr(o.data[2])?,
        missing_repr(o.data[3])?
    ))
}

fn missing_repr(v: Value) -> Result<String, ()> {
    if v == missing() { Ok("<dataclasses._MISSING_TYPE object>".into()) } else { repr::repr_string(v) }
}

/// `f.name`, `f.type`, `f.default`, `f.default_factory` of a `Field`.
pub fn field_getattr(v: Value, name: &str) -> Option<Value> {
    if !core::ptr::eq(v.ty(), &FIELD_TYPE) {
        return None;
    }
    // SAFETY: the type was checked.
    let o = unsafe { v.obj::<NativeObj>() };
    let names = ["name", "type", "default", "default_factory", "", "init", "repr", "hash", "compare", "kw_only"];
    match names.iter().position(|n| *n == name && !n.is_empty()) {
        Some(i) => Some(o.data[i]),
        None if name == "metadata" => Some(if o.data[METADATA].is_none() { dict::new() } else { o.data[METADATA] }),
        None => None,
    }
}

fn is_field(v: Value) -> bool {
    !v.is_small_int() && core::ptr::eq(v.ty(), &FIELD_TYPE)
}

fn field_data(f: Value) -> &'static [Value] {
    // SAFETY: callers check `is_field`.
    &unsafe { f.obj::<NativeObj>() }.data
}

/// `field(*, default=MISSING, default_factory=MISSING, ...)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn dataclasses_field(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    if !args.is_empty() {
        return raise_type_error(&format!("field() takes 0 positional arguments but {} were given", args.len()));
    }
    let (mut default, mut factory) = (missing(), missing());
    let mut options = Vec::new();
    for &(k, v) in &kw {
        match k {
            "default" => default = v,
            "default_factory" => factory = v,
            _ if let Some(i) = FIELD_OPTIONS.iter().position(|o| *o == k) => {
                // `init`, `repr`, `compare` and `kw_only` keep their truth; `hash` and
                // `metadata` their value.
                let v = if matches!(k, "hash" | "metadata") {
                    v
                } else {
                    match ops::truthy(v) {
                        Ok(b) => Value::bool(b),
                        Err(()) => return Value::NULL,
                    }
                };
                options.push((INIT + i, v));
            }
            _ => return raise_type_error(&format!("field() got an unexpected keyword argument '{k}'")),
        }
    }
    if default != missing() && factory != missing() {
        return raise(&exceptions::VALUE_ERROR, "cannot specify both default and default_factory");
    }
    let f = new_field(Value::none(), Value::none(), default, factory);
    for (i, v) in options {
        native::obj_mut(f).data[i] = v;
    }
    f
}

/// Whether an annotation marks a class variable rather than a field.
fn is_class_var(annotation: Value) -> bool {
    crate::modules::typing::is_form(annotation, "ClassVar")
        || annotation.kind() == Kind::Str && {
            let t = str::as_str(annotation);
            t.starts_with("ClassVar") || t.starts_with("typing.ClassVar")
        }
}

/// The fields of a dataclass (`__dataclass_fields__`), in order.
fn class_fields(cls: Value) -> Option<Vec<Value>> {
    let c = class::as_class(cls)?;
    let f = class::lookup(c, "__dataclass_fields__")?;
    Some(dict::table(f).live().map(|e| e.value).filter(|&f| !is_pseudo_field(f)).collect())
}

/// Makes `cls` a dataclass: collects its fields and adds the generated methods.
fn process(cls: Value, opts: Options) -> Value {
    let Some(c) = class::as_class(cls) else {
        return raise_type_error("dataclass() should be called on a class");
    };
    let r = (|| -> Result<Value, ()> {
        let fields_dict = dict::new();
        // Fields of dataclass bases first, most basic first.
        let (mut dataclass_bases, mut frozen_base) = (false, false);
        for &base in c.mro[1..].iter().rev() {
            let Some(base_fields) = class_fields(base) else { continue };
            dataclass_bases = true;
            frozen_base |= class::as_class(base)
                .and_then(|b| class::lookup(b, "__dataclass_params__"))
                .is_some_and(|p| p.kind() == Kind::Tuple && tuple::items(p)[4] == Value::bool(true));
            for f in base_fields {
                dict::setitem(fields_dict, field_data(f)[NAME], f);
            }
        }
        if dataclass_bases && frozen_base != opts.frozen {
            let msg = if frozen_base {
                "cannot inherit non-frozen dataclass from a frozen one"
            } else {
                "cannot inherit frozen dataclass from a non-frozen one"
            };
            raise_type_error(msg);
            return Err(());
        }
        let ns = c.dict;
        let params = [opts.init, opts.repr, opts.eq, opts.order, opts.frozen, opts.match_args, opts.kw_only];
        let params = params.into_iter().chain([opts.unsafe_hash, opts.slots]).map(Value::bool).collect();
        dict::setitem(ns, str::new_str("__dataclass_params__"), tuple::new(params));
        // Fields after a `_: KW_ONLY` annotation are keyword-only.
        let mut kw_only = opts.kw_only;
        if let Some(annotations) = class::namespace_get(ns, "__annotations__") {
            let entries: Vec<dict::Entry> = dict::table(annotations).live().copied().collect();
            for e in entries {
                if is_kw_only_marker(e.value) {
                    kw_only = true;
                    continue;
                }
                if is_class_var(e.value) {
                    let f = new_field(e.key, e.value, missing(), missing());
                    native::obj_mut(f).data[PSEUDO] = Value::bool(true);
                    dict::setitem(fields_dict, e.key, f);
                    continue;
                }
                let name = str::as_str(e.key);
                let given = class::namespace_get(ns, name);
                let field = match given {
                    Some(f) if is_field(f) => {
                        let d = field_data(f);
                        // The class attribute becomes the default, or goes away.
                        if d[DEFAULT] != missing() {
                            dict::setitem(ns, e.key, d[DEFAULT]);
                        } else {
                            let _ = dict::table(ns).remove(e.key, str::hash(e.key));
                        }
                        let o = native::obj_mut(f);
                        o.data[NAME] = e.key;
                        o.data[TYPE] = e.value;
                        f
                    }
                    Some(v) => new_field(e.key, e.value, v, missing()),
                    None => new_field(e.key, e.value, missing(), missing()),
                };
                if is_init_var(e.value) {
                    native::obj_mut(field).data[PSEUDO] = init_var_mark();
                }
                if field_data(field)[KW_ONLY].is_none() {
                    native::obj_mut(field).data[KW_ONLY] = Value::bool(kw_only);
                }
                let default = field_data(field)[DEFAULT];
                if default != missing()
                    && matches!(default.kind(), Kind::List | Kind::Dict | Kind::Set)
                    && !crate::set::is_frozen(default)
                {
                    raise(
                        &exceptions::VALUE_ERROR,
                        &format!(
                            "mutable default <class '{}'> for field {name} is not allowed: use default_factory",
                            default.type_name()
                        ),
                    );
                    return Err(());
                }
                dict::setitem(fields_dict, e.key, field);
            }
        }
        // A positional field without a default may not follow one with a default.
        let all: Vec<Value> = dict::table(fields_dict)
            .live()
            .map(|e| e.value)
            .filter(|&f| !is_pseudo_field(f) || is_init_var_field(f))
            .collect();
        let mut seen_default = false;
        for &f in all.iter().filter(|&&f| flag(f, INIT) && !flag(f, KW_ONLY)) {
            if !has_default(f) && seen_default && opts.init {
                let name = str::as_str(field_data(f)[NAME]);
                raise_type_error(&format!("non-default argument '{name}' follows default argument"));
                return Err(());
            }
            seen_default |= has_default(f);
        }
        let set = |name: &str, v: Value| dict::setitem(ns, str::new_str(name), v);
        set("__dataclass_fields__", fields_dict);
        let qual = c.qualname;
        let method = |name: &str, call: native::NativeCall| {
            native::new_method(&METHOD_TYPE, call, method_repr, vec![cls], vec![format!("{qual}.{name}")])
        };
        let defines = |name: &str| class::namespace_get(ns, name).is_some();
        // `case P(x, y)` matches the fields by position.
        if opts.match_args && !defines("__match_args__") {
            let positional = all.iter().filter(|&&f| flag(f, INIT) && !flag(f, KW_ONLY));
            set("__match_args__", tuple::new(positional.map(|&f| field_data(f)[NAME]).collect()));
        }
        if opts.init && !defines("__init__") {
            set("__init__", method("__init__", init_call));
        }
        if opts.repr && !defines("__repr__") {
            set("__repr__", method("__repr__", repr_call));
        }
        if opts.eq && !defines("__eq__") {
            set("__eq__", method("__eq__", eq_call));
        }
        if opts.order {
            for (name, call) in [
                ("__lt__", lt_call as native::NativeCall),
                ("__le__", le_call),
                ("__gt__", gt_call),
                ("__ge__", ge_call),
            ] {
                if defines(name) {
                    raise_type_error(&format!(
                        "Cannot overwrite attribute {name} in class {}. Consider using functools.total_ordering",
                        c.ty.name
                    ));
                    return Err(());
                }
                set(name, method(name, call));
            }
        }
        if opts.frozen {
            set("__setattr__", method("__setattr__", frozen_setattr));
            set("__delattr__", method("__delattr__", frozen_delattr));
        }
        // `eq` with `frozen` hashes the fields; `eq` alone makes instances unhashable (unless the
        // class defines `__hash__` itself).
        if opts.unsafe_hash || (opts.eq && !has_own_hash(ns)) {
            let h = if opts.frozen || opts.unsafe_hash { method("__hash__", hash_call) } else { Value::none() };
            set("__hash__", h);
        }
        // `slots=True`: the class's own fields become its `__slots__` (instances have no
        // `__dict__`), their defaults living on in the fields only.
        if opts.slots {
            let own: Vec<Value> = class::namespace_get(ns, "__annotations__")
                .map(|a| dict::table(a).live().map(|e| e.key).collect())
                .unwrap_or_default();
            let own: Vec<Value> = own
                .into_iter()
                .filter(|&k| {
                    dict::table(fields_dict).get(k, str::hash(k)).ok().flatten().is_some_and(|f| !is_pseudo_field(f))
                })
                .collect();
            class::set_slots(cls, own)?;
        }
        Ok(cls)
    })();
    r.unwrap_or(Value::NULL)
}

/// Whether the class body defined `__hash__` itself (not the None `__eq__` implies).
fn has_own_hash(ns: Value) -> bool {
    class::namespace_get(ns, "__hash__").is_some_and(|h| !h.is_none())
}

fn method_repr(o: &NativeObj) -> Result<String, ()> {
    Ok(format!("<function {} at {:#x}>", o.names[0], o as *const NativeObj as usize))
}

/// The dataclass a generated method belongs to, and its fields.
fn owner_fields(o: &NativeObj) -> Vec<Value> {
    class_fields(o.data[0]).unwrap_or_default()
}

fn field_values(obj: Value, fields: &[Value]) -> Result<Vec<Value>, ()> {
    fields
        .iter()
        .map(|&f| {
            let v = crate::func::getattr(obj, str::as_str(field_data(f)[NAME]));
            if v.is_null() { Err(()) } else { Ok(v) }
        })
        .collect()
}

/// The generated `__init__(self, field, ..., *, kw_only_field, ...)`, bound like a function
/// with the `init` fields as parameters (keyword-only ones last); the other fields get their
/// defaults.
fn init_call(o: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    let fields = init_fields(o.data[0]);
    let qual = &o.names[0];
    let kw: &[Value] = if kwnames.is_null() { &[] } else { tuple::items(kwnames) };
    let npos = args.len() - kw.len();
    let Some((&obj, pos)) = args[..npos].split_first() else {
        return raise_type_error(&format!("{qual}() missing 1 required positional argument: 'self'"));
    };
    let name = |f: Value| str::as_str(field_data(f)[NAME]);
    let params: Vec<Value> = fields.iter().copied().filter(|&f| flag(f, INIT)).collect();
    let positional: Vec<Value> = params.iter().copied().filter(|&f| !flag(f, KW_ONLY)).collect();
    let n = positional.len();
    if pos.len() > n {
        let required = positional.iter().filter(|&&f| !has_default(f)).count();
        let takes = if required == n {
            format!("{} positional argument{}", n + 1, if n == 0 { "" } else { "s" })
        } else {
            format!("from {} to {} positional arguments", required + 1, n + 1)
        };
        let given = pos.len() + 1;
        return raise_type_error(&format!(
            "{qual}() takes {takes} but {given} {} given",
            if given == 1 { "was" } else { "were" }
        ));
    }
    // Values by field, positional ones first.
    let mut values: Vec<(Value, Value)> = fields.iter().map(|&f| (f, Value::NULL)).collect();
    let slot = |values: &mut Vec<(Value, Value)>, f: Value| values.iter().position(|(g, _)| *g == f);
    for (&f, &v) in positional.iter().zip(pos) {
        if let Some(i) = slot(&mut values, f) {
            values[i].1 = v;
        }
    }
    for (k, &kname) in kw.iter().enumerate() {
        let kname = str::as_str(kname);
        let Some(&f) = params.iter().find(|&&f| name(f) == kname) else {
            return raise_type_error(&format!("{qual}() got an unexpected keyword argument '{kname}'"));
        };
        let Some(i) = slot(&mut values, f) else { continue };
        if !values[i].1.is_null() {
            return raise_type_error(&format!("{qual}() got multiple values for argument '{kname}'"));
        }
        values[i].1 = args[npos + k];
    }
    let (mut missing_pos, mut missing_kw) = (Vec::new(), Vec::new());
    for (f, v) in &mut values {
        if !v.is_null() {
            continue;
        }
        let d = field_data(*f);
        if d[DEFAULT] != missing() {
            *v = d[DEFAULT];
        } else if d[FACTORY] != missing() {
            let made = crate::func::call(d[FACTORY], &[], Value::NULL);
            if made.is_null() {
                return made;
            }
            *v = made;
        } else if flag(*f, INIT) {
            let list = if flag(*f, KW_ONLY) { &mut missing_kw } else { &mut missing_pos };
            list.push(format!("'{}'", name(*f)));
        }
    }
    for (missing_names, what) in [(missing_pos, "positional"), (missing_kw, "keyword-only")] {
        if missing_names.is_empty() {
            continue;
        }
        let list = match missing_names.len() {
            1 => missing_names[0].clone(),
            2 => format!("{} and {}", missing_names[0], missing_names[1]),
            k => format!("{}, and {}", missing_names[..k - 1].join(", "), missing_names[k - 1]),
        };
        return raise_type_error(&format!(
            "{qual}() missing {} required {what} argument{}: {list}",
            missing_names.len(),
            if missing_names.len() == 1 { "" } else { "s" }
        ));
    }
    let mut init_vars = Vec::new();
    for (f, v) in values {
        if is_init_var_field(f) {
            init_vars.push(if v.is_null() { Value::none() } else { v });
            continue;
        }
        // Frozen instances are initialised around their own `__setattr__`, as CPython does.
        if !v.is_null() && !class::object_setattr(obj, name(f), v) {
            return Value::NULL;
        }
    }
    if let Some(post) = class::special(obj, "__post_init__") {
        let r = class::call_with_self(post, obj, &init_vars, Value::NULL);
        if r.is_null() {
            return r;
        }
    }
    Value::none()
}

fn repr_call(o: &NativeObj, args: &[Value], _kwnames: Value) -> Value {
    let obj = args[0];
    let fields = owner_fields(o);
    let r = (|| -> Result<String, ()> {
        let mut parts = Vec::new();
        for &f in fields.iter().filter(|&&f| flag(f, REPR)) {
            let name = str::as_str(field_data(f)[NAME]);
            let v = crate::func::getattr(obj, name);
            if v.is_null() {
                return Err(());
            }
            parts.push(format!("{name}={}", repr::repr_string(v)?));
        }
        let qual = class::of_type(obj.ty()).map_or(obj.type_name(), |c| c.qualname);
        Ok(format!("{qual}({})", parts.join(", ")))
    })();
    r.map_or(Value::NULL, |s| str::new_str(&s))
}

/// Compares the field tuples of two instances of the same class; NotImplemented otherwise.
fn compare(o: &NativeObj, args: &[Value], op: CmpOp) -> Value {
    let (a, b) = (args[0], args[1]);
    if !core::ptr::eq(a.ty(), b.ty()) {
        return Value::from_static(&crate::object::NOT_IMPLEMENTED);
    }
    let fields: Vec<Value> = owner_fields(o).into_iter().filter(|&f| flag(f, COMPARE)).collect();
    let r = (|| -> Result<bool, ()> {
        let (x, y) = (tuple::new(field_values(a, &fields)?), tuple::new(field_values(b, &fields)?));
        ops::compare_bool(op, x, y)
    })();
    r.map_or(Value::NULL, Value::bool)
}

fn eq_call(o: &NativeObj, args: &[Value], _kwnames: Value) -> Value {
    compare(o, args, CmpOp::Eq)
}
fn lt_call(o: &NativeObj, args: &[Value], _kwnames: Value) -> Value {
    compare(o, args, CmpOp::Lt)
}
fn le_call(o: &NativeObj, args: &[Value], _kwnames: Value) -> Value {
    compare(o, args, CmpOp::Le)
}
fn gt_call(o: &NativeObj, args: &[Value], _kwnames: Value) -> Value {
    compare(o, args, CmpOp::Gt)
}
fn ge_call(o: &NativeObj, args: &[Value], _kwnames: Value) -> Value {
    compare(o, args, CmpOp::Ge)
}

fn hash_call(o: &NativeObj, args: &[Value], _kwnames: Value) -> Value {
    let fields: Vec<Value> = owner_fields(o).into_iter().filter(|&f| hashed(f)).collect();
    match field_values(args[0], &fields).and_then(|v| ops::hash(tuple::new(v))) {
        Ok(h) => crate::int::from_i64(h),
        Err(()) => Value::NULL,
    }
}

fn frozen_setattr(_o: &NativeObj, args: &[Value], _kwnames: Value) -> Value {
    raise(&FROZEN_INSTANCE_ERROR, &format!("cannot assign to field '{}'", str::as_str(args[1])))
}

fn frozen_delattr(_o: &NativeObj, args: &[Value], _kwnames: Value) -> Value {
    raise(&FROZEN_INSTANCE_ERROR, &format!("cannot delete field '{}'", str::as_str(args[1])))
}

/// The dataclass of an instance or class argument, with its fields.
fn dataclass_fields(v: Value, func: &str) -> Result<Vec<Value>, ()> {
    let cls = if class::as_class(v).is_some() { v } else { Value::from_static(v.ty()) };
    class_fields(cls).ok_or_else(|| {
        raise_type_error(&format!("{func}() should be called on dataclass instances"));
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn dataclasses_fields(ptr: *const Value, n: usize, _kwnames: Value) -> Value {
    let args = super::args_of(ptr, n);
    if args.len() != 1 {
        return raise_type_error(&format!("fields() takes 1 positional argument but {} were given", args.len()));
    }
    let cls = if class::as_class(args[0]).is_some() { args[0] } else { Value::from_static(args[0].ty()) };
    match class_fields(cls) {
        Some(f) => tuple::new(f),
        None => raise_type_error("must be called with a dataclass type or instance"),
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn dataclasses_is_dataclass(ptr: *const Value, n: usize, _kwnames: Value) -> Value {
    let args = super::args_of(ptr, n);
    let Some(&v) = args.first() else {
        return raise_type_error("is_dataclass() missing 1 required positional argument: 'obj'");
    };
    let cls = if class::as_class(v).is_some() { v } else { Value::from_static(v.ty()) };
    Value::bool(class_fields(cls).is_some())
}

/// `asdict`/`astuple`: dataclass instances become dicts (or tuples), recursively through
/// lists, tuples and dicts.
fn convert(v: Value, as_dict: bool) -> Result<Value, ()> {
    if let Some(fields) = class::of_type(v.ty()).and_then(|_| class_fields(Value::from_static(v.ty()))) {
        let values = field_values(v, &fields)?;
        if as_dict {
            let d = dict::new();
            for (&f, &x) in fields.iter().zip(&values) {
                dict::setitem(d, field_data(f)[NAME], convert(x, as_dict)?);
            }
            return Ok(d);
        }
        let items: Result<Vec<Value>, ()> = values.iter().map(|&x| convert(x, as_dict)).collect();
        return Ok(tuple::new(items?));
    }
    match v.kind() {
        Kind::List => {
            let items: Result<Vec<Value>, ()> =
                crate::list::items(v).clone().iter().map(|&x| convert(x, as_dict)).collect();
            Ok(crate::list::new(items?))
        }
        Kind::Tuple if tuple::struct_fields(v).is_none() => {
            let items: Result<Vec<Value>, ()> = tuple::items(v).iter().map(|&x| convert(x, as_dict)).collect();
            Ok(tuple::new(items?))
        }
        Kind::Dict => {
            let d = dict::new();
            for e in dict::table(v).live().copied().collect::<Vec<_>>() {
                dict::setitem(d, convert(e.key, as_dict)?, convert(e.value, as_dict)?);
            }
            Ok(d)
        }
        _ => Ok(v),
    }
}

fn convert_entry(ptr: *const Value, n: usize, func: &str, as_dict: bool) -> Value {
    let args = super::args_of(ptr, n);
    if args.len() != 1 {
        return raise_type_error(&format!("{func}() takes 1 positional argument but {} were given", args.len()));
    }
    if class::as_class(args[0]).is_some() || dataclass_fields(args[0], func).is_err() {
        if !exceptions::has_pending() {
            raise_type_error(&format!("{func}() should be called on dataclass instances"));
        }
        return Value::NULL;
    }
    convert(args[0], as_dict).unwrap_or(Value::NULL)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn dataclasses_asdict(ptr: *const Value, n: usize, _kwnames: Value) -> Value {
    convert_entry(ptr, n, "asdict", true)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn dataclasses_astuple(ptr: *const Value, n: usize, _kwnames: Value) -> Value {
    convert_entry(ptr, n, "astuple", false)
}

/// `replace(obj, **changes)`: a new instance with the fields of `obj` and `changes`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn dataclasses_replace(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    let [obj] = args else {
        return raise_type_error(&format!("replace() takes 1 positional argument but {} were given", args.len()));
    };
    let Ok(fields) = dataclass_fields(*obj, "replace") else { return Value::NULL };
    let mut names = Vec::new();
    let mut values = Vec::new();
    for &f in &fields {
        let name = field_data(f)[NAME];
        let v = match kw.iter().find(|(k, _)| *k == str::as_str(name)) {
            Some(&(_, v)) => v,
            None => {
                let v = crate::func::getattr(*obj, str::as_str(name));
                if v.is_null() {
                    return v;
                }
                v
            }
        };
        names.push(name);
        values.push(v);
    }
    for &(k, _) in &kw {
        if !names.iter().any(|&n| str::as_str(n) == k) {
            let qual = class::of_type(obj.ty()).map_or(obj.type_name(), |c| c.qualname);
            return raise_type_error(&format!("{qual}.__init__() got an unexpected keyword argument '{k}'"));
        }
    }
    crate::func::call(Value::from_static(obj.ty()), &values, tuple::new(names))
}
