//! `typing`: annotations cost nothing at run time, but the objects they name exist and print
//! as CPython's do, since scripts build aliases (`Vector = List[float]`), type variables and
//! generic classes (`class Stack(Generic[T])`) at module level. Also `X | Y` of types
//! (`types.UnionType`) and `__future__`.

use crate::cell::Global;
use crate::exceptions::{self, raise, raise_type_error};
use crate::func::split_args;
use crate::native::{self, NativeObj};
use crate::object::{Kind, TypeObject, Value};
use crate::{dict, str, tuple};

#[rustfmt::skip]
pub const NAMES: &[&str] = &[
    "AbstractSet", "Annotated", "Any", "AnyStr", "AsyncContextManager", "AsyncGenerator", "AsyncIterable",
    "AsyncIterator", "Awaitable", "BinaryIO", "ByteString", "Callable", "ChainMap", "ClassVar", "Collection",
    "Concatenate", "Container", "ContextManager", "Coroutine", "Counter", "DefaultDict", "Deque", "Dict", "Final",
    "ForwardRef", "FrozenSet", "Generator", "Generic", "Hashable", "IO", "ItemsView", "Iterable", "Iterator",
    "KeysView", "List", "Literal", "LiteralString", "Mapping", "MappingView", "Match", "MutableMapping",
    "MutableSequence", "MutableSet", "NamedTuple", "Never", "NewType", "NoReturn", "NotRequired", "Optional",
    "OrderedDict", "ParamSpec", "ParamSpecArgs", "ParamSpecKwargs", "Pattern", "Protocol", "Required", "Reversible",
    "Self", "Sequence", "Set", "Sized", "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat",
    "SupportsIndex", "SupportsInt", "SupportsRound", "Text", "TextIO", "Tuple", "Type", "TypeAlias", "TypeAliasType",
    "TypeGuard", "TypeVar", "TypeVarTuple", "TypedDict", "Union", "Unpack", "ValuesView", "TYPE_CHECKING",
    "assert_never", "assert_type", "cast", "clear_overloads", "dataclass_transform", "final", "get_args",
    "get_origin", "get_overloads", "get_type_hints", "is_typeddict", "no_type_check", "no_type_check_decorator",
    "overload", "override", "reveal_type", "runtime_checkable",
];

/// Names that are special forms or generic aliases of the standard collections, all
/// subscriptable and printed as `typing.NAME`.
#[rustfmt::skip]
const FORMS: &[&str] = &[
    "AbstractSet", "Annotated", "Any", "AsyncContextManager", "AsyncGenerator", "AsyncIterable", "AsyncIterator",
    "Awaitable", "BinaryIO", "ByteString", "Callable", "ChainMap", "ClassVar", "Collection", "Concatenate",
    "Container", "ContextManager", "Coroutine", "Counter", "DefaultDict", "Deque", "Dict", "Final", "FrozenSet",
    "Generator", "Hashable", "IO", "ItemsView", "Iterable", "Iterator", "KeysView", "List", "Literal",
    "LiteralString", "Mapping", "MappingView", "Match", "MutableMapping", "MutableSequence", "MutableSet", "Never",
    "NoReturn", "NotRequired", "Optional", "OrderedDict", "Pattern", "Required", "Reversible", "Self", "Sequence",
    "Set", "Sized", "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat", "SupportsIndex",
    "SupportsInt", "SupportsRound", "TextIO", "Tuple", "Type", "TypeAlias", "TypeGuard", "Union", "Unpack",
    "ValuesView",
];

static FORM_TYPE: TypeObject = native::native_type("typing._SpecialForm");
static ALIAS_TYPE: TypeObject = native::native_type("typing._GenericAlias");
static TYPEVAR_TYPE: TypeObject = native::native_type("TypeVar");
static TYPEVARTUPLE_TYPE: TypeObject = native::native_type("TypeVarTuple");
static PARAMSPEC_TYPE: TypeObject = native::native_type("ParamSpec");
static PARAMSPEC_ARGS_TYPE: TypeObject = native::native_type("ParamSpecArgs");
static PARAMSPEC_KWARGS_TYPE: TypeObject = native::native_type("ParamSpecKwargs");
static UNION_TYPE: TypeObject = native::native_type("types.UnionType");
static NEWTYPE_TYPE: TypeObject = native::native_type("typing.NewType");

