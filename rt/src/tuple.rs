//! `tuple`.

use crate::exceptions::{self, raise, raise_type_error};
use crate::object::{Header, Kind, OBJECT_TYPE, TypeObject, Value, new_object};
use crate::ops;
use crate::slice;

#[unsafe(export_name = "krait_tuple_type")]
pub static TUPLE_TYPE: TypeObject = TypeObject::new("tuple", Kind::Tuple, Some(&OBJECT_TYPE));

// Compiled code reads tuples' items at this offset (codegen's `layout.rs`).
const _: () = assert!(core::mem::offset_of!(TupleObj, items) == 8);

#[repr(C)]
pub struct TupleObj {
    pub header: Header,
    pub items: Box<[Value]>,
}

pub fn new(items: Vec<Value>) -> Value {
    new_object(TupleObj { header: Header { ty: &TUPLE_TYPE }, items: items.into_boxed_slice() })
}

/// A named tuple type of the runtime, as CPython's "struct sequences" (`sys.version_info`,
/// `sys.float_info`): a tuple whose items are also attributes, with a `name(field=value, ...)` repr.
pub struct StructSeq {
    pub ty: TypeObject,
    pub fields: &'static [&'static str],
}

impl StructSeq {
    pub const fn new(name: &'static str, fields: &'static [&'static str]) -> Self {
        StructSeq { ty: TypeObject::new(name, Kind::Tuple, Some(&TUPLE_TYPE)), fields }
    }

    /// An instance holding `items`, one per field.
    pub fn instance(&'static self, items: Vec<Value>) -> Value {
        debug_assert_eq!(items.len(), self.fields.len());
        new_object(TupleObj { header: Header { ty: &self.ty }, items: items.into_boxed_slice() })
    }
}

/// Every struct sequence type, to find a tuple's field names from its type.
static STRUCT_SEQS: &[&StructSeq] =
    &[&crate::modules::sys::VERSION_INFO, &crate::modules::sys::FLOAT_INFO, &crate::modules::functools::CACHE_INFO];

/// The field names of a struct sequence, or `None` for a plain tuple.
pub fn struct_fields(v: Value) -> Option<&'static [&'static str]> {
    let ty = v.ty();
    if core::ptr::eq(ty, &raw const TUPLE_TYPE) {
        return None;
    }
    STRUCT_SEQS.iter().find(|s| core::ptr::eq(ty, &raw const s.ty)).map(|s| s.fields)
}

/// `v.name` of a struct sequence's field.
pub fn field(v: Value, name: &str) -> Option<Value> {
    let i = struct_fields(v)?.iter().position(|f| *f == name)?;
    Some(items(v)[i])
}

pub fn items(v: Value) -> &'static [Value] {
    // SAFETY: callers check the kind first.
    &unsafe { v.obj::<TupleObj>() }.items
}

pub fn getitem(v: Value, index: Value) -> Value {
    let Some(i) = crate::args::seq_index(index) else {
        return raise_type_error(&format!("tuple indices must be integers or slices, not {}", index.type_name()));
    };
    let xs = items(v);
    match crate::list::norm_index(i, xs.len()) {
        Some(j) => xs[j],
        None => crate::args::index_error(index, "tuple index out of range"),
    }
}

pub fn getslice(v: Value, start: Value, stop: Value, step: Value) -> Value {
    let xs = items(v);
    let Ok(b) = slice::resolve(start, stop, step, xs.len()) else { return Value::NULL };
    new(b.indices().map(|i| xs[i]).collect())
}

/// CPython's tuple hash (the xxHash-based one from 3.8 on).
pub fn hash(v: Value) -> Result<i64, ()> {
    combine_hashes(items(v), true)
}

/// The xxHash-style combination of the items' hashes that tuples use; slices (3.12) use it
/// too, without mixing in the length.
pub fn combine_hashes(xs: &[Value], mix_length: bool) -> Result<i64, ()> {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc: u64 = P5;
    for &x in xs {
        let lane = ops::hash(x)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    if mix_length {
        acc = acc.wrapping_add((xs.len() as u64) ^ (P5 ^ 0x0035_D373));
    }
    if acc == u64::MAX {
        return Ok(1_546_275_796);
    }
    Ok(acc as i64)
}

pub fn call_method(v: Value, name: &str, args: &[Value]) -> Option<Value> {
    let xs = items(v);
    let r: Result<Value, ()> = (|| match name {
        "index" => {
            if args.is_empty() || args.len() > 3 {
                raise_type_error(&format!("index expected at least 1 argument, got {}", args.len()));
                return Err(());
            }
            match crate::list::index_in(xs, args[0], args.get(1), args.get(2))? {
                Some(i) => Ok(crate::int::from_i64(i as i64)),
                None => crate::exceptions::fail(raise(&exceptions::VALUE_ERROR, "tuple.index(x): x not in tuple")),
            }
        }
        "count" => {
            if args.len() != 1 {
                raise_type_error(&format!("{name}() takes exactly one argument ({} given)", args.len()));
                return Err(());
            }
            let mut n = 0;
            for (i, &x) in xs.iter().enumerate() {
                if ops::eq(x, args[0])? {
                    if name == "index" {
                        return Ok(crate::int::from_i64(i as i64));
                    }
                    n += 1;
                }
            }
            if name == "index" {
                crate::exceptions::fail(raise(&exceptions::VALUE_ERROR, "tuple.index(x): x not in tuple"))
            } else {
                Ok(crate::int::from_i64(n))
            }
        }
        _ => Err(()),
    })();
    crate::exceptions::method_result(r)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_tuple_new(ptr: *const Value, n: usize) -> Value {
    // SAFETY: codegen passes an array of `n` values.
    new(unsafe { crate::object::values_from_raw(ptr, n) })
}
