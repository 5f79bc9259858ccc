//! `repr()` and `str()` of every builtin type, with CPython's layout.

use crate::cell::Global;
use crate::exceptions;
use crate::object::{Kind, Value};
use crate::{dict, float, int, list, str, tuple};

/// Containers whose repr is being built, to print `[...]` for self-references.
static IN_PROGRESS: Global<Vec<Value>> = Global::new(Vec::new());

fn guarded(v: Value, recursive: &str, f: impl FnOnce() -> Result<String, ()>) -> Result<String, ()> {
    if IN_PROGRESS.with(|s| s.contains(&v)) {
        return Ok(recursive.to_string());
    }
    IN_PROGRESS.with(|s| s.push(v));
    let r = f();
    IN_PROGRESS.with(std::vec::Vec::pop);
    r
}

fn join_reprs(items: &[Value]) -> Result<String, ()> {
    let mut out = String::new();
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr_string(x)?);
    }
    Ok(out)
}

/// `repr(v)`.
pub fn repr_string(v: Value) -> Result<String, ()> {
    if v.is_small_int() {
        return Ok(v.as_small().to_string());
    }
    if crate::subclass::is_instance(v) && crate::class::special(v, "__repr__").is_some() {
        return crate::class::instance_repr(v);
    }
    Ok(match v.kind() {
        Kind::Int => int::to_decimal(v)?,
        Kind::Bool => if crate::ops::bool_value(v) { "True" } else { "False" }.to_string(),
        Kind::NoneType => "None".to_string(),
        Kind::NotImplemented => "NotImplemented".to_string(),
        Kind::Ellipsis => "Ellipsis".to_string(),
        Kind::Float => float::repr(float::value(v)),
        Kind::Str => str::repr(str::as_str(v)),
        Kind::Bytes => crate::bytes::repr(v),
        Kind::List => {
            return guarded(v, "[...]", || Ok(format!("[{}]", join_reprs(&list::items(v).clone())?)));
        }
        Kind::Tuple if v.ty().user && crate::class::special(v, "__repr__").is_some() => {
            return crate::class::instance_repr(v);
        }
        Kind::Tuple if let Some(r) = crate::modules::collections::repr(v) => r?,
        Kind::Tuple if let Some(fields) = tuple::struct_fields(v) => {
            let mut out = format!("{}(", v.type_name());
            for (i, (f, &x)) in fields.iter().zip(tuple::items(v)).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&format!("{f}={}", repr_string(x)?));
            }
            out.push(')');
            out
        }
        Kind::Tuple => {
            let items = tuple::items(v);
            return guarded(v, "(...)", || {
                Ok(if items.len() == 1 {
                    format!("({},)", repr_string(items[0])?)
                } else {
                    format!("({})", join_reprs(items)?)
                })
            });
        }
        Kind::Dict => {
            return guarded(v, "{...}", || {
                let entries: Vec<dict::Entry> = dict::table(v).live().copied().collect();
                let mut out = String::from("{");
                for (i, e) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&repr_string(e.key)?);
                    out.push_str(": ");
                    out.push_str(&repr_string(e.value)?);
                }
                out.push('}');
                Ok(out)
            });
        }
        Kind::DictView => {
            let items = crate::iter::collect(v)?;
            return guarded(v, "...", || Ok(format!("{}([{}])", v.type_name(), join_reprs(&items)?)));
        }
        Kind::Set => return guarded(v, &format!("{}(...)", v.type_name()), || crate::set::repr(v, repr_string)),
        Kind::Range => crate::range::repr(v),
        Kind::Slice => {
            let s = crate::slice::obj(v);
            format!("slice({}, {}, {})", repr_string(s.start)?, repr_string(s.stop)?, repr_string(s.step)?)
        }
        Kind::Exception => exceptions::exc_repr(v)?,
        Kind::Type => {
            // SAFETY: kind Type means the value is a TypeObject.
            let t = unsafe { v.obj::<crate::object::TypeObject>() };
            match crate::class::of_type(t) {
                Some(c) if crate::modules::enum_::is_enum_type(c) => format!("<enum '{}'>", c.qualname),
                Some(c) => format!("<class '{}'>", crate::class::qualified_name(c)),
                None => format!("<class '{}'>", t.name),
            }
        }
        Kind::Function => format!("<function {} at {:#x}>", crate::func::qualname(v), v.0),
        Kind::BuiltinFunction => format!("<built-in function {}>", crate::func::builtin_name(v)),
        Kind::BuiltinMethod => crate::func::builtin_method_repr(v),
        Kind::File => crate::io::repr(v)?,
        Kind::Module => match crate::import::desc_of(v) {
            Some(desc) => crate::import::repr(desc),
            None => format!("<module '{}' (built-in)>", crate::modules::module_name(v)),
        },
        Kind::Iterator if crate::generator::is_generator(v) => crate::generator::repr(v),
        Kind::Iterator if let Some(r) = crate::iter::custom(v).and_then(|c| c.repr()) => r?,
        Kind::Iterator | Kind::Object => format!("<{} object at {:#x}>", v.type_name(), v.0),
        Kind::Instance => crate::class::instance_repr(v)?,
        Kind::Method => crate::class::method_repr(v)?,
        Kind::Super => format!("<super object at {:#x}>", v.0),
        Kind::Descriptor => crate::class::descriptor_repr(v)?,
        Kind::Native => crate::native::repr(v)?,
        Kind::Cell => crate::func::cell_repr(v),
    })
}

/// `str(v)`.
pub fn str_string(v: Value) -> Result<String, ()> {
    if v.is_small_int() {
        return Ok(v.as_small().to_string());
    }
    match v.kind() {
        _ if crate::subclass::is_instance(v) && crate::class::special(v, "__str__").is_some() => {
            crate::class::instance_str(v)
        }
        Kind::Str => Ok(str::as_str(v).to_string()),
        Kind::Exception => exceptions::exc_str(v),
        Kind::Instance => crate::class::instance_str(v),
        _ => repr_string(v),
    }
}

// ---- entry points for generated code ----

#[unsafe(no_mangle)]
pub extern "C" fn krait_repr(v: Value) -> Value {
    repr_string(v).map_or(Value::NULL, str::from_string)
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_str(v: Value) -> Value {
    if v.kind() == Kind::Str {
        return v;
    }
    str_string(v).map_or(Value::NULL, str::from_string)
}

#[unsafe(no_mangle)]
pub extern "C" fn krait_ascii(v: Value) -> Value {
    let Ok(r) = repr_string(v) else { return Value::NULL };
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            u @ 0x80..=0xff => out.push_str(&format!("\\x{u:02x}")),
            u @ 0x100..=0xffff => out.push_str(&format!("\\u{u:04x}")),
            u => out.push_str(&format!("\\U{u:08x}")),
        }
    }
    str::from_string(out)
}