/// The classes `TypedDict` made (their instances are plain dicts).
static TYPED_DICTS: Global<Vec<Value>> = Global::new(Vec::new());

/// `typing.Generic` and `typing.Protocol`, made on first use.
static GENERIC: Global<Value> = Global::new(Value::NULL);
static PROTOCOL: Global<Value> = Global::new(Value::NULL);

pub fn getattr(name: &str) -> Option<Value> {
    Some(match name {
        _ if FORMS.contains(&name) => form(name),
        "TYPE_CHECKING" => Value::bool(false),
        "Text" => Value::from_static(&crate::str::STR_TYPE),
        "AnyStr" => new_typevar("AnyStr", '~'),
        "TypeVar" => super::builtin(typing_typevar, "TypeVar"),
        "ParamSpec" => super::builtin(typing_paramspec, "ParamSpec"),
        "TypeVarTuple" => super::builtin(typing_typevartuple, "TypeVarTuple"),
        "Generic" => base_class(&GENERIC, "Generic"),
        "Protocol" => base_class(&PROTOCOL, "Protocol"),
        "NewType" => super::builtin(typing_newtype, "NewType"),
        "NamedTuple" => {
            native::new(&FORM_TYPE, named_tuple_call, form_repr, Vec::new(), vec![name.to_string()], Vec::new())
        }
        "TypedDict" => {
            native::new(&FORM_TYPE, typed_dict_call, form_repr, Vec::new(), vec![name.to_string()], Vec::new())
        }
        "cast" => super::builtin(typing_cast, "cast"),
        "assert_type" => super::builtin(typing_assert_type, "assert_type"),
        "assert_never" => super::builtin(typing_assert_never, "assert_never"),
        "reveal_type" => super::builtin(typing_reveal_type, "reveal_type"),
        "overload" => super::builtin(typing_overload, "overload"),
        "override" => super::builtin(typing_override, "override"),
        "final" => super::builtin(typing_final, "final"),
        "no_type_check" | "runtime_checkable" => super::builtin(typing_identity, "identity"),
        _ => return None,
    })
}

fn form(name: &str) -> Value {
    native::new(&FORM_TYPE, form_call, form_repr, Vec::new(), vec![name.to_string()], Vec::new())
}

/// `NamedTuple("P", [("x", int), ...])`: `namedtuple` with the fields' types recorded.
fn named_tuple_call(_: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    let [name, fields] = args else {
        return raise_type_error("NamedTuple() expects a type name and a list of (name, type) fields");
    };
    if !kwnames.is_null() {
        return raise_type_error("NamedTuple() takes no keyword arguments in krait yet");
    }
    let r = (|| -> Result<Value, ()> {
        let ns = dict::new();
        let annotations = dict::new();
        for pair in crate::iter::collect(*fields)? {
            let items = crate::iter::collect(pair)?;
            let [f, t] = items[..] else {
                raise_type_error("NamedTuple fields must be (name, type) pairs");
                return Err(());
            };
            dict::setitem(annotations, f, t);
        }
        dict::setitem(ns, str::new_str("__annotations__"), annotations);
        let name = crate::builtins::attribute_name(&[Value::NULL, *name])?;
        crate::modules::collections::from_class_body(name, name, ns)
    })();
    r.unwrap_or(Value::NULL)
}

// ---- TypedDict ----

/// Whether `v` is a class `TypedDict` made.
pub fn is_typed_dict(v: Value) -> bool {
    TYPED_DICTS.with(|t| t.contains(&v))
}

/// Whether a class statement with these bases makes a `TypedDict`.
pub fn makes_typed_dict(bases: &[Value]) -> bool {
    bases.iter().any(|&b| is_form(b, "TypedDict") || is_typed_dict(b))
}

