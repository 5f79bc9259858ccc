//! Native standard-library modules (DESIGN.md §7).

pub mod math;
pub mod sys;

use crate::exceptions::{self, raise};
use crate::object::{Header, Kind, OBJECT_TYPE, TypeObject, Value};

pub static MODULE_TYPE: TypeObject = TypeObject::new("module", Kind::Module, Some(&OBJECT_TYPE));

#[repr(C)]
pub struct ModuleObj {
    pub header: Header,
    pub name: &'static str,
    pub getattr: fn(&str) -> Option<Value>,
}

pub static SYS: ModuleObj = ModuleObj { header: Header { ty: &MODULE_TYPE }, name: "sys", getattr: sys::getattr };
pub static MATH: ModuleObj = ModuleObj { header: Header { ty: &MODULE_TYPE }, name: "math", getattr: math::getattr };

pub fn module_name(v: Value) -> &'static str {
    // SAFETY: callers check the kind.
    unsafe { v.obj::<ModuleObj>() }.name
}

pub fn getattr(m: Value, name: &str) -> Value {
    // SAFETY: callers check the kind.
    let module = unsafe { m.obj::<ModuleObj>() };
    match (module.getattr)(name) {
        Some(v) => v,
        None if module.name == "math" && math::NAMES.contains(&name) => {
            raise(&exceptions::NOT_IMPLEMENTED_ERROR, &format!("krait does not support math.{name} yet"))
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
        _ => raise(&exceptions::IMPORT_ERROR, &format!("No module named '{name}'")),
    }
}
