//! Native standard-library modules (DESIGN.md §7).

/// Declares a module function's entry point: `$body` gets the positional arguments and the
/// keyword (name, value) pairs and returns `Result<Value, ()>`.
macro_rules! module_function {
    ($name:ident, |$args:ident, $kw:ident| $body:expr) => {
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn $name(ptr: *const Value, n: usize, kwnames: Value) -> Value {
            super::entry(ptr, n, kwnames, |$args, $kw| $body)
        }
    };
}

pub mod abc;
pub mod bisect;
pub mod collections;
pub mod contextlib;
pub mod counter;
pub mod dataclasses;
pub mod defaultdict;
#[path = "enum.rs"]
pub mod enum_;
pub mod functools;
pub mod heapq;
pub mod io;
pub mod itertools;
pub mod math;
pub mod operator;
pub mod ordereddict;
pub mod os;
pub mod random;
pub mod singledispatch;
pub mod sre;
pub mod string;
pub mod subprocess;
pub mod sys;
pub mod time;
pub mod traceback;
pub mod typing;

use crate::cell::Global;
use crate::exceptions::{self, raise};
use crate::object::{Header, Kind, OBJECT_TYPE, TypeObject, Value};

pub static MODULE_TYPE: TypeObject = TypeObject::new("module", Kind::Module, Some(&OBJECT_TYPE));

/// A module: a native one (a static, with its attributes from `getattr`) or one of the
/// program's (`program`: its attributes are its variables, `crate::import`).
#[repr(C)]
pub struct ModuleObj {
    pub header: Header,
    pub name: &'static str,
    pub getattr: fn(&str) -> Option<Value>,
    /// Every public name of CPython's module: one krait lacks is unsupported, not missing.
    pub names: &'static [&'static str],
    pub program: Option<&'static crate::import::ModuleDesc>,
    pub state: Global<crate::import::ModuleState>,
}

const fn module(name: &'static str, getattr: fn(&str) -> Option<Value>, names: &'static [&'static str]) -> ModuleObj {
    let state = Global::new(crate::import::ModuleState::NATIVE);
    ModuleObj { header: Header { ty: &MODULE_TYPE }, name, getattr, names, program: None, state }
}

pub static SYS: ModuleObj = module("sys", sys::getattr, &[]);
pub static MATH: ModuleObj = module("math", math::getattr, math::NAMES);
pub static STRING: ModuleObj = module("string", string::getattr, string::NAMES);
pub static RANDOM: ModuleObj = module("random", random::getattr, random::NAMES);
pub static HEAPQ: ModuleObj = module("heapq", heapq::getattr, heapq::NAMES);
pub static BISECT: ModuleObj = module("bisect", bisect::getattr, bisect::NAMES);
pub static SUBPROCESS: ModuleObj = module("_subprocess", subprocess::getattr, subprocess::NAMES);
pub static SRE: ModuleObj = module("_sre", sre::getattr, sre::NAMES);
pub static IO: ModuleObj = module("io", io::getattr, io::NAMES);
pub static OS: ModuleObj = module("os", os::getattr, os::NAMES);
pub static OS_PATH: ModuleObj = module("posixpath", os::path_getattr, os::PATH_NAMES);
pub static TIME: ModuleObj = module("time", time::getattr, time::NAMES);
pub static OPERATOR: ModuleObj = module("operator", operator::getattr, operator::NAMES);
pub static FUNCTOOLS: ModuleObj = module("functools", functools::getattr, functools::NAMES);
pub static ENUM: ModuleObj = module("enum", enum_::getattr, enum_::NAMES);
pub static ABC: ModuleObj = module("abc", abc::getattr, abc::NAMES);
pub static DATACLASSES: ModuleObj = module("dataclasses", dataclasses::getattr, dataclasses::NAMES);
pub static CONTEXTLIB: ModuleObj = module("contextlib", contextlib::getattr, contextlib::NAMES);
pub static COLLECTIONS: ModuleObj = module("collections", collections::getattr, collections::NAMES);
pub static ITERTOOLS: ModuleObj = module("itertools", itertools::getattr, itertools::NAMES);
pub static TRACEBACK: ModuleObj = module("traceback", traceback::getattr, traceback::NAMES);
pub static TYPING: ModuleObj = module("typing", typing::getattr, typing::NAMES);
pub static FUTURE: ModuleObj = module("__future__", typing::future_getattr, typing::FUTURE_NAMES);

/// A builtin function object for a module's entry point.
fn builtin(entry: crate::func::BuiltinEntry, name: &'static str) -> Value {
    // SAFETY: `name` is a valid UTF-8 static string.
    unsafe { crate::func::krait_builtin_function(entry, name.as_ptr(), name.len()) }
}

fn args_of<'a>(ptr: *const Value, n: usize) -> &'a [Value] {
    // SAFETY: callers pass `n` values.
    if n == 0 { &[] } else { unsafe { core::slice::from_raw_parts(ptr, n) } }
}

/// Runs the body of a module function's entry point on its positional and keyword
/// arguments, turning `Err` into the error marker.
fn entry(
    ptr: *const Value,
    n: usize,
    kwnames: Value,
    body: impl FnOnce(&[Value], &[(&str, Value)]) -> Result<Value, ()>,
) -> Value {
    let (args, kw) = crate::func::split_args(args_of(ptr, n), kwnames);
    body(args, &kw).unwrap_or(Value::NULL)
}

pub fn module_name(v: Value) -> &'static str {
    // SAFETY: callers check the kind.
    unsafe { v.obj::<ModuleObj>() }.name
}