/// `class Movie(TypedDict, total=True)`: a class deriving from `dict` alone (its `TypedDict`
/// bases only lend their keys), calling which makes a plain dict. Its `__annotations__`
/// gather the bases' keys and its own, each required or not by `total`, `Required[...]` and
/// `NotRequired[...]`.
pub fn typed_dict_class(
    name: &str,
    qualname: &str,
    bases: &[Value],
    ns: Value,
    keywords: &[(&str, Value)],
) -> Result<Value, ()> {
    let mut total = true;
    for &(k, v) in keywords {
        if k != "total" {
            return exceptions::fail(raise_type_error(&format!(
                "__init_subclass__() got an unexpected keyword argument '{k}'"
            )));
        }
        total = crate::ops::truthy(v)?;
    }
    let annotations = dict::new();
    let (required, optional) =
        (crate::set::new_empty(&crate::set::FROZENSET_TYPE), crate::set::new_empty(&crate::set::FROZENSET_TYPE));
    for &b in bases.iter().filter(|&&b| is_typed_dict(b)) {
        let inherited = |attr: &str| crate::func::getattr(b, attr);
        dict::merge(annotations, inherited("__annotations__"))?;
        for k in crate::iter::collect(inherited("__required_keys__"))? {
            crate::set::add(required, k)?;
        }
        for k in crate::iter::collect(inherited("__optional_keys__"))? {
            crate::set::add(optional, k)?;
        }
    }
    if let Some(own) = crate::class::namespace_get(ns, "__annotations__") {
        for e in dict::table(own).live().copied().collect::<Vec<_>>() {
            dict::setitem(annotations, e.key, e.value);
            let is_required = if is_form(e.value, "Required") {
                true
            } else if is_form(e.value, "NotRequired") {
                false
            } else {
                total
            };
            crate::set::add(if is_required { required } else { optional }, e.key)?;
        }
    }
    let set = |k: &str, v: Value| dict::setitem(ns, str::new_str(k), v);
    set("__annotations__", annotations);
    set("__required_keys__", required);
    set("__optional_keys__", optional);
    set("__total__", Value::bool(total));
    set("__orig_bases__", tuple::new(bases.to_vec()));
    let cls = crate::class::make_class(name, qualname, &[Value::from_static(&dict::DICT_TYPE)], ns)?;
    TYPED_DICTS.with(|t| t.push(cls));
    Ok(cls)
}

/// `TypedDict("Movie", {"name": str, ...}, total=True)`.
fn typed_dict_call(_: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    let (pos, kw) = split_args(args, kwnames);
    let r = (|| -> Result<Value, ()> {
        let [name, fields] = pos else {
            return exceptions::fail(raise_type_error("TypedDict() expects a type name and a dict of fields"));
        };
        let ns = dict::new();
        let annotations = dict::new();
        dict::merge(annotations, *fields)?;
        dict::setitem(ns, str::new_str("__annotations__"), annotations);
        let name = crate::builtins::attribute_name(&[Value::NULL, *name])?;
        let form = form("TypedDict");
        typed_dict_class(name, name, &[form], ns, &kw)
    })();
    r.unwrap_or(Value::NULL)
}

fn form_call(o: &NativeObj, _: &[Value], _: Value) -> Value {
    raise_type_error(&format!("Cannot instantiate typing.{}", o.names[0]))
}

fn form_repr(o: &NativeObj) -> Result<String, ()> {
    let name = &o.names[0];
    // The `Supports...` protocols are classes.
    if name.starts_with("Supports") {
        return Ok(format!("<class 'typing.{name}'>"));
    }
    Ok(format!("typing.{name}"))
}

fn obj(v: Value) -> &'static NativeObj {
    // SAFETY: callers check the type is one of this module's native types.
    unsafe { v.obj::<NativeObj>() }
}

/// The items of a subscript's index (`X[a, b]` passes the tuple `(a, b)`).
fn index_items(index: Value) -> Vec<Value> {
    if index.kind() == Kind::Tuple { tuple::items(index).to_vec() } else { vec![index] }
}

/// `FORM[index]` of a special form, or of a class deriving from `Generic`/`Protocol`.
pub fn subscript(v: Value, index: Value) -> Option<Value> {
    if v.has_type(&TYPE_ALIAS_TYPE) {
        return Some(native::generic_alias(v, tuple::new(index_items(index))));
    }
    if !v.has_type(&FORM_TYPE) {
        return None;
    }
    let name = obj(v).names[0].as_str();
    let mut args = index_items(index);
    match name {
        "Union" | "Optional" => {
            if name == "Optional" {
                if args.len() != 1 {
                    return Some(raise_type_error("typing.Optional requires a single type."));
                }
                args.push(Value::none());
            }
            return Some(union(&args));
        }
        "Any" | "Never" | "NoReturn" | "Self" | "LiteralString" | "TypeAlias" => {
            return Some(raise_type_error(&format!("typing.{name} is not subscriptable")));
        }
        // `None` stands for its type, except in `Literal`.
        "Literal" | "Annotated" => {}
        "Callable" if args.len() == 2 && args[0].kind() == Kind::List => {}
        _ => args = args.into_iter().map(none_type).collect(),
    }
    Some(alias(name, args))
}

