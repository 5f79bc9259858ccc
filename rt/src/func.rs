//! Function objects and calls through `Dyn` values (DESIGN.md §6).
//!
//! Every compiled function has a generic entry `(func, args, nargs, kwnames) -> Value`:
//! `args` holds the positional arguments and then the keyword arguments, whose names are
//! the strs of the tuple `kwnames` (null when there are none). Builtin functions share the
//! convention without the leading `func`.

use crate::exceptions::{self, raise, raise_type_error};
use crate::object::{Header, Kind, OBJECT_TYPE, TypeObject, Value, new_object};
use crate::str::{self, as_str};
use crate::{dict, io, list, tuple};

pub static FUNCTION_TYPE: TypeObject = TypeObject::new("function", Kind::Function, Some(&OBJECT_TYPE));
pub static BUILTIN_FUNCTION_TYPE: TypeObject =
    TypeObject::new("builtin_function_or_method", Kind::BuiltinFunction, Some(&OBJECT_TYPE));

pub static METHOD_DESCRIPTOR_TYPE: TypeObject =
    TypeObject::new("method_descriptor", Kind::BuiltinMethod, Some(&OBJECT_TYPE));
pub static BUILTIN_METHOD_TYPE: TypeObject =
    TypeObject::new("builtin_function_or_method", Kind::BuiltinMethod, Some(&OBJECT_TYPE));

pub type GenericEntry = unsafe extern "C" fn(Value, *const Value, usize, Value) -> Value;
pub type BuiltinEntry = unsafe extern "C" fn(*const Value, usize, Value) -> Value;

/// Static facts about a function's parameters, emitted by codegen.
#[repr(C)]
pub struct FuncInfo {
    pub name: *const u8,
    pub name_len: usize,
    pub qualname: *const u8,
    pub qualname_len: usize,
    /// `nparams` (pointer, length) pairs naming the parameters: the positional ones, the
    /// keyword-only ones, then `*args` and `**kwargs` if present.
    pub param_names: *const (*const u8, usize),
    pub nparams: usize,
    /// The parameter kinds, packed: bits 0-15 how many are positional-only, 16-31 how many
    /// are keyword-only, bit 32 a `*args`, bit 33 a `**kwargs`, bits 40-63 which keyword-only
    /// ones have defaults (their values follow the positional defaults).
    pub shape: u64,
    /// The docstring (null when there is none).
    pub doc: *const u8,
    pub doc_len: usize,
    /// The name of the module that defines the function (`__module__`).
    pub module: *const u8,
    pub module_len: usize,
}

/// The decoded `FuncInfo::shape`.
struct Shape {
    posonly: usize,
    kwonly: usize,
    varargs: bool,
    varkw: bool,
    kw_defaults: u64,
}

impl Shape {
    fn of(i: &FuncInfo) -> Shape {
        let s = i.shape;
        Shape {
            posonly: (s & 0xffff) as usize,
            kwonly: ((s >> 16) & 0xffff) as usize,
            varargs: s & (1 << 32) != 0,
            varkw: s & (1 << 33) != 0,
            kw_defaults: s >> 40,
        }
    }
}

#[repr(C)]
pub struct FuncObj {
    pub header: Header,
    pub entry: GenericEntry,
    pub info: *const FuncInfo,
    /// Values for the last `len(defaults)` parameters (a tuple), or null.
    pub defaults: Value,
    /// The cells of the function's free variables (a tuple), or null when it has none.
    pub closure: Value,
    /// `__dict__`: attributes a program set on the function (null until the first).
    pub dict: Value,
    /// `__name__`, `__qualname__`, `__doc__`, `__module__` and `__type_params__` a program
    /// assigned (null: the compiled function's own).
    pub assigned: [Value; 6],
}

/// The writable attributes of a function that live in `FuncObj::assigned`.
const ASSIGNABLE: [&str; 6] =
    ["__name__", "__qualname__", "__doc__", "__module__", "__type_params__", "__annotations__"];

fn func_obj(f: Value) -> &'static mut FuncObj {
    // SAFETY: callers check the kind.
    unsafe { f.obj_mut::<FuncObj>() }
}

pub static CELL_TYPE: TypeObject = TypeObject::new("cell", Kind::Cell, Some(&OBJECT_TYPE));

/// A variable that a function shares with the functions nested in it: they all hold the
/// cell, and read and write its `value` (null while the variable is unbound).
#[repr(C)]
pub struct CellObj {
    pub header: Header,
    pub value: Value,
}

/// `<cell at 0x…: int object at 0x…>` (or `empty`), as CPython shows a cell.
pub fn cell_repr(c: Value) -> String {
    match cell(c).value {
        v if v.is_null() => format!("<cell at {:#x}: empty>", c.0),
        v => format!("<cell at {:#x}: {} object at {:#x}>", c.0, v.type_name(), v.0),
    }
}

fn cell(v: Value) -> &'static mut CellObj {
    // SAFETY: callers pass cell objects (generated code only passes what `krait_cell_new` made).
    unsafe { v.obj_mut::<CellObj>() }
}

#[repr(C)]
pub struct BuiltinObj {
    pub header: Header,
    pub entry: BuiltinEntry,
    pub name: &'static str,
}

/// A method of a builtin type as a value: `receiver` is the bound object (`xs.append`), or
/// null for the type's unbound method (`str.upper`, whose first argument is the receiver).
#[repr(C)]
pub struct BuiltinMethodObj {
    pub header: Header,
    pub owner: &'static TypeObject,
    pub receiver: Value,
    pub name: &'static str,
}

/// The object a bound builtin method belongs to (null for an unbound one).
fn builtin_receiver(m: Value) -> Value {
    // SAFETY: callers check the kind is BuiltinMethod.
    unsafe { m.obj::<BuiltinMethodObj>() }.receiver
}

