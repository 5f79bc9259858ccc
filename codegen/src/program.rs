//! Module-level code generation: globals, constants, per-function metadata for tracebacks
//! and generic calls, generic entries, and the C `main`.

use std::collections::HashMap;

use inkwell::AddressSpace;
use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::types::{BasicMetadataTypeEnum, BasicType, BasicTypeEnum};
use inkwell::values::{BasicValueEnum, FunctionValue, GlobalValue, PointerValue};
use krait_lower::carets::caret_line;
use krait_lower::diagnostic::LineIndex;
use krait_lower::mir::{FuncKind, Function, Program, Span, Type, shadows};

use crate::function;
use crate::runtime;

/// Shared state for generating one program.
pub struct Gen<'ctx, 'p> {
    pub ctx: &'ctx Context,
    pub module: Module<'ctx>,
    pub prog: &'p Program,
    pub funcs: Vec<FunctionValue<'ctx>>,
    pub globals: Vec<GlobalValue<'ctx>>,
    /// Per-function traceback info (`CodeInfo` in rt).
    pub code_infos: Vec<GlobalValue<'ctx>>,
    /// Per function, the code of each class body it runs (`Function::class_frames`).
    pub class_code_infos: Vec<Vec<GlobalValue<'ctx>>>,
    /// Per-generic-function `FuncInfo` and generic entry.
    pub func_infos: HashMap<usize, (GlobalValue<'ctx>, FunctionValue<'ctx>)>,
    /// The resume function of each generator function (`(frame, sent) -> Value`), whose body
    /// is the MIR body; `funcs[i]` of a generator only makes the generator object.
    pub resumes: HashMap<usize, FunctionValue<'ctx>>,
    /// Interned byte strings (names, messages).
    bytes: HashMap<Vec<u8>, GlobalValue<'ctx>>,
    /// `str` constants: created at start-up, then read from these globals.
    pub str_consts: HashMap<String, GlobalValue<'ctx>>,
    /// Big int constants, likewise.
    pub int_consts: HashMap<String, GlobalValue<'ctx>>,
    /// `bytes` constants, likewise.
    pub bytes_consts: HashMap<Vec<u8>, GlobalValue<'ctx>>,
    /// Boxed `float` constants (for `Dyn` uses of a literal), by their bits, likewise: one
    /// object per value, as CPython's code objects hold one per constant.
    pub float_consts: HashMap<u64, GlobalValue<'ctx>>,
    /// Keyword-name tuples, likewise.
    pub kwname_consts: HashMap<Vec<String>, GlobalValue<'ctx>>,
    /// Traceback locations (`Location` in rt), by module and span.
    locations: HashMap<(usize, Span), GlobalValue<'ctx>>,
    /// Each module's line index.
    lines: Vec<LineIndex>,
    /// Each program module's `ModuleDesc` (rt's `modules::user`).
    pub module_descs: Vec<GlobalValue<'ctx>>,
    /// How many attribute sites have an inline cache (`site.N`, rt's `SiteCache`).
    site_caches: usize,
    /// The guard word of each sealed class (`guard.N`): its type while rt keeps it sealed,
    /// else 0 (rt's `sealed.rs`).
    pub guards: Vec<GlobalValue<'ctx>>,
    /// Where a function under the shadow convention leaves the float of a `Dyn` result that
    /// is `UNBOXED`, for its caller to read right after the call (`mir::shadows`).
    pub ret_float: GlobalValue<'ctx>,
}

/// The LLVM parameters of a compiled function: each parameter's type, followed under the
/// shadow convention by the float of each `Dyn` one; then its closure, if it has one.
pub fn param_types<'ctx>(ctx: &'ctx Context, f: &Function) -> Vec<BasicMetadataTypeEnum<'ctx>> {
    let shadows = shadows::shadow_convention(f);
    let mut params: Vec<BasicMetadataTypeEnum> = Vec::new();
    for p in 0..f.param_names.len() {
        let ty = f.locals[p].ty;
        params.push(llvm_type(ctx, ty).into());
        if shadows && ty == Type::Dyn {
            params.push(ctx.f64_type().into());
        }
    }
    if !f.freevars.is_empty() {
        params.push(ctx.i64_type().into());
    }
    params
}