/// Whether `v` is the special form `name` or an alias of it (`ClassVar`, `ClassVar[int]`).
pub fn is_form(v: Value, name: &str) -> bool {
    (v.has_type(&FORM_TYPE) || v.has_type(&ALIAS_TYPE)) && obj(v).names[0] == name
}

fn none_type(v: Value) -> Value {
    if v.is_none() { Value::from_static(&crate::object::NONE_TYPE) } else { v }
}

fn alias(name: &str, args: Vec<Value>) -> Value {
    native::new(&ALIAS_TYPE, alias_call, alias_repr, args, vec![name.to_string()], Vec::new())
}

fn alias_call(o: &NativeObj, _: &[Value], _: Value) -> Value {
    let name = &o.names[0];
    raise_type_error(&format!("Type {name} cannot be instantiated; use {}() instead", name.to_lowercase()))
}

fn alias_repr(o: &NativeObj) -> Result<String, ()> {
    let name = o.names[0].as_str();
    let args = o
        .data
        .iter()
        .map(|&a| arg_repr(a, name == "Literal" || name == "Annotated"))
        .collect::<Result<Vec<_>, ()>>()?;
    Ok(format!("typing.{name}[{}]", args.join(", ")))
}

/// How `typing` shows a type argument (`_type_repr`): classes by name, lists of them in
/// brackets (`Callable[[int], str]`), other values by `repr` (`Literal['a']`).
fn arg_repr(v: Value, literal: bool) -> Result<String, ()> {
    if v.kind() == Kind::Type && v == Value::from_static(&crate::object::NONE_TYPE) {
        return Ok("NoneType".into());
    }
    if literal {
        // `Annotated[T, x]`: the type first, then its metadata as values.
        return crate::repr::repr_string(v);
    }
    if v.kind() == Kind::List {
        let items = crate::list::items(v).iter().map(|&a| arg_repr(a, false)).collect::<Result<Vec<_>, ()>>()?;
        return Ok(format!("[{}]", items.join(", ")));
    }
    native::type_repr(v)
}

/// `Union[args]`: nested unions flattened, duplicates dropped, a single type left alone;
/// `Union[X, None]` shows as `Optional[X]`.
fn union(args: &[Value]) -> Value {
    let mut flat: Vec<Value> = Vec::new();
    for &a in args {
        let parts = if a.has_type(&ALIAS_TYPE) && obj(a).names[0] == "Union" {
            obj(a).data.clone()
        } else {
            vec![none_type(a)]
        };
        for p in parts {
            if !flat.contains(&p) {
                flat.push(p);
            }
        }
    }
    if flat.len() == 1 {
        return flat[0];
    }
    let none = Value::from_static(&crate::object::NONE_TYPE);
    if flat.len() == 2 && flat.contains(&none) {
        let other = if flat[0] == none { flat[1] } else { flat[0] };
        return native::new(&ALIAS_TYPE, alias_call, optional_repr, flat, vec!["Union".into()], vec![other]);
    }
    alias("Union", flat)
}

fn optional_repr(o: &NativeObj) -> Result<String, ()> {
    Ok(format!("typing.Optional[{}]", arg_repr(o.kwvalues[0], false)?))
}

/// `X | Y` where either side is a type, `None` or a union: `types.UnionType`.
pub fn type_union(a: Value, b: Value) -> Option<Value> {
    let typeish =
        |v: Value| v.is_none() || v.kind() == Kind::Type || v.has_type(&UNION_TYPE) || native::is_generic_alias(v);
    if !(typeish(a) && typeish(b)) || (a.is_none() && b.is_none()) {
        return None;
    }
    let mut flat: Vec<Value> = Vec::new();
    for v in [a, b] {
        let parts = if v.has_type(&UNION_TYPE) { obj(v).data.clone() } else { vec![none_type(v)] };
        for p in parts {
            if !flat.contains(&p) {
                flat.push(p);
            }
        }
    }
    if flat.len() == 1 {
        return Some(flat[0]);
    }
    Some(native::new(&UNION_TYPE, union_call, union_repr, flat, Vec::new(), Vec::new()))
}