pub fn builtin_method(owner: &'static TypeObject, receiver: Value, name: &str) -> Value {
    let ty = if receiver.is_null() { &METHOD_DESCRIPTOR_TYPE } else { &BUILTIN_METHOD_TYPE };
    let name: &'static str = Box::leak(name.to_string().into_boxed_str());
    new_object(BuiltinMethodObj { header: Header { ty }, owner, receiver, name })
}

pub fn builtin_method_repr(m: Value) -> String {
    // SAFETY: callers check the kind.
    let m = unsafe { m.obj::<BuiltinMethodObj>() };
    if m.receiver.is_null() {
        format!("<method '{}' of '{}' objects>", m.name, m.owner.name)
    } else {
        format!("<built-in method {} of {} object at {:#x}>", m.name, m.owner.name, m.receiver.0)
    }
}

fn call_builtin_method(m: Value, args: &[Value], kwnames: Value) -> Value {
    // SAFETY: callers check the kind.
    let m = unsafe { m.obj::<BuiltinMethodObj>() };
    if !m.receiver.is_null() {
        return call_method(m.receiver, m.name, args, kwnames);
    }
    let npos = args.len() - if kwnames.is_null() { 0 } else { tuple::items(kwnames).len() };
    let owner = m.owner.name;
    if npos == 0 {
        return raise_type_error(&format!("unbound method {owner}.{}() needs an argument", m.name));
    }
    if !args[0].ty().is_subtype(m.owner) {
        return raise_type_error(&format!(
            "descriptor '{}' for '{owner}' objects doesn't apply to a '{}' object",
            m.name,
            args[0].type_name()
        ));
    }
    if core::ptr::eq(m.owner, &crate::object::OBJECT_TYPE)
        && kwnames.is_null()
        && let Some(r) = crate::class::object_method(args[0], m.name, &args[1..])
    {
        return r;
    }
    // `str.upper(s)` of an instance of a class deriving from `str` is `str`'s own method,
    // whatever the class defines.
    let receiver = args[0];
    crate::subclass::as_builtin(receiver, || {
        if m.name.starts_with("__")
            && kwnames.is_null()
            && let Some(r) = crate::dunder::call(receiver, m.name, &args[1..])
        {
            return r;
        }
        call_method(receiver, m.name, &args[1..], kwnames)
    })
}

/// `T.name` for a builtin type `T`: its method (unbound), when CPython's `T` has one.
fn type_attribute(t: Value, name: &str) -> Value {
    // SAFETY: callers check the kind is Type.
    let ty: &'static TypeObject = unsafe { t.obj::<TypeObject>() };
    // Types of modules have dotted names (`functools.partial`).
    let (module, short) = ty.name.rsplit_once('.').unwrap_or(("builtins", ty.name));
    match name {
        "__name__" | "__qualname__" => return str::new_str(short),
        "__module__" => return str::new_str(module),
        "__mro__" => return tuple::new(ty.builtin_mro().into_iter().map(Value::from_static).collect()),
        "__bases__" => return tuple::new(ty.base.into_iter().chain(ty.mixin).map(Value::from_static).collect()),
        "__base__" => return ty.base.map_or(Value::none(), Value::from_static),
        "mro" => return crate::class::mro_method(t),
        "__new__" => return crate::class::builtin_new_method(ty),
        _ => {}
    }
    let dunder = name.starts_with("__");
    let object_own = core::ptr::eq(ty, &crate::object::OBJECT_TYPE)
        && matches!(
            name,
            "__setattr__"
                | "__delattr__"
                | "__getattribute__"
                | "__repr__"
                | "__str__"
                | "__hash__"
                | "__eq__"
                | "__init__"
        );
    if (!dunder && crate::suggest::type_has_attribute(ty.name, name))
        || (dunder && ty.kind != Kind::Exception && crate::dunder::provides(name))
        || (ty.kind == Kind::Exception && name == "__init__")
        || object_own
    {
        return builtin_method(ty, Value::NULL, name);
    }
    no_attribute(t, name)
}

fn text<'a>(ptr: *const u8, len: usize) -> &'a str {
    // SAFETY: codegen emits valid UTF-8 of the given length.
    unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(ptr, len)) }
}

fn info(f: Value) -> &'static FuncInfo {
    // SAFETY: callers check the kind; `info` points at static data emitted by codegen.
    unsafe { &*f.obj::<FuncObj>().info }
}

/// `f.__qualname__` (what `repr` shows).
/// The name of the module a function was defined in.
pub fn module_name(f: Value) -> &'static str {
    let i = info(f);
    text(i.module, i.module_len)
}

pub fn qualname(f: Value) -> &'static str {
    let assigned = func_obj(f).assigned[1];
    if !assigned.is_null() {
        return as_str(assigned);
    }
    let i = info(f);
    text(i.qualname, i.qualname_len)
}

pub fn name(f: Value) -> &'static str {
    let i = info(f);
    text(i.name, i.name_len)
}

pub fn builtin_name(f: Value) -> &'static str {
    // SAFETY: callers check the kind.
    unsafe { f.obj::<BuiltinObj>() }.name
}

fn param_name(i: &FuncInfo, k: usize) -> &'static str {
    // SAFETY: `param_names` has `nparams` entries.
    let (p, n) = unsafe { *i.param_names.add(k) };
    text(p, n)
}