pub fn llvm_type(ctx: &Context, ty: Type) -> BasicTypeEnum<'_> {
    match ty {
        Type::Float => ctx.f64_type().into(),
        Type::Bool => ctx.bool_type().into(),
        _ => ctx.i64_type().into(),
    }
}

impl<'ctx> Gen<'ctx, '_> {
    pub fn rt(&self, name: &str) -> FunctionValue<'ctx> {
        runtime::entry(self.ctx, &self.module, name)
    }

    pub fn ptr_type(&self) -> inkwell::types::PointerType<'ctx> {
        self.ctx.ptr_type(AddressSpace::default())
    }

    /// A private constant byte array; returns its address.
    pub fn bytes(&mut self, data: &[u8]) -> PointerValue<'ctx> {
        if let Some(g) = self.bytes.get(data) {
            return g.as_pointer_value();
        }
        let arr = self.ctx.const_string(data, false);
        let g = self.module.add_global(arr.get_type(), None, &format!("bytes.{}", self.bytes.len()));
        g.set_initializer(&arr);
        g.set_constant(true);
        g.set_linkage(Linkage::Private);
        self.bytes.insert(data.to_vec(), g);
        g.as_pointer_value()
    }

    fn const_global(&self, name: &str) -> GlobalValue<'ctx> {
        let g = self.module.add_global(self.ctx.i64_type(), None, name);
        g.set_initializer(&self.ctx.i64_type().const_zero());
        g.set_linkage(Linkage::Internal);
        g
    }

    /// A new zeroed inline cache for one attribute site (rt's `inline_cache::SiteCache`:
    /// four entries of four words).
    pub fn site_cache(&mut self) -> GlobalValue<'ctx> {
        let ty = self.ctx.i64_type().array_type(16);
        let g = self.module.add_global(ty, None, &format!("site.{}", self.site_caches));
        g.set_initializer(&ty.const_zero());
        g.set_linkage(Linkage::Internal);
        self.site_caches += 1;
        g
    }

    pub fn str_const(&mut self, s: &str) -> GlobalValue<'ctx> {
        if let Some(g) = self.str_consts.get(s) {
            return *g;
        }
        let g = self.const_global(&format!("str.{}", self.str_consts.len()));
        self.str_consts.insert(s.to_string(), g);
        g
    }

    pub fn int_const(&mut self, digits: &str) -> GlobalValue<'ctx> {
        if let Some(g) = self.int_consts.get(digits) {
            return *g;
        }
        let g = self.const_global(&format!("int.{}", self.int_consts.len()));
        self.int_consts.insert(digits.to_string(), g);
        g
    }

    pub fn bytes_const(&mut self, data: &[u8]) -> GlobalValue<'ctx> {
        if let Some(g) = self.bytes_consts.get(data) {
            return *g;
        }
        let g = self.const_global(&format!("bytes_obj.{}", self.bytes_consts.len()));
        self.bytes_consts.insert(data.to_vec(), g);
        g
    }

    pub fn float_const(&mut self, f: f64) -> GlobalValue<'ctx> {
        if let Some(g) = self.float_consts.get(&f.to_bits()) {
            return *g;
        }
        let g = self.const_global(&format!("float_obj.{}", self.float_consts.len()));
        self.float_consts.insert(f.to_bits(), g);
        g
    }

    pub fn kwnames_const(&mut self, names: &[String]) -> GlobalValue<'ctx> {
        if let Some(g) = self.kwname_consts.get(names) {
            return *g;
        }
        for n in names {
            self.str_const(n);
        }
        let g = self.const_global(&format!("kwnames.{}", self.kwname_consts.len()));
        self.kwname_consts.insert(names.to_vec(), g);
        g
    }

    /// A traceback location in module `module`: the line and the caret line CPython prints
    /// under it.
    pub fn location(&mut self, module: usize, span: Span) -> GlobalValue<'ctx> {
        if let Some(g) = self.locations.get(&(module, span)) {
            return *g;
        }
        let m = &self.prog.modules[module];
        let carets = if m.frozen { None } else { caret_line(&m.source, &self.lines[module], &span) };
        let carets = carets.unwrap_or_default();
        let [p, n] = self.str_pair(&carets);
        let line = self.ctx.i32_type().const_int(u64::from(span.line), false);
        let g = self.static_struct(&format!("loc.{}", self.locations.len()), &[line.into(), p, n]);
        self.locations.insert((module, span), g);
        g
    }

    /// A `{ptr, len}` pair for a string, as rt's static info structs hold them.
    pub fn str_pair(&mut self, s: &str) -> [BasicValueEnum<'ctx>; 2] {
        let p = self.bytes(s.as_bytes());
        [p.into(), self.ctx.i64_type().const_int(s.len() as u64, false).into()]
    }

    fn static_struct(&self, name: &str, fields: &[BasicValueEnum<'ctx>]) -> GlobalValue<'ctx> {
        let v = self.ctx.const_struct(fields, false);
        let g = self.module.add_global(v.get_type(), None, name);
        g.set_initializer(&v);
        g.set_constant(true);
        g.set_linkage(Linkage::Private);
        g
    }
}

pub fn generate<'ctx>(ctx: &'ctx Context, prog: &Program) -> Result<Module<'ctx>, String> {
    let module = ctx.create_module("krait_program");
    let ret_float = module.add_global(ctx.f64_type(), None, "ret_float");
    ret_float.set_initializer(&ctx.f64_type().const_zero());
    ret_float.set_linkage(Linkage::Internal);
    let mut g = Gen {
        ctx,
        module,
        prog,
        funcs: Vec::new(),
        globals: Vec::new(),
        code_infos: Vec::new(),
        class_code_infos: Vec::new(),
        func_infos: HashMap::new(),
        resumes: HashMap::new(),
        bytes: HashMap::new(),
        str_consts: HashMap::new(),
        int_consts: HashMap::new(),
        bytes_consts: HashMap::new(),
        float_consts: HashMap::new(),
        kwname_consts: HashMap::new(),
        locations: HashMap::new(),
        lines: prog.modules.iter().map(|m| LineIndex::new(&m.source)).collect(),
        module_descs: Vec::new(),
        site_caches: 0,
        guards: Vec::new(),
        ret_float,
    };
    for i in 0..prog.classes.len() {
        // `UNSEALED` (rt's `sealed.rs`) until rt seals the class.
        let guard = g.const_global(&format!("guard.{i}"));
        guard.set_initializer(&ctx.i64_type().const_int(crate::layout::UNSEALED, false));
        g.guards.push(guard);
    }
    for (i, gl) in prog.globals.iter().enumerate() {
        let v = g.module.add_global(ctx.i64_type(), None, &format!("global.{i}"));
        v.set_initializer(&ctx.i64_type().const_zero());
        v.set_linkage(Linkage::Internal);
        let _ = &gl.name;
        g.globals.push(v);
    }
    // Each module's source file, for traceback lines.
    let sources: Vec<GlobalValue> = prog
        .modules
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let path = g.str_pair(&m.path);
            let text = g.str_pair(if m.frozen { "" } else { &m.source });
            g.static_struct(&format!("source_file.{i}"), &[path[0], path[1], text[0], text[1]])
        })
        .collect();
    // Declare every function first (calls may go forward).
    for (i, f) in prog.funcs.iter().enumerate() {
        // The closure, if any, is a hidden last parameter (local `_n`, a `Dyn`).
        let params = param_types(ctx, f);
        let fn_ty = llvm_type(ctx, f.ret).fn_type(&params, false);
        let name = format!("py.{i}.{}", f.qualname.replace(['<', '>'], ""));
        let fv = g.module.add_function(&name, fn_ty, Some(Linkage::Internal));
        if f.cold {
            // Not optimised, and instruction selection takes the fast path for it.
            for attr in ["optnone", "noinline"] {
                let kind = inkwell::attributes::Attribute::get_named_enum_kind_id(attr);
                fv.add_attribute(inkwell::attributes::AttributeLoc::Function, ctx.create_enum_attribute(kind, 0));
            }
        }
        g.funcs.push(fv);
        if f.generator {
            let ptr = ctx.ptr_type(inkwell::AddressSpace::default());
            let resume_ty = ctx.i64_type().fn_type(&[ptr.into(), ctx.i64_type().into()], false);
            let rv = g.module.add_function(&format!("resume.{i}"), resume_ty, Some(Linkage::Internal));
            g.resumes.insert(i, rv);
        }
        let n = g.str_pair(&f.name);
        let source = sources[f.module];
        let info = g.static_struct(&format!("code.{i}"), &[n[0], n[1], source.as_pointer_value().into()]);
        g.code_infos.push(info);
        let frames = f.class_frames.iter().enumerate().map(|(k, name)| {
            let n = g.str_pair(name);
            g.static_struct(&format!("code.{i}.{k}"), &[n[0], n[1], source.as_pointer_value().into()])
        });
        let frames = frames.collect();
        g.class_code_infos.push(frames);
    }
    module_descs(&mut g)?;
    for (i, f) in prog.funcs.iter().enumerate() {
        if f.kind == (FuncKind::Def { generic: true }) {
            let info = func_info(&mut g, i);
            let entry = generic_entry(&mut g, i)?;
            g.func_infos.insert(i, (info, entry));
        }
    }
    for i in 0..prog.funcs.len() {
        function::generate(&mut g, i)?;
    }
    constants_init(&mut g)?;
    c_main(&mut g)?;
    Ok(g.module)
}