fn union_call(_: &NativeObj, _: &[Value], _: Value) -> Value {
    raise_type_error("'types.UnionType' object is not callable")
}

fn union_repr(o: &NativeObj) -> Result<String, ()> {
    let none = Value::from_static(&crate::object::NONE_TYPE);
    let part = |a: Value| if a == none { Ok("None".to_string()) } else { arg_repr(a, false) };
    let parts = o.data.iter().map(|&a| part(a)).collect::<Result<Vec<_>, ()>>()?;
    Ok(parts.join(" | "))
}

/// The types of an `X | Y` union, for `isinstance` and `issubclass`.
pub fn union_members(v: Value) -> Option<Value> {
    v.has_type(&UNION_TYPE).then(|| tuple::new(obj(v).data.clone()))
}

fn new_typevar(name: &str, variance: char) -> Value {
    typevar_with(&TYPEVAR_TYPE, name, &variance.to_string(), Value::none(), tuple::new(Vec::new()))
}

/// A type variable (`TypeVar`, `TypeVarTuple` or `ParamSpec`) shown as `{prefix}{name}`,
/// with its bound and constraints.
fn typevar_with(ty: &'static TypeObject, name: &str, prefix: &str, bound: Value, constraints: Value) -> Value {
    let names = vec![name.to_string(), prefix.to_string()];
    native::new(ty, typevar_call, typevar_repr, vec![bound, constraints], names, Vec::new())
}

fn is_type_variable(v: Value) -> bool {
    v.has_type(&TYPEVAR_TYPE) || v.has_type(&TYPEVARTUPLE_TYPE) || v.has_type(&PARAMSPEC_TYPE)
}

/// `P.args` / `P.kwargs` of a `ParamSpec`.
fn paramspec_part(p: Value, kwargs: bool) -> Value {
    fn repr(o: &NativeObj) -> Result<String, ()> {
        let suffix = if o.names[0] == "kwargs" { "kwargs" } else { "args" };
        Ok(format!("{}.{suffix}", obj(o.data[0]).names[0]))
    }
    let ty = if kwargs { &PARAMSPEC_KWARGS_TYPE } else { &PARAMSPEC_ARGS_TYPE };
    let name = if kwargs { "kwargs" } else { "args" };
    native::new(ty, typevar_call, repr, vec![p], vec![name.to_string()], Vec::new())
}

/// A PEP 695 type parameter (`def f[T: int]`): kind 0 a `TypeVar` (its bound, or with a
/// tuple its constraints), 1 a `TypeVarTuple` (`*Ts`), 2 a `ParamSpec` (`**P`). They show
/// by their bare names (their variance is inferred).
pub fn type_param(kind: i64, name: &str, bound: Value) -> Value {
    let empty = tuple::new(Vec::new());
    match kind {
        0 if bound.kind() == Kind::Tuple => typevar_with(&TYPEVAR_TYPE, name, "", Value::none(), bound),
        0 => typevar_with(&TYPEVAR_TYPE, name, "", bound, empty),
        1 => typevar_with(&TYPEVARTUPLE_TYPE, name, "", Value::none(), empty),
        _ => typevar_with(&PARAMSPEC_TYPE, name, "", Value::none(), empty),
    }
}

static TYPE_ALIAS_TYPE: TypeObject = native::native_type("typing.TypeAliasType");

/// `type NAME[params] = value`: the value is computed on first use of `__value__`, by
/// `thunk(*params)`.
pub fn type_alias(name: &str, params: Value, thunk: Value) -> Value {
    let data = vec![params, thunk, Value::NULL];
    native::new(&TYPE_ALIAS_TYPE, type_alias_call, type_alias_repr, data, vec![name.to_string()], Vec::new())
}

