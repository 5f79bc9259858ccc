//! The rt entry points generated code calls: one table, so that each is declared once with
//! its C signature (DESIGN.md §1).

use inkwell::AddressSpace;
use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::types::{BasicMetadataTypeEnum, BasicType, BasicTypeEnum};
use inkwell::values::FunctionValue;

/// A C type in an rt signature.
#[derive(Clone, Copy)]
pub enum C {
    /// A `Value` word.
    V,
    F64,
    I32,
    U32,
    Bool,
    Ptr,
    Usize,
    Void,
}

/// Name, result and parameters of every rt function generated code may call.
const ENTRY_POINTS: &[(&str, C, &[C])] = &[
    ("krait_main", C::I32, &[C::I32, C::Ptr, C::Ptr]),
    ("krait_check_layout", C::Void, &[C::Usize, C::Usize, C::Usize]),
    ("krait_int_add", C::V, &[C::V, C::V]),
    ("krait_int_sub", C::V, &[C::V, C::V]),
    ("krait_int_mul", C::V, &[C::V, C::V]),
    ("krait_int_floordiv", C::V, &[C::V, C::V]),
    ("krait_int_mod", C::V, &[C::V, C::V]),
    ("krait_int_neg", C::V, &[C::V]),
    ("krait_int_cmp", C::I32, &[C::V, C::V]),
    ("krait_int_truediv", C::F64, &[C::V, C::V]),
    ("krait_int_to_float", C::F64, &[C::V]),
    ("krait_int_const", C::V, &[C::Ptr, C::Usize]),
    ("krait_float_new", C::V, &[C::F64]),
    ("krait_float_truediv", C::F64, &[C::F64, C::F64]),
    ("krait_float_floordiv", C::F64, &[C::F64, C::F64]),
    ("krait_float_mod", C::F64, &[C::F64, C::F64]),
    ("krait_float_pow", C::F64, &[C::F64, C::F64]),
    ("krait_float_value", C::F64, &[C::V]),
    ("krait_str_const", C::V, &[C::Ptr, C::Usize]),
    ("krait_bytes_const", C::V, &[C::Ptr, C::Usize]),
    ("krait_binary_op", C::V, &[C::U32, C::V, C::V]),
    ("krait_inplace_op", C::V, &[C::U32, C::V, C::V]),
    ("krait_compare", C::V, &[C::U32, C::V, C::V]),
    ("krait_compare_bool", C::I32, &[C::U32, C::V, C::V]),
    ("krait_contains", C::I32, &[C::V, C::V]),
    ("krait_truthy", C::I32, &[C::V]),
    ("krait_neg", C::V, &[C::V]),
    ("krait_pos", C::V, &[C::V]),
    ("krait_invert", C::V, &[C::V]),
    ("krait_getitem", C::V, &[C::V, C::V]),
    ("krait_setitem", C::Bool, &[C::V, C::V, C::V]),
    ("krait_delitem", C::Bool, &[C::V, C::V]),
    ("krait_getslice", C::V, &[C::V, C::V, C::V, C::V]),
    ("krait_setslice", C::Bool, &[C::V, C::V, C::V, C::V, C::V]),
    ("krait_setslice_of_slice", C::Bool, &[C::V, C::V, C::V, C::V, C::V, C::V, C::V, C::V]),
    ("krait_getattr", C::V, &[C::V, C::V]),
    ("krait_getattr_cached", C::V, &[C::V, C::V, C::Ptr]),
    ("krait_setattr_cached", C::V, &[C::V, C::V, C::V, C::Ptr]),
    ("krait_seal_class", C::Void, &[C::V, C::Ptr, C::Ptr, C::Usize, C::Bool, C::Usize, C::Bool, C::Usize]),
    ("krait_new_instance", C::V, &[C::V]),
    ("krait_unsupported_binary", C::V, &[C::U32, C::V, C::V, C::Bool]),
    ("krait_list_new", C::V, &[C::Ptr, C::Usize]),
    ("krait_list_append", C::Void, &[C::V, C::V]),
    ("krait_list_release", C::Void, &[C::V]),
    ("krait_list_append_float", C::Void, &[C::V, C::F64]),
    ("krait_list_item", C::V, &[C::V, C::V]),
    ("krait_list_len", C::V, &[C::V]),
    ("krait_is_list", C::Bool, &[C::V]),
    ("krait_list_item_float", C::F64, &[C::V, C::V]),
    ("krait_list_set_item", C::Bool, &[C::V, C::V, C::V]),
    ("krait_list_set_item_float", C::Bool, &[C::V, C::V, C::F64]),
    ("krait_getitem_unboxed", C::V, &[C::V, C::V, C::Ptr]),
    ("krait_list_item_unboxed", C::V, &[C::V, C::V, C::Ptr]),
    ("krait_setitem_float", C::Bool, &[C::V, C::V, C::F64]),
    ("krait_number_binary", C::V, &[C::U32, C::V, C::F64, C::V, C::F64, C::Bool, C::Ptr]),
    ("krait_number_compare", C::I32, &[C::U32, C::V, C::F64, C::V, C::F64]),
    ("krait_number_compare_object", C::V, &[C::U32, C::V, C::F64, C::V, C::F64]),
    ("krait_number_neg", C::V, &[C::V, C::F64, C::Ptr]),
    ("krait_math_unary", C::F64, &[C::U32, C::F64]),
    ("krait_as_float", C::F64, &[C::V]),
    ("krait_tuple_new", C::V, &[C::Ptr, C::Usize]),
    ("krait_dict_new", C::V, &[C::Ptr, C::Usize]),
    ("krait_slice_new", C::V, &[C::V, C::V, C::V]),
    ("krait_set_new", C::V, &[C::Ptr, C::Usize, C::U32]),
    ("krait_format", C::V, &[C::V, C::V]),
    ("krait_str_build", C::V, &[C::Ptr, C::Usize]),
    ("krait_str", C::V, &[C::V]),
    ("krait_repr", C::V, &[C::V]),
    ("krait_ascii", C::V, &[C::V]),
    ("krait_iter", C::V, &[C::V]),
    ("krait_iter_next", C::V, &[C::V]),
    ("krait_unpack", C::Bool, &[C::V, C::Usize, C::Ptr]),
    ("krait_call", C::V, &[C::V, C::Ptr, C::Usize, C::V]),
    ("krait_call_method", C::V, &[C::V, C::V, C::Ptr, C::Usize, C::V]),
    ("krait_call_method_cached", C::V, &[C::V, C::V, C::Ptr, C::Usize, C::V, C::Ptr]),
    ("krait_call_star", C::V, &[C::V, C::V, C::Ptr, C::V]),
    ("krait_function_new", C::V, &[C::Ptr, C::Ptr, C::V, C::V]),
    ("krait_function_closure", C::V, &[C::V]),
    ("krait_cell_new", C::V, &[]),
    ("krait_frame_new", C::Ptr, &[C::Usize]),
    ("krait_generator_new", C::V, &[C::Ptr, C::Ptr, C::Ptr, C::Usize, C::Ptr, C::Usize]),
    ("krait_closure_cell", C::V, &[C::V, C::Usize]),
    ("krait_cell_get", C::V, &[C::V, C::Ptr, C::Usize, C::Bool]),
    ("krait_cell_set", C::Void, &[C::V, C::V]),
    ("krait_bind_args", C::Bool, &[C::V, C::Ptr, C::Usize, C::V, C::Ptr]),
    ("krait_builtin_function", C::V, &[C::Ptr, C::Ptr, C::Usize]),
    ("krait_builtin_type_object", C::V, &[C::Ptr, C::Usize]),
    ("krait_import", C::V, &[C::Ptr, C::Usize]),
    ("krait_import_module", C::V, &[C::Ptr]),
    ("krait_import_from", C::V, &[C::V, C::V, C::Ptr]),
    ("krait_import_star_name", C::V, &[C::V, C::V, C::V, C::Bool]),
    ("krait_traceback_add", C::Void, &[C::Ptr, C::Ptr]),
    ("krait_raise", C::V, &[C::V]),
    ("krait_raise_from", C::V, &[C::V, C::V]),
    ("krait_reraise", C::V, &[]),
    ("krait_exc_begin_handler", C::V, &[]),
    ("krait_exc_end_handler", C::Void, &[]),
    ("krait_exc_resume", C::V, &[C::V]),
    ("krait_exc_matches", C::I32, &[C::V, C::V]),
    ("krait_raise_name_error", C::V, &[C::Ptr, C::Usize, C::Ptr, C::Usize, C::Ptr, C::Usize]),
    ("krait_raise_unbound_local", C::V, &[C::Ptr, C::Usize]),
    ("krait_method_lookup_failed", C::Bool, &[]),
    ("krait_raise_assertion", C::V, &[C::V]),
    ("krait_deep_call", C::Bool, &[C::I32, C::Ptr]),
    ("krait_interrupt", C::V, &[]),
];