/// A `ModuleDesc` for each module (rt's `modules::user`): its name, file, body, package,
/// its variables by name, and the word where rt keeps the module object once imported.
fn module_descs(g: &mut Gen<'_, '_>) -> Result<(), String> {
    let ctx = g.ctx;
    let (i64t, ptr) = (ctx.i64_type(), g.ptr_type());
    let pair_ty = ctx.struct_type(&[ptr.into(), i64t.into()], false);
    // Declared first: a submodule's descriptor points at its package's.
    let descs: Vec<GlobalValue> =
        (0..g.prog.modules.len()).map(|i| g.module.add_global(desc_type(g), None, &format!("moddesc.{i}"))).collect();
    for (i, m) in g.prog.modules.iter().enumerate() {
        let names: Vec<_> = m
            .globals
            .iter()
            .map(|gid| {
                let [a, b] = g.str_pair(&g.prog.globals[gid.index()].name);
                pair_ty.const_named_struct(&[a, b])
            })
            .collect();
        let names_arr = pair_ty.const_array(&names);
        let names_g = g.module.add_global(names_arr.get_type(), None, &format!("modnames.{i}"));
        names_g.set_initializer(&names_arr);
        names_g.set_constant(true);
        names_g.set_linkage(Linkage::Private);
        let slots: Vec<_> = m.globals.iter().map(|gid| g.globals[gid.index()].as_pointer_value()).collect();
        let slots_arr = ptr.const_array(&slots);
        let slots_g = g.module.add_global(slots_arr.get_type(), None, &format!("modslots.{i}"));
        slots_g.set_initializer(&slots_arr);
        slots_g.set_constant(true);
        slots_g.set_linkage(Linkage::Private);
        let state = g.const_global(&format!("modstate.{i}"));
        let [np, nl] = g.str_pair(&m.name);
        let [fp, fl] = g.str_pair(&m.path);
        let [dp, dl] = match &m.doc {
            Some(d) => g.str_pair(d),
            None => [ptr.const_null().into(), i64t.const_zero().into()],
        };
        let body = g.funcs[m.body.index()].as_global_value().as_pointer_value();
        let parent = m.parent.map_or(ptr.const_null(), |p| descs[p].as_pointer_value());
        let fields: [BasicValueEnum; 13] = [
            np,
            nl,
            fp,
            fl,
            dp,
            dl,
            body.into(),
            parent.into(),
            names_g.as_pointer_value().into(),
            slots_g.as_pointer_value().into(),
            i64t.const_int(m.globals.len() as u64, false).into(),
            // 1: a package, 2: a namespace package.
            i64t.const_int(if m.namespace { 2 } else { u64::from(m.package) }, false).into(),
            state.as_pointer_value().into(),
        ];
        let v = ctx.const_struct(&fields, false);
        descs[i].set_initializer(&v);
        descs[i].set_constant(true);
        descs[i].set_linkage(Linkage::Private);
    }
    // Every module's descriptor, for rt to import one by name (`import::by_name`).
    let table_ty = ptr.array_type(descs.len() as u32);
    let table = g.module.add_global(table_ty, None, "krait_program_modules");
    table.set_initializer(&ptr.const_array(&descs.iter().map(|d| d.as_pointer_value()).collect::<Vec<_>>()));
    table.set_constant(true);
    let count = g.module.add_global(i64t, None, "krait_program_module_count");
    count.set_initializer(&i64t.const_int(descs.len() as u64, false));
    count.set_constant(true);
    g.module_descs = descs;
    Ok(())
}