fn type_alias_call(_: &NativeObj, _: &[Value], _: Value) -> Value {
    raise_type_error("'typing.TypeAliasType' object is not callable")
}

fn type_alias_repr(o: &NativeObj) -> Result<String, ()> {
    Ok(o.names[0].clone())
}

/// `alias.__value__`, evaluated once.
fn type_alias_value(v: Value) -> Value {
    let o = native::obj_mut(v);
    if o.data[2].is_null() {
        let r = crate::func::call(o.data[1], tuple::items(o.data[0]), Value::NULL);
        if r.is_null() {
            return r;
        }
        o.data[2] = r;
    }
    o.data[2]
}

/// `Alias[args]` of a generic type alias.
pub fn is_type_alias(v: Value) -> bool {
    v.has_type(&TYPE_ALIAS_TYPE)
}

fn typevar_call(_: &NativeObj, _: &[Value], _: Value) -> Value {
    raise_type_error("'TypeVar' object is not callable")
}

fn typevar_repr(o: &NativeObj) -> Result<String, ()> {
    Ok(format!("{}{}", o.names[1], o.names[0]))
}

/// `__name__` of a type variable, `__supertype__` of a `NewType`, `__args__` of an alias.
pub fn attribute(v: Value, name: &str) -> Option<Value> {
    if is_type_variable(v) {
        return match name {
            "__name__" => Some(str::new_str(&obj(v).names[0])),
            "__bound__" if !v.has_type(&TYPEVARTUPLE_TYPE) => Some(obj(v).data[0]),
            "__constraints__" if v.has_type(&TYPEVAR_TYPE) => Some(obj(v).data[1]),
            "args" if v.has_type(&PARAMSPEC_TYPE) => Some(paramspec_part(v, false)),
            "kwargs" if v.has_type(&PARAMSPEC_TYPE) => Some(paramspec_part(v, true)),
            _ => None,
        };
    }
    if (v.has_type(&PARAMSPEC_ARGS_TYPE) || v.has_type(&PARAMSPEC_KWARGS_TYPE)) && name == "__origin__" {
        return Some(obj(v).data[0]);
    }
    if v.has_type(&TYPE_ALIAS_TYPE) {
        return match name {
            "__name__" => Some(str::new_str(&obj(v).names[0])),
            "__type_params__" => Some(obj(v).data[0]),
            "__value__" => Some(type_alias_value(v)),
            "__module__" => Some(str::new_str("__main__")),
            _ => None,
        };
    }
    if v.has_type(&NEWTYPE_TYPE) && name == "__supertype__" {
        return Some(obj(v).data[0]);
    }
    if (v.has_type(&ALIAS_TYPE) || v.has_type(&UNION_TYPE)) && name == "__args__" {
        return Some(tuple::new(obj(v).data.clone()));
    }
    None
}

/// `TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn typing_typevar(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    let Some(&name) = args.first() else {
        return raise_type_error("TypeVar() missing required argument 'name' (pos 1)");
    };
    if name.kind() != Kind::Str {
        return raise_type_error("TypeVar name must be a string");
    }
    let mut variance = '~';
    for &(k, v) in &kw {
        match k {
            "covariant" if crate::ops::truthy(v) == Ok(true) => variance = '+',
            "contravariant" if crate::ops::truthy(v) == Ok(true) => variance = '-',
            "bound" | "covariant" | "contravariant" | "infer_variance" => {}
            _ => return raise_type_error(&format!("TypeVar() got an unexpected keyword argument '{k}'")),
        }
    }
    new_typevar(str::as_str(name), variance)
}

/// `ParamSpec(name)`: shown as `~P`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn typing_paramspec(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, _) = split_args(super::args_of(ptr, n), kwnames);
    match args.first() {
        Some(&name) if name.kind() == Kind::Str => {
            typevar_with(&PARAMSPEC_TYPE, str::as_str(name), "~", Value::none(), tuple::new(Vec::new()))
        }
        _ => raise_type_error("ParamSpec() missing required argument 'name' (pos 1)"),
    }
}

/// `TypeVarTuple(name)`: shown by its bare name.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn typing_typevartuple(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, _) = split_args(super::args_of(ptr, n), kwnames);
    match args.first() {
        Some(&name) if name.kind() == Kind::Str => {
            typevar_with(&TYPEVARTUPLE_TYPE, str::as_str(name), "", Value::none(), tuple::new(Vec::new()))
        }
        _ => raise_type_error("TypeVarTuple() missing required argument 'name' (pos 1)"),
    }
}