/// The signature every builtin function entry shares (`krait_builtin_NAME`).
pub const BUILTIN_SIGNATURE: (C, &[C]) = (C::V, &[C::Ptr, C::Usize, C::V]);

fn basic(ctx: &Context, c: C) -> Option<BasicTypeEnum<'_>> {
    Some(match c {
        C::V | C::Usize => ctx.i64_type().into(),
        C::F64 => ctx.f64_type().into(),
        C::I32 | C::U32 => ctx.i32_type().into(),
        C::Bool => ctx.bool_type().into(),
        C::Ptr => ctx.ptr_type(AddressSpace::default()).into(),
        C::Void => return None,
    })
}

/// Declares `name` with the given C signature in `module` (once).
pub fn declare<'ctx>(
    ctx: &'ctx Context,
    module: &Module<'ctx>,
    name: &str,
    ret: C,
    params: &[C],
) -> FunctionValue<'ctx> {
    if let Some(f) = module.get_function(name) {
        return f;
    }
    let types: Vec<BasicMetadataTypeEnum> = params.iter().filter_map(|&p| basic(ctx, p)).map(Into::into).collect();
    let ty = match basic(ctx, ret) {
        Some(t) => t.fn_type(&types, false),
        None => ctx.void_type().fn_type(&types, false),
    };
    let f = module.add_function(name, ty, None);
    // A C `bool` is zero-extended to its register, as the callee (Rust) assumes on every target.
    let zeroext = ctx.create_enum_attribute(Attribute::get_named_enum_kind_id("zeroext"), 0);
    for (i, p) in params.iter().enumerate() {
        if matches!(p, C::Bool) {
            f.add_attribute(AttributeLoc::Param(i as u32), zeroext);
        }
    }
    if matches!(ret, C::Bool) {
        f.add_attribute(AttributeLoc::Return, zeroext);
    }
    f
}

/// The declaration of an rt entry point from the table.
pub fn entry<'ctx>(ctx: &'ctx Context, module: &Module<'ctx>, name: &str) -> FunctionValue<'ctx> {
    let Some(&(_, ret, params)) = ENTRY_POINTS.iter().find(|(n, _, _)| *n == name) else {
        panic!("internal compiler error: rt entry point {name} is not declared in codegen/src/runtime.rs");
    };
    declare(ctx, module, name, ret, params)
}