/// The LLVM type of rt's `ModuleDesc`.
fn desc_type<'ctx>(g: &Gen<'ctx, '_>) -> inkwell::types::StructType<'ctx> {
    let (i64t, ptr) = (g.ctx.i64_type(), g.ptr_type());
    g.ctx.struct_type(
        &[
            ptr.into(),
            i64t.into(),
            ptr.into(),
            i64t.into(),
            ptr.into(),
            i64t.into(),
            ptr.into(),
            ptr.into(),
            ptr.into(),
            ptr.into(),
            i64t.into(),
            i64t.into(),
            ptr.into(),
        ],
        false,
    )
}

fn func_info<'ctx>(g: &mut Gen<'ctx, '_>, i: usize) -> GlobalValue<'ctx> {
    let f = &g.prog.funcs[i];
    let (name, qualname, params) = (f.name.clone(), f.qualname.clone(), f.param_names.clone());
    let pair_ty = g.ctx.struct_type(&[g.ptr_type().into(), g.ctx.i64_type().into()], false);
    let pairs: Vec<_> = params
        .iter()
        .map(|p| {
            let [a, b] = g.str_pair(p);
            pair_ty.const_named_struct(&[a, b])
        })
        .collect();
    let arr = pair_ty.const_array(&pairs);
    let names = g.module.add_global(arr.get_type(), None, &format!("params.{i}"));
    names.set_initializer(&arr);
    names.set_constant(true);
    names.set_linkage(Linkage::Private);
    let n = g.str_pair(&name);
    let q = g.str_pair(&qualname);
    let count = g.ctx.i64_type().const_int(params.len() as u64, false);
    let shape = g.ctx.i64_type().const_int(g.prog.funcs[i].shape, false);
    // A missing docstring is a null pointer.
    let doc = match g.prog.funcs[i].doc.clone() {
        Some(d) => g.str_pair(&d),
        None => [g.ptr_type().const_null().into(), g.ctx.i64_type().const_zero().into()],
    };
    let module = g.prog.modules[g.prog.funcs[i].module].name.clone();
    let m = g.str_pair(&module);
    g.static_struct(
        &format!("funcinfo.{i}"),
        &[
            n[0],
            n[1],
            q[0],
            q[1],
            names.as_pointer_value().into(),
            count.into(),
            shape.into(),
            doc[0],
            doc[1],
            m[0],
            m[1],
        ],
    )
}