/// `NewType(name, tp)`: a callable that returns its argument.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn typing_newtype(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let bound = crate::args::bind_keywords("NewType", &["name", "tp"], 2, args, &kw)?;
        let (name, tp) = (bound[0].unwrap_or(Value::NULL), bound[1].unwrap_or(Value::NULL));
        let name = crate::builtins::attribute_name(&[name, name])?.to_string();
        Ok(native::new(&NEWTYPE_TYPE, newtype_call, newtype_repr, vec![tp], vec![name], Vec::new()))
    })
}

fn newtype_call(_: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    match (args, kwnames.is_null()) {
        ([x], true) => *x,
        _ => raise_type_error(&format!(
            "NewType.__call__() takes 2 positional arguments but {} were given",
            args.len() + 1
        )),
    }
}

fn newtype_repr(o: &NativeObj) -> Result<String, ()> {
    Ok(format!("__main__.{}", o.names[0]))
}

/// `typing.Generic` or `typing.Protocol`: classes to derive from, subscriptable.
fn base_class(slot: &'static Global<Value>, name: &str) -> Value {
    let c = slot.get();
    if !c.is_null() {
        return c;
    }
    let ns = dict::new();
    dict::setitem(ns, str::new_str("__module__"), str::new_str("typing"));
    let c = crate::class::make_class(name, name, &[], ns).unwrap_or(Value::NULL);
    slot.set(c);
    c
}

/// Whether a user class derives from `Generic` or `Protocol` (so `C[int]` is an alias of it).
pub fn is_generic_class(cls: Value) -> bool {
    let Some(c) = crate::class::as_class(cls) else { return false };
    [GENERIC.get(), PROTOCOL.get()].iter().any(|g| !g.is_null() && c.mro.contains(g))
}

/// `Generic[params]`, the base a class with type parameters gets.
pub fn generic_base(params: Value) -> Value {
    let generic = base_class(&GENERIC, "Generic");
    class_subscript(generic, params)
}

/// `C[args]` of a generic class: an alias that prints as `__main__.C[int]` and makes
/// instances of `C` (CPython's `Generic.__class_getitem__`).
pub fn class_subscript(cls: Value, index: Value) -> Value {
    let args = tuple::new(index_items(index));
    native::generic_alias(cls, args)
}