pub fn getattr(m: Value, name: &str) -> Value {
    // SAFETY: callers check the kind.
    let module = unsafe { m.obj::<ModuleObj>() };
    if let Some(desc) = module.program {
        return crate::import::getattr(m, desc, name);
    }
    match (module.getattr)(name) {
        Some(v) => v,
        None if module.names.contains(&name) => {
            raise(&exceptions::NOT_IMPLEMENTED_ERROR, &format!("krait does not support {}.{name} yet", module.name))
        }
        None => raise(&exceptions::ATTRIBUTE_ERROR, &format!("module '{}' has no attribute '{name}'", module.name)),
    }
}

/// `import NAME` of a native module; the compiler only emits it for names it knows.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_import(ptr: *const u8, len: usize) -> Value {
    // SAFETY: codegen passes a valid UTF-8 name.
    let name = unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(ptr, len)) };
    match name {
        "sys" => Value::from_static(&SYS),
        "math" => Value::from_static(&MATH),
        "string" => Value::from_static(&STRING),
        "time" => Value::from_static(&TIME),
        "os" => Value::from_static(&OS),
        "io" => Value::from_static(&IO),
        "_sre" => Value::from_static(&SRE),
        "_subprocess" => Value::from_static(&SUBPROCESS),
        "os.path" => Value::from_static(&OS_PATH),
        "random" => Value::from_static(&RANDOM),
        "heapq" => Value::from_static(&HEAPQ),
        "bisect" => Value::from_static(&BISECT),
        "operator" => Value::from_static(&OPERATOR),
        "functools" => Value::from_static(&FUNCTOOLS),
        "dataclasses" => Value::from_static(&DATACLASSES),
        "enum" => Value::from_static(&ENUM),
        "abc" => Value::from_static(&ABC),
        "typing" => Value::from_static(&TYPING),
        "traceback" => Value::from_static(&TRACEBACK),
        "itertools" => Value::from_static(&ITERTOOLS),
        "collections" => Value::from_static(&COLLECTIONS),
        "contextlib" => Value::from_static(&CONTEXTLIB),
        "__future__" => Value::from_static(&FUTURE),
        _ => raise(&exceptions::IMPORT_ERROR, &format!("No module named '{name}'")),
    }
}