/// `(func, args, nargs, kwnames) -> Value`: binds the arguments and calls the function.
fn generic_entry<'ctx>(g: &mut Gen<'ctx, '_>, i: usize) -> Result<FunctionValue<'ctx>, String> {
    let ctx = g.ctx;
    let i64t = ctx.i64_type();
    let ptr = g.ptr_type();
    let ty = i64t.fn_type(&[i64t.into(), ptr.into(), i64t.into(), i64t.into()], false);
    let entry = g.module.add_function(&format!("entry.{i}"), ty, Some(Linkage::Internal));
    let b = ctx.create_builder();
    let bb = ctx.append_basic_block(entry, "entry");
    b.position_at_end(bb);
    let f = &g.prog.funcs[i];
    let n = f.param_names.len();
    let err = |e: inkwell::builder::BuilderError| e.to_string();
    let arr_ty = i64t.array_type(n.max(1) as u32);
    let out = b.build_alloca(arr_ty, "params").map_err(err)?;
    let p = |k: u32| entry.get_nth_param(k).ok_or("missing parameter");
    let (bind_bb, call_bb, fail_bb) = (
        ctx.append_basic_block(entry, "bind"),
        ctx.append_basic_block(entry, "call"),
        ctx.append_basic_block(entry, "fail"),
    );
    // One positional argument per parameter of a function without keyword-only, `*args` or
    // `**kwargs` parameters (rt's `krait_bind_args` would copy them as they are): the
    // parameters are the arguments.
    let params_ptr = if f.shape >> 16 == 0 {
        let positional_bb = ctx.append_basic_block(entry, "positional");
        let no_kw = b
            .build_int_compare(inkwell::IntPredicate::EQ, p(3)?.into_int_value(), i64t.const_zero(), "no_kw")
            .map_err(err)?;
        let count = b
            .build_int_compare(
                inkwell::IntPredicate::EQ,
                p(2)?.into_int_value(),
                i64t.const_int(n as u64, false),
                "count",
            )
            .map_err(err)?;
        let plain = b.build_and(no_kw, count, "plain").map_err(err)?;
        b.build_conditional_branch(plain, positional_bb, bind_bb).map_err(err)?;
        b.position_at_end(positional_bb);
        b.build_unconditional_branch(call_bb).map_err(err)?;
        Some(positional_bb)
    } else {
        b.build_unconditional_branch(bind_bb).map_err(err)?;
        None
    };
    b.position_at_end(bind_bb);
    let ok = b
        .build_call(
            g.rt("krait_bind_args"),
            &[p(0)?.into(), p(1)?.into(), p(2)?.into(), p(3)?.into(), out.into()],
            "bound",
        )
        .map_err(err)?
        .try_as_basic_value()
        .basic()
        .ok_or("bind_args returns nothing")?
        .into_int_value();
    b.build_conditional_branch(ok, call_bb, fail_bb).map_err(err)?;
    b.position_at_end(fail_bb);
    b.build_return(Some(&i64t.const_zero())).map_err(err)?;
    b.position_at_end(call_bb);
    // The bound parameters: the caller's arguments on the fast path, else `out`.
    let base = match params_ptr {
        Some(positional_bb) => {
            let phi = b.build_phi(ptr, "params").map_err(err)?;
            phi.add_incoming(&[(&p(1)?.into_pointer_value(), positional_bb), (&out, bind_bb)]);
            phi.as_basic_value().into_pointer_value()
        }
        None => out,
    };
    let mut args = Vec::with_capacity(n);
    let shadows = shadows::shadow_convention(f);
    for k in 0..n {
        // SAFETY: k < n, the length of `out` and (on the fast path) the caller's arguments.
        let slot =
            unsafe { b.build_in_bounds_gep(i64t, base, &[i64t.const_int(k as u64, false)], "slot") }.map_err(err)?;
        args.push(b.build_load(i64t, slot, "arg").map_err(err)?.into());
        if shadows {
            // A word from rt is never `UNBOXED`: no float beside it.
            args.push(ctx.f64_type().const_zero().into());
        }
    }
    if !f.freevars.is_empty() {
        let closure = b
            .build_call(g.rt("krait_function_closure"), &[p(0)?.into()], "closure")
            .map_err(err)?
            .try_as_basic_value()
            .basic()
            .ok_or("function_closure returns nothing")?;
        args.push(closure.into());
    }
    let site = b.build_call(g.funcs[i], &args, "r").map_err(err)?;
    // The specialisation stays a call here: compiled callers call it directly, and a copy
    // of its body in its entry would only grow the program (and its compile time).
    let noinline = ctx.create_enum_attribute(inkwell::attributes::Attribute::get_named_enum_kind_id("noinline"), 0);
    site.add_attribute(inkwell::attributes::AttributeLoc::Function, noinline);
    let r = site.try_as_basic_value().basic().ok_or("no result")?;
    let r = if shadows && f.ret == Type::Dyn { function::box_unboxed_result(g, &b, r.into_int_value())? } else { r };
    let boxed = box_result(g, &b, r, f.ret)?;
    b.build_return(Some(&boxed)).map_err(err)?;
    Ok(entry)
}