/// The class a base-class expression stands for (`__mro_entries__`): the origin of
/// `Generic[T]`, `Base[int]` or `list[int]`.
pub fn mro_entry(base: Value) -> Value {
    if native::is_generic_alias(base) {
        return native::alias_origin(base);
    }
    base
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn typing_cast(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    match crate::args::bind_keywords("cast", &["typ", "val"], 2, args, &kw) {
        Ok(bound) => bound[1].unwrap_or(Value::NULL),
        Err(()) => Value::NULL,
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn typing_assert_type(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    match crate::args::bind_keywords("assert_type", &["val", "typ"], 2, args, &kw) {
        Ok(bound) => bound[0].unwrap_or(Value::NULL),
        Err(()) => Value::NULL,
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn typing_assert_never(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let bound = crate::args::bind_keywords("assert_never", &["arg"], 1, args, &kw)?;
        let mut text = crate::repr::repr_string(bound[0].unwrap_or(Value::NULL))?;
        if text.chars().count() > 100 {
            text = text.chars().take(100).collect::<String>() + "...";
        }
        raise(&exceptions::ASSERTION_ERROR, &format!("Expected code to be unreachable, but got: {text}"));
        Err(())
    })
}

/// `reveal_type(obj)`: reports the type on stderr, returns `obj`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn typing_reveal_type(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    let Ok(bound) = crate::args::bind_keywords("reveal_type", &["obj"], 1, args, &kw) else { return Value::NULL };
    let v = bound[0].unwrap_or(Value::NULL);
    crate::io::flush_stdout();
    crate::io::write(2, &format!("Runtime type is '{}'\n", v.type_name()));
    v
}

/// `@overload`: the decorated function is replaced by one that refuses to be called (the
/// implementation defined after the overloads rebinds the name).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn typing_overload(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    if crate::args::bind_keywords("overload", &["func"], 1, args, &kw).is_err() {
        return Value::NULL;
    }
    super::builtin(typing_overload_dummy, "_overload_dummy")
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn typing_overload_dummy(_: *const Value, _: usize, _: Value) -> Value {
    raise(
        &exceptions::NOT_IMPLEMENTED_ERROR,
        "You should not call an overloaded function. A series of @overload-decorated functions outside a stub \
         module should always be followed by an implementation that is not @overload-ed.",
    )
}

/// `@override` and `@final`: mark the function (`__override__`/`__final__`) and return it.
fn mark(ptr: *const Value, n: usize, kwnames: Value, func: &str, attr: &str) -> Value {
    let (args, kw) = split_args(super::args_of(ptr, n), kwnames);
    let param = if func == "final" { "f" } else { "method" };
    let Ok(bound) = crate::args::bind_keywords(func, &[param], 1, args, &kw) else { return Value::NULL };
    let f = bound[0].unwrap_or(Value::NULL);
    // Objects that cannot take the attribute are returned unmarked, as CPython does.
    if crate::builtins::setattr(f, attr, Value::bool(true)).is_err() {
        exceptions::take_pending();
    }
    f
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn typing_override(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    mark(ptr, n, kwnames, "override", "__override__")
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn typing_final(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    mark(ptr, n, kwnames, "final", "__final__")
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn typing_identity(ptr: *const Value, n: usize, _: Value) -> Value {
    match super::args_of(ptr, n) {
        [x] => *x,
        _ => raise_type_error(&format!("expected 1 argument, got {n}")),
    }
}

// ---- `__future__` ----

#[rustfmt::skip]
pub const FUTURE_NAMES: &[&str] = &[
    "all_feature_names", "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
];

/// A `__future__` feature: `_Feature(optional, mandatory, compiler_flag)` as CPython 3.12 has
/// them (`None` for a release that will not come).
static FEATURES: &[(&str, (u8, u8, &str, u8), Option<(u8, u8, &str)>, u32)] = &[
    ("nested_scopes", (2, 1, "beta", 1), Some((2, 2, "alpha")), 16),
    ("generators", (2, 2, "alpha", 1), Some((2, 3, "final")), 0),
    ("division", (2, 2, "alpha", 2), Some((3, 0, "alpha")), 131_072),
    ("absolute_import", (2, 5, "alpha", 1), Some((3, 0, "alpha")), 262_144),
    ("with_statement", (2, 5, "alpha", 1), Some((2, 6, "alpha")), 524_288),
    ("print_function", (2, 6, "alpha", 2), Some((3, 0, "alpha")), 1_048_576),
    ("unicode_literals", (2, 6, "alpha", 2), Some((3, 0, "alpha")), 2_097_152),
    ("barry_as_FLUFL", (3, 1, "alpha", 2), Some((4, 0, "alpha")), 4_194_304),
    ("generator_stop", (3, 5, "beta", 1), Some((3, 7, "alpha")), 8_388_608),
    ("annotations", (3, 7, "beta", 1), None, 16_777_216),
];

static FEATURE_TYPE: TypeObject = native::native_type("__future__._Feature");

pub fn future_getattr(name: &str) -> Option<Value> {
    if name == "all_feature_names" {
        return Some(crate::list::new(FEATURES.iter().map(|f| str::new_str(f.0)).collect()));
    }
    let &(_, (a, b, level, serial), mandatory, flag) = FEATURES.iter().find(|f| f.0 == name)?;
    let optional = format!("({a}, {b}, 0, '{level}', {serial})");
    let mandatory = mandatory.map_or("None".to_string(), |(a, b, level)| format!("({a}, {b}, 0, '{level}', 0)"));
    let text = format!("_Feature({optional}, {mandatory}, {flag})");
    Some(native::new(&FEATURE_TYPE, feature_call, feature_repr, Vec::new(), vec![text], Vec::new()))
}

fn feature_call(_: &NativeObj, _: &[Value], _: Value) -> Value {
    raise_type_error("'_Feature' object is not callable")
}

fn feature_repr(o: &NativeObj) -> Result<String, ()> {
    Ok(o.names[0].clone())
}