/// "'a', 'b', and 'c'", as CPython lists missing arguments.
fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Binds a generic call's arguments to the parameters of `func`, filling `out`.
fn bind(func: Value, args: &[Value], kwnames: Value, out: &mut [Value]) -> Result<(), ()> {
    let i = info(func);
    let shape = Shape::of(i);
    let qual = qualname(func);
    // Positional parameters (positional-only included), then keyword-only ones.
    let n = i.nparams - shape.kwonly - usize::from(shape.varargs) - usize::from(shape.varkw);
    let kw: &[Value] = if kwnames.is_null() { &[] } else { tuple::items(kwnames) };
    let npos = args.len() - kw.len();
    let all_defaults: &[Value] = if func_defaults(func).is_null() { &[] } else { tuple::items(func_defaults(func)) };
    let (defaults, kw_defaults) = all_defaults.split_at(all_defaults.len() - shape.kw_defaults.count_ones() as usize);
    if npos > n && !shape.varargs {
        let required = n - defaults.len();
        let takes = if defaults.is_empty() {
            format!("{n} positional argument{}", if n == 1 { "" } else { "s" })
        } else {
            format!("from {required} to {n} positional arguments")
        };
        // Keyword-only arguments given are mentioned too (CPython's `too_many_positional`).
        let kwonly_given = kw.iter().filter(|&&k| (n..n + shape.kwonly).any(|p| param_name(i, p) == as_str(k))).count();
        let given = if kwonly_given > 0 {
            let s = |k: usize| if k == 1 { "" } else { "s" };
            format!(
                "{npos} positional argument{} (and {kwonly_given} keyword-only argument{})",
                s(npos),
                s(kwonly_given)
            )
        } else {
            npos.to_string()
        };
        raise_type_error(&format!(
            "{qual}() takes {takes} but {given} {} given",
            if npos == 1 && kwonly_given == 0 { "was" } else { "were" }
        ));
        return Err(());
    }
    out.fill(Value::NULL);
    let bound = npos.min(n);
    out[..bound].copy_from_slice(&args[..bound]);
    let mut slot_after = n + shape.kwonly;
    if shape.varargs {
        out[slot_after] = tuple::new(args[bound..npos].to_vec());
        slot_after += 1;
    }
    let varkw = if shape.varkw { dict::new() } else { Value::NULL };
    if shape.varkw {
        out[slot_after] = varkw;
    }
    let mut posonly_given = Vec::new();
    for (k, &kname_value) in kw.iter().enumerate() {
        let kname = as_str(kname_value);
        let value = args[npos + k];
        match (shape.posonly..n + shape.kwonly).find(|&p| param_name(i, p) == kname) {
            Some(slot) => {
                if !out[slot].is_null() {
                    raise_type_error(&format!("{qual}() got multiple values for argument '{kname}'"));
                    return Err(());
                }
                out[slot] = value;
            }
            None if shape.varkw => {
                if !dict::setitem(varkw, kname_value, value) {
                    return Err(());
                }
            }
            None if (0..shape.posonly).any(|p| param_name(i, p) == kname) => posonly_given.push(kname),
            None => {
                raise_type_error(&format!("{qual}() got an unexpected keyword argument '{kname}'"));
                return Err(());
            }
        }
    }
    if !posonly_given.is_empty() {
        raise_type_error(&format!(
            "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_given.join(", ")
        ));
        return Err(());
    }
    let first_default = n - defaults.len();
    let mut missing = Vec::new();
    for p in 0..n {
        if out[p].is_null() {
            if p >= first_default {
                out[p] = defaults[p - first_default];
            } else {
                missing.push(param_name(i, p));
            }
        }
    }
    if !missing.is_empty() {
        raise_type_error(&format!(
            "{qual}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        ));
        return Err(());
    }
    let mut next_default = kw_defaults.iter();
    for k in 0..shape.kwonly {
        let has_default = shape.kw_defaults & (1 << k) != 0;
        let default = if has_default { next_default.next().copied() } else { None };
        if out[n + k].is_null() {
            match default {
                Some(d) => out[n + k] = d,
                None => missing.push(param_name(i, n + k)),
            }
        }
    }
    if !missing.is_empty() {
        raise_type_error(&format!(
            "{qual}() missing {} required keyword-only argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        ));
        return Err(());
    }
    Ok(())
}

/// `f.__defaults__` (the positional defaults) or `f.__kwdefaults__` (a dict of the
/// keyword-only ones); None when there are none.
fn function_defaults(f: Value, keyword_only: bool) -> Value {
    let all: &[Value] = if func_defaults(f).is_null() { &[] } else { tuple::items(func_defaults(f)) };
    let shape = Shape::of(info(f));
    let (pos, kw) = all.split_at(all.len() - shape.kw_defaults.count_ones() as usize);
    if !keyword_only {
        return if pos.is_empty() { Value::none() } else { tuple::new(pos.to_vec()) };
    }
    if kw.is_empty() {
        return Value::none();
    }
    let i = info(f);
    let n = i.nparams - shape.kwonly - usize::from(shape.varargs) - usize::from(shape.varkw);
    let d = dict::new();
    let mut values = kw.iter();
    for k in 0..shape.kwonly {
        if shape.kw_defaults & (1 << k) != 0
            && let Some(&v) = values.next()
        {
            dict::setitem(d, str::new_str(param_name(i, n + k)), v);
        }
    }
    d
}

fn func_defaults(f: Value) -> Value {
    // SAFETY: callers check the kind.
    unsafe { f.obj::<FuncObj>() }.defaults
}

/// Calls any callable value; a compiled function's generic entry directly.
#[inline]
pub fn call(callee: Value, args: &[Value], kwnames: Value) -> Value {
    if callee.kind() == Kind::Function {
        // SAFETY: kind checked.
        let f = unsafe { callee.obj::<FuncObj>() };
        // SAFETY: the entry follows the generic convention; `args` outlives the call.
        return unsafe { (f.entry)(callee, args.as_ptr(), args.len(), kwnames) };
    }
    call_other(callee, args, kwnames)
}

/// Calls a callable that is not a compiled function.
fn call_other(callee: Value, args: &[Value], kwnames: Value) -> Value {
    match callee.kind() {
        Kind::Function => call(callee, args, kwnames),
        Kind::BuiltinFunction => {
            // SAFETY: kind checked.
            let f = unsafe { callee.obj::<BuiltinObj>() };
            // SAFETY: as above.
            unsafe { (f.entry)(args.as_ptr(), args.len(), kwnames) }
        }
        Kind::Type if crate::class::as_class(callee).is_some() => crate::class::instantiate(callee, args, kwnames),
        Kind::Type => crate::builtins::call_type(callee, args, kwnames),
        Kind::Method => crate::class::call_method_object(callee, args, kwnames),
        Kind::Native => crate::native::call(callee, args, kwnames),
        Kind::Instance if let Some(f) = crate::class::special(callee, "__call__") => {
            crate::class::call_with_self(f, callee, args, kwnames)
        }
        Kind::BuiltinMethod => call_builtin_method(callee, args, kwnames),
        _ => raise_type_error(&format!("'{}' object is not callable", callee.type_name())),
    }
}

/// Splits generic-call arguments into positional values and (name, value) keyword pairs.
pub fn split_args(args: &[Value], kwnames: Value) -> (&[Value], Vec<(&'static str, Value)>) {
    let kw: &[Value] = if kwnames.is_null() { &[] } else { tuple::items(kwnames) };
    let npos = args.len() - kw.len();
    let pairs = kw.iter().zip(&args[npos..]).map(|(&k, &v)| (as_str(k), v)).collect();
    (&args[..npos], pairs)
}

/// An attribute krait's runtime lacks: CPython's `AttributeError` if CPython lacks it too,
/// else an error that says krait does not support it yet (never a misleading `AttributeError`).
fn no_attribute(v: Value, name: &str) -> Value {
    if crate::suggest::type_has_attribute(v.type_name(), name) {
        return raise(
            &exceptions::NOT_IMPLEMENTED_ERROR,
            &format!("krait does not support {}.{name} yet", v.type_name()),
        );
    }
    missing_attribute(v, name)
}

fn missing_attribute(v: Value, name: &str) -> Value {
    exceptions::raise_attribute_error(v, name, &format!("'{}' object has no attribute '{name}'", v.type_name()));
    exceptions::exc(exceptions::pending()).suffix = crate::suggest::attribute_error_suffix(v.type_name(), name);
    Value::NULL
}

/// Set when a method call failed because the method does not exist, rather than inside
/// the method: the traceback then points at the attribute, not the whole call, as CPython's
/// does. Generated code reads and clears it on the error path of a method call.
static LOOKUP_FAILED: crate::cell::Global<bool> = crate::cell::Global::new(false);

/// How CPython names a callable in argument errors (`_PyObject_FunctionStr`): a function by
/// module and qualified name, a builtin or a class by its name.
pub fn display_name(f: Value) -> String {
    match f.kind() {
        Kind::Function => format!("{}.{}", module_name(f), qualname(f)),
        Kind::BuiltinFunction => builtin_name(f).to_string(),
        // SAFETY: callers of kind Method get a MethodObj.
        Kind::Method => display_name(unsafe { f.obj::<crate::class::MethodObj>() }.func),
        // SAFETY: kind Type means the value is a TypeObject.
        Kind::Type => unsafe { f.obj::<TypeObject>() }.name.to_string(),
        _ => f.type_name().to_string(),
    }
}

/// Marks the method call in progress as failed at the lookup of the method.
pub fn set_lookup_failed() {
    LOOKUP_FAILED.set(true);
}

/// Whether the failed method call failed at the lookup (clears the flag).
#[unsafe(no_mangle)]
pub extern "C" fn krait_method_lookup_failed() -> bool {
    let failed = LOOKUP_FAILED.get();
    LOOKUP_FAILED.set(false);
    failed
}

/// `obj.name(*args)` of an instance of a plain user class, by the name's key (as for
/// `class::instance_getattr_key`).
fn instance_call_method(obj: Value, key: Value, args: &[Value], kwnames: Value) -> Value {
    if let Some(r) = crate::class::instance_call_method_key(obj, key, args, kwnames) {
        return r;
    }
    // Not found by the usual lookup: `__getattr__` may still provide it.
    let f = crate::class::instance_getattr_key(obj, key);
    if f.is_null() {
        LOOKUP_FAILED.set(true);
        return f;
    }
    call(f, args, kwnames)
}

/// `obj.name(*args)`.
pub fn call_method(obj: Value, name: &str, args: &[Value], kwnames: Value) -> Value {
    match obj.kind() {
        Kind::Exception if let Some(m) = crate::class::exception_getattr(obj, name) => return call(m, args, kwnames),
        Kind::Exception
            if kwnames.is_null()
                && let Some(r) = exceptions::call_method(obj, name, args) =>
        {
            return r;
        }
        Kind::Instance => return instance_call_method(obj, crate::class::attr_key(name), args, kwnames),
        Kind::Super => return crate::class::super_call_method(obj, name, args, kwnames),
        Kind::List | Kind::Dict | Kind::Int | Kind::Float | Kind::Str
            if crate::subclass::is_instance(obj)
                && let Some(f) = crate::subclass::getattr(obj, name) =>
        {
            return call(f, args, kwnames);
        }
        Kind::Tuple
            if obj.ty().user
                && let Some(f) = crate::modules::collections::instance_attribute(obj, name) =>
        {
            return call(f, args, kwnames);
        }
        Kind::Function if let Some(f) = function_attribute(obj, name) => return call(f, args, kwnames),
        Kind::Slice if name == "indices" && kwnames.is_null() => return crate::slice::indices(obj, args),
        Kind::Iterator if crate::generator::is_generator(obj) && kwnames.is_null() => {
            if let Some(r) = crate::generator::call_method(obj, name, args) {
                return r;
            }
        }
        Kind::Descriptor | Kind::Method | Kind::Native => {
            if let Some(r) = crate::class::property_method(obj, name, args) {
                return r;
            }
            if obj.kind() == Kind::Native
                && let Some(r) = crate::modules::functools::wrapper_method(obj, name, args)
            {
                return r;
            }
            if obj.kind() == Kind::Native
                && let Some(r) = crate::modules::contextlib::exit_stack_method(obj, name, args, kwnames)
            {
                return r;
            }
            let f = getattr(obj, name);
            if f.is_null() {
                LOOKUP_FAILED.set(true);
                return f;
            }
            return call(f, args, kwnames);
        }
        Kind::Type if crate::class::as_class(obj).is_some() => {
            let f = crate::class::class_getattr(obj, name);
            if f.is_null() {
                LOOKUP_FAILED.set(true);
                return f;
            }
            return call(f, args, kwnames);
        }
        _ => {}
    }
    let (pos, kw) = split_args(args, kwnames);
    if name.starts_with("__")
        && kw.is_empty()
        && let Some(r) = crate::dunder::call(obj, name, pos)
    {
        return r;
    }
    if crate::arity::check(obj, name, pos.len(), kw.len()).is_err() {
        return Value::NULL;
    }
    // The alternative constructors are reachable from instances too (`"".maketrans(...)`).
    if matches!(name, "fromkeys" | "maketrans" | "fromhex" | "from_bytes")
        && !matches!(obj.kind(), Kind::Type | Kind::Module)
        && let Some(r) = crate::builtins::call_static_method(Value::from_static(obj.ty()), name, pos, &kw)
    {
        return r;
    }
    if obj.kind() == Kind::Str && (name == "format" || name == "format_map") {
        return str::call_format(obj, name, pos, &kw);
    }
    let positional;
    let mut pos = pos;
    if !kw.is_empty() {
        if obj.kind() == Kind::List && name == "sort" && pos.is_empty() {
            return crate::builtins::list_sort_kw(obj, &kw);
        }
        if obj.kind() == Kind::Dict && name == "update" {
            return crate::dict::update_kw(obj, pos, &kw);
        }
        if matches!(obj.kind(), Kind::Int | Kind::Bool) && name == "to_bytes" {
            return crate::number_methods::int_to_bytes(obj, pos, &kw);
        }
        // Methods whose parameters can also be passed by keyword.
        let names: &[&str] = match (obj.kind(), name) {
            (Kind::Str, "split" | "rsplit") => &["sep", "maxsplit"],
            (Kind::Str, "splitlines") => &["keepends"],
            (Kind::Str | Kind::Bytes, "expandtabs") => &["tabsize"],
            (Kind::Str, "encode") | (Kind::Bytes, "decode") => &["encoding", "errors"],
            (Kind::Bytes, "split" | "rsplit") => &["sep", "maxsplit"],
            (Kind::Bytes, "splitlines") => &["keepends"],
            (Kind::Bytes, "hex") => &["sep", "bytes_per_sep"],
            (Kind::Bytes, "translate") => &["table", "delete"],
            (Kind::Module | Kind::Type, _) => &[],
            _ => return raise_type_error(&format!("{}.{name}() takes no keyword arguments", obj.type_name())),
        };
        if !matches!(obj.kind(), Kind::Module | Kind::Type) {
            match keyword_to_positional(name, pos, &kw, names) {
                Ok(v) => positional = v,
                Err(()) => return Value::NULL,
            }
            pos = &positional;
        }
    }
    let r = match obj.kind() {
        Kind::Str => str::call_method(obj, name, pos),
        Kind::Bytes => crate::bytes_methods::call_method(obj, name, pos),
        Kind::List => list::call_method(obj, name, pos),
        Kind::Tuple => tuple::call_method(obj, name, pos),
        Kind::Dict => dict::call_method(obj, name, pos),
        Kind::Set => crate::set::call_method(obj, name, pos),
        Kind::Range => crate::range::call_method(obj, name, pos),
        Kind::DictView => dict::view_method(obj, name, pos),
        Kind::Int | Kind::Bool => crate::number_methods::int_method(obj, name, pos),
        Kind::Float => crate::number_methods::float_method(obj, name, pos),
        Kind::File => io::call_method(obj, name, pos),
        Kind::Module => {
            let f = crate::modules::getattr(obj, name);
            if f.is_null() {
                LOOKUP_FAILED.set(true);
                return f;
            }
            return call(f, args, kwnames);
        }
        Kind::Type => {
            if let Some(r) = crate::builtins::call_static_method(obj, name, pos, &kw) {
                return r;
            }
            let m = type_attribute(obj, name);
            if m.is_null() {
                LOOKUP_FAILED.set(true);
                return m;
            }
            return call(m, args, kwnames);
        }
        _ => None,
    };
    r.unwrap_or_else(|| {
        LOOKUP_FAILED.set(true);
        no_attribute(obj, name)
    })
}

/// Binds the arguments of a builtin with named parameters (`names`, in order), the first
/// `max_positional` of which may be passed by position, with CPython's messages for the
/// mistakes; an omitted parameter is `None`.
pub fn bind_params(
    func: &str,
    pos: &[Value],
    kw: &[(&str, Value)],
    names: &[&str],
    max_positional: usize,
) -> Result<Vec<Option<Value>>, ()> {
    if pos.len() > max_positional {
        raise_type_error(&format!(
            "{func}() takes at most {max_positional} positional argument{} ({} given)",
            if max_positional == 1 { "" } else { "s" },
            pos.len()
        ));
        return Err(());
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, &v) in pos.iter().enumerate() {
        out[i] = Some(v);
    }
    for &(k, v) in kw {
        let Some(i) = names.iter().position(|n| *n == k) else {
            raise_type_error(&format!("'{k}' is an invalid keyword argument for {func}()"));
            return Err(());
        };
        if out[i].is_some() {
            raise_type_error(&format!("argument for {func}() given by name ('{k}') and position ({})", i + 1));
            return Err(());
        }
        out[i] = Some(v);
    }
    Ok(out)
}

/// Places keyword arguments of a method at their positions (`names` lists the parameters in
/// order); missing ones before a given one become `None`, which the methods treat as omitted.
fn keyword_to_positional(method: &str, pos: &[Value], kw: &[(&str, Value)], names: &[&str]) -> Result<Vec<Value>, ()> {
    let mut out: Vec<Value> = pos.to_vec();
    for &(k, v) in kw {
        let Some(i) = names.iter().position(|n| *n == k) else {
            raise_type_error(&format!("'{k}' is an invalid keyword argument for {method}()"));
            return Err(());
        };
        if i < pos.len() {
            raise_type_error(&format!("argument for {method}() given by name ('{k}') and position ({})", i + 1));
            return Err(());
        }
        if out.len() <= i {
            out.resize(i + 1, Value::none());
        }
        out[i] = v;
    }
    Ok(out)
}

/// `obj.name`.
pub fn getattr(obj: Value, name: &str) -> Value {
    if crate::subclass::is_instance(obj) {
        return crate::subclass::getattr_or_fallback(obj, name, || attribute(obj, name));
    }
    attribute(obj, name)
}

fn attribute(obj: Value, name: &str) -> Value {
    match (obj.kind(), name) {
        (Kind::Module, _) => crate::modules::getattr(obj, name),
        (_, "__class__") => Value::from_static(obj.ty()),
        (Kind::Instance, _) => crate::class::instance_getattr(obj, name),
        (Kind::List | Kind::Dict | Kind::Int | Kind::Float | Kind::Str, _)
            if crate::subclass::is_instance(obj)
                && let Some(v) = crate::subclass::getattr(obj, name) =>
        {
            v
        }
        (Kind::Exception, _) if let Some(v) = crate::class::exception_getattr(obj, name) => v,
        (Kind::Type, _) if crate::class::as_class(obj).is_some() => crate::class::class_getattr(obj, name),
        (Kind::Super, _) => crate::class::super_getattr(obj, name),
        (Kind::Method, _) if let Some(v) = crate::class::method_getattr(obj, name) => v,
        (Kind::Descriptor, _) if let Some(v) = crate::class::descriptor_getattr(obj, name) => v,
        (Kind::Native, _) if let Some(v) = crate::native::getattr(obj, name) => v,
        (Kind::Descriptor, "setter" | "getter" | "deleter") if obj.type_name() == "property" => {
            builtin_method(obj.ty(), obj, name)
        }
        (Kind::Exception, "args") => exceptions::exc(obj).args,
        (Kind::Exception, _) if let Some(v) = crate::exception_group::attribute(obj, name) => v,
        (Kind::Exception, "__notes__" | "__dict__") => {
            let d = exceptions::attribute_dict(obj);
            if name == "__dict__" {
                d
            } else {
                crate::class::namespace_get(d, name).unwrap_or_else(|| no_attribute(obj, name))
            }
        }
        (Kind::Exception, "__cause__") => or_none(exceptions::exc(obj).cause),
        (Kind::Exception, "__traceback__") => crate::traceback::traceback_of(obj),
        (Kind::Exception, "__context__") => or_none(exceptions::exc(obj).context),
        (Kind::Exception, "__suppress_context__") => Value::bool(exceptions::exc(obj).suppress_context),
        (Kind::Exception, "encoding" | "object" | "start" | "end" | "reason")
            if obj.ty().is_subtype(&exceptions::UNICODE_ERROR)
                && tuple::items(exceptions::exc(obj).args).len() == 5 =>
        {
            let i = ["encoding", "object", "start", "end", "reason"].iter().position(|n| *n == name).unwrap_or(0);
            tuple::items(exceptions::exc(obj).args)[i]
        }
        (Kind::Exception, "name" | "obj") if let Some(v) = exceptions::name_or_obj(obj, name) => v,
        (Kind::Exception, "errno" | "strerror" | "filename" | "filename2")
            if obj.ty().is_subtype(&exceptions::OS_ERROR) =>
        {
            exceptions::os_error_field(obj, name)
        }
        (Kind::Exception, "value") if obj.ty().is_subtype(&exceptions::STOP_ITERATION) => {
            tuple::items(exceptions::exc(obj).args).first().copied().unwrap_or(Value::none())
        }
        (Kind::Exception, "code") if obj.ty().is_subtype(&exceptions::SYSTEM_EXIT) => {
            let args = tuple::items(exceptions::exc(obj).args);
            match args.len() {
                0 => Value::none(),
                1 => args[0],
                _ => exceptions::exc(obj).args,
            }
        }
        (Kind::Function, _) if let Some(v) = function_attribute(obj, name) => v,
        (Kind::Iterator, _)
            if crate::generator::is_generator(obj)
                && let Some(v) = crate::generator::getattr(obj, name) =>
        {
            v
        }
        (Kind::Iterator, "__next__" | "__iter__") => builtin_method(obj.ty(), obj, name),
        (Kind::Function, "__name__") => str::new_str(self::name(obj)),
        (Kind::BuiltinFunction, "__name__" | "__qualname__") => str::new_str(builtin_name(obj)),
        (Kind::BuiltinMethod, "__self__") if !builtin_receiver(obj).is_null() => builtin_receiver(obj),
        (Kind::BuiltinMethod, "__name__") => {
            // SAFETY: the kind says `obj` is a builtin method object.
            str::new_str(unsafe { obj.obj::<BuiltinMethodObj>() }.name)
        }
        (Kind::Function, "__qualname__") => str::new_str(qualname(obj)),
        (Kind::Function, "__module__") => str::new_str(module_name(obj)),
        (Kind::Function, "__type_params__") => tuple::new(Vec::new()),
        (Kind::Function, "__doc__") => {
            let i = info(obj);
            if i.doc.is_null() { Value::none() } else { str::new_str(text(i.doc, i.doc_len)) }
        }
        (Kind::Function, "__defaults__" | "__kwdefaults__") => function_defaults(obj, name == "__kwdefaults__"),
        (Kind::Function, "__closure__") => {
            // SAFETY: the kind says `obj` is a function object.
            or_none(unsafe { obj.obj::<FuncObj>() }.closure)
        }
        (Kind::Cell, "cell_contents") => {
            let v = cell(obj).value;
            if v.is_null() { exceptions::raise(&exceptions::VALUE_ERROR, "Cell is empty") } else { v }
        }
        (Kind::Type, _) => type_attribute(obj, name),
        (Kind::Int | Kind::Bool, _) => {
            crate::number_methods::int_attribute(obj, name).unwrap_or_else(|| bound_method(obj, name))
        }
        (Kind::Float, _) => {
            crate::number_methods::float_attribute(obj, name).unwrap_or_else(|| bound_method(obj, name))
        }
        (Kind::Tuple, _)
            if obj.ty().user
                && let Some(v) = crate::modules::collections::instance_attribute(obj, name) =>
        {
            v
        }
        (Kind::Tuple, _) if let Some(v) = tuple::field(obj, name) => v,
        (Kind::Range, "start" | "stop" | "step") => {
            let r = crate::range::obj(obj);
            crate::int::from_i128(match name {
                "start" => r.start,
                "stop" => r.stop,
                _ => r.step,
            })
        }
        (Kind::Str | Kind::Bytes | Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::Range, _) => {
            bound_method(obj, name)
        }
        (Kind::DictView, "isdisjoint") if obj.type_name() != "dict_values" => builtin_method(obj.ty(), obj, name),
        (Kind::File, _) => io::attribute(obj, name).unwrap_or_else(|| {
            let methods = if crate::file::open_file(obj).is_some() { crate::file::METHODS } else { io::METHODS };
            if methods.contains(&name) { builtin_method(obj.ty(), obj, name) } else { no_attribute(obj, name) }
        }),
        (Kind::Slice, "indices") => builtin_method(obj.ty(), obj, name),
        (Kind::Slice, "start") => crate::slice::obj(obj).start,
        (Kind::Slice, "stop") => crate::slice::obj(obj).stop,
        (Kind::Slice, "step") => crate::slice::obj(obj).step,
        _ => no_attribute(obj, name),
    }
}

/// An attribute a program gave a function (or its `__dict__`).
fn function_attribute(f: Value, name: &str) -> Option<Value> {
    let o = func_obj(f);
    if let Some(i) = ASSIGNABLE.iter().position(|a| *a == name) {
        // A function without annotations gets an empty dict on first use.
        if name == "__annotations__" && o.assigned[i].is_null() {
            o.assigned[i] = dict::new();
        }
        return (!o.assigned[i].is_null()).then_some(o.assigned[i]);
    }
    if name == "__dict__" {
        if o.dict.is_null() {
            o.dict = dict::new();
        }
        return Some(o.dict);
    }
    if o.dict.is_null() {
        return None;
    }
    crate::class::namespace_get(o.dict, name)
}

/// `f.name = value` (or `del f.name` with a null value) of a function object; false with
/// an exception pending.
pub fn function_setattr(f: Value, name: &str, value: Value) -> bool {
    let o = func_obj(f);
    if let Some(i) = ASSIGNABLE.iter().position(|a| *a == name) {
        if i < 2 && (value.is_null() || value.kind() != Kind::Str) {
            raise_type_error(&format!("{name} must be set to a string object"));
            return false;
        }
        if i == 4 && (value.is_null() || value.kind() != Kind::Tuple) {
            raise_type_error("__type_params__ must be set to a tuple");
            return false;
        }
        if i == 5 {
            if !value.is_null() && !value.is_none() && value.kind() != Kind::Dict {
                raise_type_error("__annotations__ must be set to a dict object");
                return false;
            }
            o.assigned[i] = if value.is_none() { Value::NULL } else { value };
            return true;
        }
        // Deleting `__doc__` or `__module__` leaves None, as CPython's function objects do.
        o.assigned[i] = if value.is_null() { Value::none() } else { value };
        return true;
    }
    if matches!(name, "__closure__" | "__globals__" | "__builtins__") {
        raise(&exceptions::ATTRIBUTE_ERROR, "readonly attribute");
        return false;
    }
    if matches!(name, "__dict__" | "__defaults__" | "__kwdefaults__" | "__code__") {
        let msg = format!("krait does not support setting or deleting the {name} of functions yet");
        raise(&exceptions::NOT_IMPLEMENTED_ERROR, &msg);
        return false;
    }
    if o.dict.is_null() {
        o.dict = dict::new();
    }
    crate::class::set_in(o.dict, name, value, || format!("'function' object has no attribute '{name}'"))
}

/// `obj.name` for a method of a builtin type's instance: the bound method.
fn bound_method(obj: Value, name: &str) -> Value {
    // An instance of a class deriving from a builtin type has that type's methods.
    let mut owner = if obj.kind() == Kind::Bool { &crate::int::INT_TYPE } else { obj.ty() };
    while owner.user
        && let Some(base) = owner.base
    {
        owner = base;
    }
    if !name.starts_with("__") && crate::suggest::type_has_attribute(owner.name, name) {
        return builtin_method(owner, obj, name);
    }
    no_attribute(obj, name)
}

fn or_none(v: Value) -> Value {
    if v.is_null() { Value::none() } else { v }
}

// ---- entry points for generated code ----

/// Creates a function object for a compiled function.
#[unsafe(no_mangle)]
pub extern "C" fn krait_function_new(
    entry: GenericEntry,
    info: *const FuncInfo,
    defaults: Value,
    closure: Value,
) -> Value {
    let (dict, assigned) = (Value::NULL, [Value::NULL; 6]);
    new_object(FuncObj { header: Header { ty: &FUNCTION_TYPE }, entry, info, defaults, closure, dict, assigned })
}

/// The closure of a function object (for its generic entry).
#[unsafe(no_mangle)]
pub extern "C" fn krait_function_closure(func: Value) -> Value {
    // SAFETY: generic entries are only reached through function objects.
    unsafe { func.obj::<FuncObj>() }.closure
}

/// A new, empty cell.
#[unsafe(no_mangle)]
pub extern "C" fn krait_cell_new() -> Value {
    new_object(CellObj { header: Header { ty: &CELL_TYPE }, value: Value::NULL })
}

/// Cell `index` of a closure tuple.
#[unsafe(no_mangle)]
pub extern "C" fn krait_closure_cell(closure: Value, index: usize) -> Value {
    tuple::items(closure)[index]
}

/// The value in a cell; null with `UnboundLocalError` (the function's own variable `name`)
/// or `NameError` (a `free` variable) pending when it is empty.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_cell_get(c: Value, ptr: *const u8, len: usize, free: bool) -> Value {
    let v = cell(c).value;
    if !v.is_null() {
        return v;
    }
    // SAFETY: codegen passes the bytes of the variable's name.
    let name = unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(ptr, len)) };
    if free {
        let msg =
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
        exceptions::raise(&exceptions::NAME_ERROR, &msg)
    } else {
        let msg = format!("cannot access local variable '{name}' where it is not associated with a value");
        exceptions::raise(&exceptions::UNBOUND_LOCAL_ERROR, &msg)
    }
}

/// Stores into a cell (null empties it).
#[unsafe(no_mangle)]
pub extern "C" fn krait_cell_set(c: Value, v: Value) {
    cell(c).value = v;
}

/// Binds arguments for a function's generic entry; false with an exception pending.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_bind_args(
    func: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
    out: *mut Value,
) -> bool {
    // SAFETY: codegen passes `nargs` arguments and room for every parameter.
    let (args, out) = unsafe {
        (
            if nargs == 0 { &[][..] } else { core::slice::from_raw_parts(args, nargs) },
            core::slice::from_raw_parts_mut(out, info(func).nparams),
        )
    };
    // Positional arguments, one per parameter, of a function without keyword-only, `*args`
    // or `**kwargs` parameters: the common call, bound by copying.
    if kwnames.is_null() && args.len() == out.len() && info(func).shape >> 16 == 0 {
        out.copy_from_slice(args);
        return true;
    }
    bind(func, args, kwnames, out).is_ok()
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_call(callee: Value, args: *const Value, nargs: usize, kwnames: Value) -> Value {
    // SAFETY: codegen passes `nargs` values.
    let args = if nargs == 0 { &[][..] } else { unsafe { core::slice::from_raw_parts(args, nargs) } };
    call(callee, args, kwnames)
}

/// `callee(*args, **kw)`: `args` is a list of the positional arguments; `kwvalues` holds one
/// value per name in the tuple `kwnames` (null when there are none).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_call_star(callee: Value, args: Value, kwvalues: *const Value, kwnames: Value) -> Value {
    let nkw = if kwnames.is_null() { 0 } else { tuple::items(kwnames).len() };
    let mut all = list::items(args).clone();
    // SAFETY: codegen passes one value per keyword name.
    all.extend(unsafe { crate::object::values_from_raw(kwvalues, nkw) });
    call(callee, &all, kwnames)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_call_method(
    obj: Value,
    name: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    // SAFETY: codegen passes `nargs` values.
    let args = if nargs == 0 { &[][..] } else { unsafe { core::slice::from_raw_parts(args, nargs) } };
    // `name` is a constant of the program, so it can serve as the key of class lookups.
    if !obj.is_small_int() && obj.kind() == Kind::Instance {
        return instance_call_method(obj, name, args, kwnames);
    }
    // `d.get(key[, default])` of a plain dict: counting loops call it for every item.
    if !obj.is_small_int()
        && core::ptr::eq(obj.ty(), &crate::dict::DICT_TYPE)
        && kwnames.is_null()
        && matches!(nargs, 1 | 2)
        && as_str(name) == "get"
    {
        return crate::dict::get_or(obj, args[0], args.get(1).copied().unwrap_or(Value::none()));
    }
    call_method(obj, as_str(name), args, kwnames)
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_getattr(obj: Value, name: Value) -> Value {
    // `name` is a constant of the program, so it can serve as the key of class lookups.
    if !obj.is_small_int() && obj.kind() == Kind::Instance && as_str(name) != "__class__" {
        return crate::class::instance_getattr_key(obj, name);
    }
    getattr(obj, as_str(name))
}

/// A builtin function as a first-class value.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_builtin_function(entry: BuiltinEntry, ptr: *const u8, len: usize) -> Value {
    // One object per builtin, as in CPython (`id(len) == id(len)`).
    static MADE: crate::cell::Global<Vec<(usize, Value)>> = crate::cell::Global::new(Vec::new());
    let key = entry as usize;
    if let Some(v) = MADE.with(|m| m.iter().find(|(k, _)| *k == key).map(|&(_, v)| v)) {
        return v;
    }
    let name = text(ptr, len);
    let v = new_object(BuiltinObj { header: Header { ty: &BUILTIN_FUNCTION_TYPE }, entry, name });
    MADE.with(|m| m.push((key, v)));
    v
}