/// Converts a native result to a `Value` word, preserving the error convention.
fn box_result<'ctx>(
    g: &Gen<'ctx, '_>,
    b: &Builder<'ctx>,
    r: BasicValueEnum<'ctx>,
    ty: Type,
) -> Result<BasicValueEnum<'ctx>, String> {
    let err = |e: inkwell::builder::BuilderError| e.to_string();
    let i64t = g.ctx.i64_type();
    match ty {
        Type::Float | Type::Bool => {
            let boxed = function::box_value(g, b, r, ty)?;
            let exc = b.build_load(i64t, exc_global(g).as_pointer_value(), "exc").map_err(err)?.into_int_value();
            let failed =
                b.build_int_compare(inkwell::IntPredicate::NE, exc, i64t.const_zero(), "failed").map_err(err)?;
            Ok(b.build_select(failed, i64t.const_zero(), boxed.into_int_value(), "res").map_err(err)?)
        }
        _ => Ok(r),
    }
}

/// The rt global holding the pending exception.
pub fn exc_global<'ctx>(g: &Gen<'ctx, '_>) -> GlobalValue<'ctx> {
    g.module.get_global("krait_exc").unwrap_or_else(|| g.module.add_global(g.ctx.i64_type(), None, "krait_exc"))
}

/// Constants made from their bytes at start-up, with their globals.
type DataConsts<'ctx> = Vec<(Vec<u8>, GlobalValue<'ctx>)>;

/// `krait.init_consts`: creates the `str`, big-int, `bytes`, boxed-float and keyword-name
/// constants at start-up.
fn constants_init(g: &mut Gen<'_, '_>) -> Result<(), String> {
    let ctx = g.ctx;
    let f = g.module.get_function("krait.init_consts").ok_or("init function not declared")?;
    let b = ctx.create_builder();
    let bb = ctx.append_basic_block(f, "entry");
    b.position_at_end(bb);
    let err = |e: inkwell::builder::BuilderError| e.to_string();
    let i64t = ctx.i64_type();
    // Each constant made from its bytes by an rt entry `(ptr, len) -> Value`.
    let from_data: [(&str, DataConsts); 3] = [
        ("krait_str_const", g.str_consts.iter().map(|(k, v)| (k.as_bytes().to_vec(), *v)).collect()),
        ("krait_int_const", g.int_consts.iter().map(|(k, v)| (k.as_bytes().to_vec(), *v)).collect()),
        ("krait_bytes_const", g.bytes_consts.iter().map(|(k, v)| (k.clone(), *v)).collect()),
    ];
    for (entry, consts) in from_data {
        for (data, gv) in consts {
            let p = g.bytes(&data);
            let v = b
                .build_call(g.rt(entry), &[p.into(), i64t.const_int(data.len() as u64, false).into()], "c")
                .map_err(err)?
                .try_as_basic_value()
                .basic()
                .ok_or("no result")?;
            b.build_store(gv.as_pointer_value(), v).map_err(err)?;
        }
    }
    let floats: Vec<(u64, GlobalValue)> = g.float_consts.iter().map(|(k, v)| (*k, *v)).collect();
    for (bits, gv) in floats {
        let x = ctx.f64_type().const_float(f64::from_bits(bits));
        let v = b
            .build_call(g.rt("krait_float_new"), &[x.into()], "f")
            .map_err(err)?
            .try_as_basic_value()
            .basic()
            .ok_or("no result")?;
        b.build_store(gv.as_pointer_value(), v).map_err(err)?;
    }
    let kws: Vec<(Vec<String>, GlobalValue)> = g.kwname_consts.iter().map(|(k, v)| (k.clone(), *v)).collect();
    for (names, gv) in kws {
        let arr_ty = i64t.array_type(names.len() as u32);
        let arr = b.build_alloca(arr_ty, "names").map_err(err)?;
        for (k, n) in names.iter().enumerate() {
            let sg = g.str_consts[n];
            let v = b.build_load(i64t, sg.as_pointer_value(), "n").map_err(err)?;
            // SAFETY: k < names.len().
            let slot = unsafe {
                b.build_in_bounds_gep(arr_ty, arr, &[i64t.const_zero(), i64t.const_int(k as u64, false)], "slot")
            }
            .map_err(err)?;
            b.build_store(slot, v).map_err(err)?;
        }
        let t = b
            .build_call(g.rt("krait_tuple_new"), &[arr.into(), i64t.const_int(names.len() as u64, false).into()], "t")
            .map_err(err)?
            .try_as_basic_value()
            .basic()
            .ok_or("no result")?;
        b.build_store(gv.as_pointer_value(), t).map_err(err)?;
    }
    b.build_return(None).map_err(err)?;
    Ok(())
}

/// `int main(int argc, char **argv)`: hands the module body to `krait_main`.
fn c_main(g: &mut Gen<'_, '_>) -> Result<(), String> {
    let ctx = g.ctx;
    let i32t = ctx.i32_type();
    let ty = i32t.fn_type(&[i32t.into(), g.ptr_type().into()], false);
    let main = g.module.add_function("main", ty, None);
    let b = ctx.create_builder();
    let bb = ctx.append_basic_block(main, "entry");
    b.position_at_end(bb);
    let err = |e: inkwell::builder::BuilderError| e.to_string();
    let body = g.funcs[g.prog.main.index()];
    // The runtime must lay out its `Vec`s as this compiler expects (`layout.rs`).
    let words = crate::layout::vec_words();
    let (i64t, check) = (ctx.i64_type(), g.rt("krait_check_layout"));
    let args = [
        i64t.const_int(words.ptr, false).into(),
        i64t.const_int(words.len, false).into(),
        i64t.const_int(crate::layout::slice_ptr_word(), false).into(),
    ];
    b.build_call(check, &args, "").map_err(err)?;
    let argc = main.get_nth_param(0).ok_or("argc")?;
    let argv = main.get_nth_param(1).ok_or("argv")?;
    let r = b
        .build_call(
            g.rt("krait_main"),
            &[argc.into(), argv.into(), body.as_global_value().as_pointer_value().into()],
            "code",
        )
        .map_err(err)?
        .try_as_basic_value()
        .basic()
        .ok_or("no result")?;
    b.build_return(Some(&r)).map_err(err)?;
    Ok(())
}

/// Declares the start-up constant initialiser (filled in after all functions are generated).
pub fn declare_init<'ctx>(g: &Gen<'ctx, '_>) -> FunctionValue<'ctx> {
    g.module.get_function("krait.init_consts").unwrap_or_else(|| {
        g.module.add_function("krait.init_consts", g.ctx.void_type().fn_type(&[], false), Some(Linkage::Internal))
    })
}

/// Declares a builtin function entry `krait_builtin_NAME`.
pub fn builtin_entry<'ctx>(g: &Gen<'ctx, '_>, name: &str) -> FunctionValue<'ctx> {
    let (ret, params) = runtime::BUILTIN_SIGNATURE;
    runtime::declare(g.ctx, &g.module, &format!("krait_builtin_{name}"), ret, params)
}

pub fn rt_global<'ctx>(g: &Gen<'ctx, '_>, name: &str) -> GlobalValue<'ctx> {
    g.module.get_global(name).unwrap_or_else(|| g.module.add_global(g.ctx.i64_type(), None, name))
}
