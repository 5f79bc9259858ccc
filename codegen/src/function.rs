//! Code generation for one MIR function.
//!
//! Locals live in stack slots (LLVM's `mem2reg` promotes them). Typed `int` arithmetic
//! has its small-int fast path inline and calls rt only on the slow path; `float` is plain
//! `f64` arithmetic. Every operation that can raise branches on failure to an error block
//! that records the traceback line and continues at the block's handler, or leaves the
//! function with the error marker (DESIGN.md §6).

use std::collections::HashMap;

use inkwell::basic_block::BasicBlock;
use inkwell::builder::{Builder, BuilderError};
use inkwell::intrinsics::Intrinsic;
use inkwell::values::{BasicValue, BasicValueEnum, FunctionValue, IntValue, PointerValue};
use inkwell::{FloatPredicate, IntPredicate};
use krait_lower::builtins;
use krait_lower::mir::{
    BinOp, BlockId, Callee, CmpOp, Constant, Conversion, FuncKind, Function, LocalId, Operand, RaiseKind, Rvalue, Span,
    Statement, Terminator, Type, UnaryOp, shadows,
};

use crate::program::{self, Gen, llvm_type};
use numbers::UNBOXED;

mod instances;
mod lists;
mod numbers;

type R<T> = Result<T, String>;

fn e(err: BuilderError) -> String {
    format!("internal compiler error: LLVM builder: {err}")
}

/// Boxes a typed value into a `Value` word.
pub fn box_value<'ctx>(
    g: &Gen<'ctx, '_>,
    b: &Builder<'ctx>,
    v: BasicValueEnum<'ctx>,
    ty: Type,
) -> R<BasicValueEnum<'ctx>> {
    let i64t = g.ctx.i64_type();
    match ty {
        Type::Float => Ok(call(b, g.rt("krait_float_new"), &[v])?),
        Type::Bool => {
            let t = b.build_ptr_to_int(program::rt_global(g, "krait_true").as_pointer_value(), i64t, "t").map_err(e)?;
            let f =
                b.build_ptr_to_int(program::rt_global(g, "krait_false").as_pointer_value(), i64t, "f").map_err(e)?;
            Ok(b.build_select(v.into_int_value(), t, f, "bool").map_err(e)?.as_basic_value_enum())
        }
        _ => Ok(v),
    }
}

/// The result `r` of a direct call under the shadow convention as an object: an `UNBOXED`
/// one boxes the float its callee left in `Gen::ret_float`.
pub fn box_unboxed_result<'ctx>(g: &Gen<'ctx, '_>, b: &Builder<'ctx>, r: IntValue<'ctx>) -> R<BasicValueEnum<'ctx>> {
    let i64t = g.ctx.i64_type();
    let here = b.get_insert_block().ok_or("builder not positioned")?;
    let f = here.get_parent().ok_or("block outside a function")?;
    let (boxing, join) = (g.ctx.append_basic_block(f, "box_result"), g.ctx.append_basic_block(f, "result"));
    let unboxed = b
        .build_int_compare(IntPredicate::EQ, r, i64t.const_int(numbers::UNBOXED as u64, false), "unboxed")
        .map_err(e)?;
    b.build_conditional_branch(unboxed, boxing, join).map_err(e)?;
    b.position_at_end(boxing);
    let x = b.build_load(g.ctx.f64_type(), g.ret_float.as_pointer_value(), "f").map_err(e)?;
    let boxed = call(b, g.rt("krait_float_new"), &[x])?;
    b.build_unconditional_branch(join).map_err(e)?;
    b.position_at_end(join);
    let phi = b.build_phi(i64t, "r").map_err(e)?;
    phi.add_incoming(&[(&r, here), (&boxed, boxing)]);
    Ok(phi.as_basic_value())
}

fn call<'ctx>(b: &Builder<'ctx>, f: FunctionValue<'ctx>, args: &[BasicValueEnum<'ctx>]) -> R<BasicValueEnum<'ctx>> {
    let args: Vec<_> = args.iter().map(|&a| a.into()).collect();
    b.build_call(f, &args, "").map_err(e)?.try_as_basic_value().basic().ok_or_else(|| "call has no result".into())
}

fn call_void<'ctx>(b: &Builder<'ctx>, f: FunctionValue<'ctx>, args: &[BasicValueEnum<'ctx>]) -> R<()> {
    let args: Vec<_> = args.iter().map(|&a| a.into()).collect();
    b.build_call(f, &args, "").map_err(e)?;
    Ok(())
}

/// How a failed operation is detected.
#[derive(Clone, Copy)]
enum Check {
    /// Cannot raise.
    None,
    /// A null `Value` result.
    Null,
    /// An `i32` result of -1.
    MinusOne,
    /// A false `bool` result.
    False,
    /// The pending-exception global is set.
    Pending,
}

struct FnGen<'g, 'ctx, 'p> {
    g: &'g mut Gen<'ctx, 'p>,
    f: &'p Function,
    index: usize,
    fv: FunctionValue<'ctx>,
    b: Builder<'ctx>,
    slots: Vec<PointerValue<'ctx>>,
    /// The float shadow of each local that has one (`numbers`).
    shadows: Vec<Option<PointerValue<'ctx>>>,
    blocks: Vec<BasicBlock<'ctx>>,
    /// The block being generated (for its handler and line).
    cur: usize,
    /// Location of the operation being generated, for its traceback entry.
    span: Span,
    /// Error blocks by (location, handler), shared by every failing operation with the same pair.
    error_blocks: HashMap<(Span, Option<BlockId>), BasicBlock<'ctx>>,
    /// Blocks that continue unwinding without a traceback entry, by handler.
    unwind_blocks: HashMap<Option<BlockId>, BasicBlock<'ctx>>,
    /// The saved depth budget, restored on every exit.
    depth: Option<IntValue<'ctx>>,
    /// For a generator's resume function: the frame (slot 0 is the state: 0 before the
    /// start, `k` when suspended at the `k`-th resume point, -1 when finished; the locals
    /// follow) and the resume point number of each block a `Yield` resumes at.
    frame: Option<PointerValue<'ctx>>,
    resume_points: HashMap<BlockId, u64>,
}

/// The state a finished generator's frame holds.
const FINISHED: i64 = -1;

/// The location of a function's `def` line (where a `RecursionError` is reported).
fn def_span(f: &Function) -> Span {
    Span { line: f.line, start: 0, end: 0, anchor: None }
}

pub fn generate(g: &mut Gen<'_, '_>, index: usize) -> R<()> {
    let f = &g.prog.funcs[index];
    let fv = match g.resumes.get(&index) {
        Some(&resume) => {
            generator_maker(g, index, resume)?;
            resume
        }
        None => g.funcs[index],
    };
    let b = g.ctx.create_builder();
    let mut fg = FnGen {
        g,
        f,
        index,
        fv,
        b,
        slots: Vec::new(),
        shadows: Vec::new(),
        blocks: Vec::new(),
        cur: 0,
        span: def_span(f),
        error_blocks: HashMap::new(),
        unwind_blocks: HashMap::new(),
        depth: None,
        frame: None,
        resume_points: HashMap::new(),
    };
    fg.run()
}

/// The body of a generator function as called: a frame holding the arguments in their
/// locals' slots, in a new generator object that runs the resume function.
fn generator_maker<'ctx>(g: &mut Gen<'ctx, '_>, index: usize, resume: FunctionValue<'ctx>) -> R<()> {
    let f = &g.prog.funcs[index];
    let fv = g.funcs[index];
    let b = g.ctx.create_builder();
    b.position_at_end(g.ctx.append_basic_block(fv, "entry"));
    let i64t = g.ctx.i64_type();
    let nslots = i64t.const_int(1 + f.locals.len() as u64, false);
    let frame = call(&b, g.rt("krait_frame_new"), &[nslots.into()])?.into_pointer_value();
    for (k, p) in fv.get_param_iter().enumerate() {
        // SAFETY: the frame has a slot for every local; parameters are the first locals.
        let slot =
            unsafe { b.build_in_bounds_gep(i64t, frame, &[i64t.const_int(1 + k as u64, false)], "slot") }.map_err(e)?;
        b.build_store(slot, p).map_err(e)?;
    }
    let [qp, ql] = g.str_pair(&f.qualname);
    let [np, nl] = g.str_pair(&f.name);
    let resume_ptr = resume.as_global_value().as_pointer_value();
    let generator = call(&b, g.rt("krait_generator_new"), &[resume_ptr.into(), frame.into(), qp, ql, np, nl])?;
    b.build_return(Some(&generator)).map_err(e)?;
    Ok(())
}

impl<'ctx> FnGen<'_, 'ctx, '_> {
    fn i64(&self) -> inkwell::types::IntType<'ctx> {
        self.g.ctx.i64_type()
    }

    fn int(&self, v: i64) -> IntValue<'ctx> {
        self.i64().const_int(v as u64, true)
    }

    fn run(&mut self) -> R<()> {
        let ctx = self.g.ctx;
        let entry = ctx.append_basic_block(self.fv, "entry");
        self.b.position_at_end(entry);
        if self.f.generator {
            return self.run_generator();
        }
        for (i, l) in self.f.locals.iter().enumerate() {
            let ty = llvm_type(ctx, l.ty);
            let slot = self.b.build_alloca(ty, &format!("l{i}")).map_err(e)?;
            self.slots.push(slot);
        }
        for (i, shadowed) in shadows::shadowed_locals(self.g.prog, self.f).into_iter().enumerate() {
            let shadow =
                if shadowed { Some(self.b.build_alloca(ctx.f64_type(), &format!("f{i}")).map_err(e)?) } else { None };
            self.shadows.push(shadow);
        }
        // Parameters (under the shadow convention a `Dyn` one's float follows it), then the
        // closure if the function has one.
        let convention = shadows::shadow_convention(self.f);
        let nparams = self.f.param_names.len() + usize::from(!self.f.freevars.is_empty());
        let mut next = 0;
        for (i, l) in self.f.locals.iter().enumerate() {
            let init: BasicValueEnum = if i < nparams {
                next += 1;
                self.fv.get_nth_param(next - 1).ok_or("missing parameter")?
            } else {
                llvm_type(ctx, l.ty).const_zero()
            };
            self.b.build_store(self.slots[i], init).map_err(e)?;
            if convention && i < self.f.param_names.len() && l.ty == Type::Dyn {
                let f = self.fv.get_nth_param(next).ok_or("missing parameter")?;
                next += 1;
                match self.shadows[i] {
                    Some(shadow) => {
                        self.b.build_store(shadow, f).map_err(e)?;
                    }
                    None => {
                        // A parameter used only as an object: an unboxed float is boxed now.
                        let w = init.into_int_value();
                        let unboxed = self
                            .b
                            .build_int_compare(IntPredicate::EQ, w, self.int(numbers::UNBOXED), "unboxed")
                            .map_err(e)?;
                        let boxed = self.diamond(
                            unboxed,
                            self.i64().into(),
                            &mut |s: &mut Self| call(&s.b, s.g.rt("krait_float_new"), &[f]),
                            &mut |_| Ok(w.into()),
                        )?;
                        self.b.build_store(self.slots[i], boxed).map_err(e)?;
                    }
                }
            }
        }
        for i in 0..self.f.blocks.len() {
            self.blocks.push(ctx.append_basic_block(self.fv, &format!("bb{i}")));
        }
        match self.f.kind {
            // The script's body makes the constants; other modules' bodies run later.
            FuncKind::Module if self.f.module == 0 => {
                let init = program::declare_init(self.g);
                call_void(&self.b, init, &[])?;
            }
            FuncKind::Module => {}
            FuncKind::Def { .. } => self.prologue()?,
        }
        self.b.build_unconditional_branch(self.blocks[self.f.entry.index()]).map_err(e)?;
        self.blocks_body()
    }

    /// A generator's resume function: its locals live in the frame, and it continues where
    /// the frame's state says.
    fn run_generator(&mut self) -> R<()> {
        let ctx = self.g.ctx;
        let i64t = self.i64();
        let frame = self.fv.get_nth_param(0).ok_or("missing frame")?.into_pointer_value();
        self.frame = Some(frame);
        for i in 0..self.f.locals.len() {
            // SAFETY: the maker allocated a slot for every local after the state.
            let slot = unsafe { self.b.build_in_bounds_gep(i64t, frame, &[i64t.const_int(1 + i as u64, false)], "l") }
                .map_err(e)?;
            self.slots.push(slot);
            self.shadows.push(None);
        }
        for i in 0..self.f.blocks.len() {
            self.blocks.push(ctx.append_basic_block(self.fv, &format!("bb{i}")));
        }
        self.prologue()?;
        let mut cases = Vec::new();
        for b in &self.f.blocks {
            if let Terminator::Yield { resume, .. } = b.term {
                let k = self.resume_points.len() as u64 + 1;
                self.resume_points.insert(resume, k);
                cases.push((i64t.const_int(k, false), self.blocks[resume.index()]));
            }
        }
        let state = self.b.build_load(i64t, frame, "state").map_err(e)?.into_int_value();
        let start = self.blocks[self.f.entry.index()];
        self.b.build_switch(state, start, &cases).map_err(e)?;
        self.blocks_body()
    }

    /// Stores a generator's state (`k`, or `FINISHED`).
    fn set_generator_state(&mut self, k: i64) -> R<()> {
        let frame = self.frame.ok_or("generator state outside a generator")?;
        self.b.build_store(frame, self.int(k)).map_err(e)?;
        Ok(())
    }

    /// Generates every MIR block.
    fn blocks_body(&mut self) -> R<()> {
        for i in 0..self.f.blocks.len() {
            self.cur = i;
            self.b.position_at_end(self.blocks[i]);
            let block = &self.f.blocks[i];
            for (s, span) in block.stmts.iter().zip(&block.spans) {
                self.span = *span;
                self.statement(s)?;
            }
            self.span = block.term_span;
            self.terminator(&block.term)?;
        }
        Ok(())
    }

    /// Counts the call against the recursion limit: `krait_depth_budget` is how many more
    /// calls may nest before rt must look (at the real limit and the stack pointer). The fast
    /// path decrements it; past zero, rt decides (RecursionError, not a crash).
    fn prologue(&mut self) -> R<()> {
        let i32t = self.g.ctx.i32_type();
        let budget_g = program::rt_global(self.g, "krait_depth_budget");
        let b0 = self.b.build_load(i32t, budget_g.as_pointer_value(), "budget").map_err(e)?.into_int_value();
        let d1 = self.b.build_int_sub(b0, i32t.const_int(1, false), "budget1").map_err(e)?;
        self.b.build_store(budget_g.as_pointer_value(), d1).map_err(e)?;
        self.depth = Some(b0);
        let deep = self.b.build_int_compare(IntPredicate::SLT, d1, i32t.const_zero(), "deep").map_err(e)?;
        let (slow, bad, ok) = (self.new_bb("deep"), self.new_bb("recursion"), self.new_bb("ok"));
        self.b.build_conditional_branch(deep, slow, ok).map_err(e)?;
        self.b.position_at_end(slow);
        // The address of a stack slot stands for the stack pointer (`llvm.frameaddress`
        // would force a frame pointer on every call).
        let marker = self.entry_alloca(self.g.ctx.i8_type().into())?;
        let allowed = call(&self.b, self.g.rt("krait_deep_call"), &[d1.into(), marker.into()])?.into_int_value();
        self.b.build_conditional_branch(allowed, ok, bad).map_err(e)?;
        // The call fails before the callee's frame runs: the traceback's last entry is the
        // caller's call (as CPython's check when pushing the frame).
        self.b.position_at_end(bad);
        self.cur = self.f.entry.index();
        self.span = def_span(self.f);
        let target = self.return_error()?;
        self.b.build_unconditional_branch(target).map_err(e)?;
        self.b.position_at_end(ok);
        Ok(())
    }

    fn new_bb(&self, name: &str) -> BasicBlock<'ctx> {
        self.g.ctx.append_basic_block(self.fv, name)
    }

    fn restore_depth(&self) -> R<()> {
        if let Some(d) = self.depth {
            let budget_g = program::rt_global(self.g, "krait_depth_budget");
            self.b.build_store(budget_g.as_pointer_value(), d).map_err(e)?;
        }
        Ok(())
    }

    /// The block that leaves the function with the error marker.
    fn return_error(&mut self) -> R<BasicBlock<'ctx>> {
        let key = None;
        if let Some(&bb) = self.unwind_blocks.get(&key) {
            return Ok(bb);
        }
        let saved = self.b.get_insert_block();
        let bb = self.new_bb("return_error");
        self.b.position_at_end(bb);
        self.restore_depth()?;
        let zero = llvm_type(self.g.ctx, self.f.ret).const_zero();
        self.b.build_return(Some(&zero)).map_err(e)?;
        if let Some(s) = saved {
            self.b.position_at_end(s);
        }
        self.unwind_blocks.insert(key, bb);
        Ok(bb)
    }

    /// Where an exception goes from the current block without a new traceback entry.
    fn unwind_target(&mut self) -> R<BasicBlock<'ctx>> {
        match self.f.blocks[self.cur].handler {
            Some(h) => Ok(self.blocks[h.index()]),
            None => self.return_error(),
        }
    }

    /// An error block: records the current location in the traceback, then unwinds to the
    /// current block's handler.
    fn error_block(&mut self) -> R<BasicBlock<'ctx>> {
        let handler = self.f.blocks[self.cur].handler;
        let key = (self.span, handler);
        if let Some(&bb) = self.error_blocks.get(&key) {
            return Ok(bb);
        }
        let saved = self.b.get_insert_block();
        let bb = self.new_bb(&format!("error_line{}", self.span.line));
        self.b.position_at_end(bb);
        self.traceback_entry()?;
        let target = match handler {
            Some(h) => self.blocks[h.index()],
            None => self.return_error()?,
        };
        self.b.build_unconditional_branch(target).map_err(e)?;
        if let Some(s) = saved {
            self.b.position_at_end(s);
        }
        self.error_blocks.insert(key, bb);
        Ok(bb)
    }

    /// Records the pending exception passing through the current block's frame (the
    /// function's, or a class body's) at the current location.
    fn traceback_entry(&mut self) -> R<()> {
        let info = match self.f.blocks[self.cur].frame {
            Some(k) => self.g.class_code_infos[self.index][k as usize],
            None => self.g.code_infos[self.index],
        };
        let loc = self.g.location(self.f.module, self.span).as_pointer_value();
        call_void(&self.b, self.g.rt("krait_traceback_add"), &[info.as_pointer_value().into(), loc.into()])
    }

    /// Branches to the error block if `failed`, else continues in a fresh block.
    fn check_flag(&mut self, failed: IntValue<'ctx>) -> R<()> {
        let err = self.error_block()?;
        let ok = self.new_bb("ok");
        self.b.build_conditional_branch(failed, err, ok).map_err(e)?;
        self.b.position_at_end(ok);
        Ok(())
    }

    fn check(&mut self, v: BasicValueEnum<'ctx>, how: Check) -> R<()> {
        let failed = match how {
            Check::None => return Ok(()),
            Check::Null => self
                .b
                .build_int_compare(IntPredicate::EQ, v.into_int_value(), self.i64().const_zero(), "failed")
                .map_err(e)?,
            Check::MinusOne => {
                let m1 = self.g.ctx.i32_type().const_int(u64::MAX, true);
                self.b.build_int_compare(IntPredicate::EQ, v.into_int_value(), m1, "failed").map_err(e)?
            }
            Check::False => self.b.build_not(v.into_int_value(), "failed").map_err(e)?,
            Check::Pending => self.pending()?,
        };
        self.check_flag(failed)
    }

    fn pending(&mut self) -> R<IntValue<'ctx>> {
        let exc = program::exc_global(self.g);
        let v = self.b.build_load(self.i64(), exc.as_pointer_value(), "exc").map_err(e)?.into_int_value();
        self.b.build_int_compare(IntPredicate::NE, v, self.i64().const_zero(), "pending").map_err(e)
    }

    /// Calls an rt function and checks its result.
    fn rt(&mut self, name: &str, args: &[BasicValueEnum<'ctx>], how: Check) -> R<BasicValueEnum<'ctx>> {
        let f = self.g.rt(name);
        let v = call(&self.b, f, args)?;
        self.check(v, how)?;
        Ok(v)
    }

    /// The `bool` held by a value known to be `True` or `False`.
    fn is_true_object(&mut self, v: BasicValueEnum<'ctx>) -> R<BasicValueEnum<'ctx>> {
        let t = program::rt_global(self.g, "krait_true");
        let t = self.b.build_ptr_to_int(t.as_pointer_value(), self.i64(), "t").map_err(e)?;
        Ok(self.b.build_int_compare(IntPredicate::EQ, v.into_int_value(), t, "b").map_err(e)?.into())
    }

    fn rt_void(&mut self, name: &str, args: &[BasicValueEnum<'ctx>]) -> R<()> {
        let f = self.g.rt(name);
        call_void(&self.b, f, args)
    }

    fn local_ty(&self, l: LocalId) -> Type {
        self.f.locals[l.index()].ty
    }

    fn operand_ty(&self, op: &Operand) -> Type {
        match op {
            Operand::Local(l) => self.local_ty(*l),
            Operand::Const(c) => c.ty(),
        }
    }

    fn load_global_ptr(&self, g: inkwell::values::GlobalValue<'ctx>) -> R<BasicValueEnum<'ctx>> {
        self.b.build_load(self.i64(), g.as_pointer_value(), "c").map_err(e)
    }

    fn operand(&mut self, op: &Operand) -> R<BasicValueEnum<'ctx>> {
        match op {
            Operand::Local(l) => self.load_local(*l),
            Operand::Const(c) => self.constant(c),
        }
    }

    fn constant(&mut self, c: &Constant) -> R<BasicValueEnum<'ctx>> {
        Ok(match c {
            Constant::Int(i) => {
                let small = i64::try_from(i).ok().filter(|v| (-(1i64 << 62)..(1i64 << 62)).contains(v));
                match small {
                    Some(v) => self.int((v << 1) | 1).into(),
                    None => {
                        let gv = self.g.int_const(&i.to_string());
                        self.load_global_ptr(gv)?
                    }
                }
            }
            Constant::Float(f) => self.g.ctx.f64_type().const_float(*f).into(),
            Constant::Bool(b) => self.g.ctx.bool_type().const_int(u64::from(*b), false).into(),
            Constant::None => {
                let none = program::rt_global(self.g, "krait_none");
                self.b.build_ptr_to_int(none.as_pointer_value(), self.i64(), "none").map_err(e)?.into()
            }
            Constant::Str(s) => {
                let gv = self.g.str_const(s);
                self.load_global_ptr(gv)?
            }
            Constant::Bytes(d) => {
                let gv = self.g.bytes_const(d);
                self.load_global_ptr(gv)?
            }
        })
    }

    /// An operand as a `Value` word (boxing floats and bools).
    fn word(&mut self, op: &Operand) -> R<BasicValueEnum<'ctx>> {
        if let Operand::Const(Constant::Float(f)) = op {
            let gv = self.g.float_const(*f);
            return self.load_global_ptr(gv);
        }
        let v = self.operand(op)?;
        box_value(self.g, &self.b, v, self.operand_ty(op))
    }

    /// A pointer to a stack array holding the operands as words.
    fn array(&mut self, ops: &[Operand]) -> R<PointerValue<'ctx>> {
        self.array_after(None, ops)
    }

    /// A pointer to a stack array holding `first`, if any, then the operands as words.
    fn array_after(&mut self, first: Option<BasicValueEnum<'ctx>>, ops: &[Operand]) -> R<PointerValue<'ctx>> {
        let i64t = self.i64();
        let n = ops.len() + usize::from(first.is_some());
        let arr_ty = i64t.array_type(n.max(1) as u32);
        let arr = self.entry_alloca(arr_ty.into())?;
        let words = first.into_iter().map(Ok).chain(ops.iter().map(|op| self.word(op)));
        for (k, v) in words.collect::<R<Vec<_>>>()?.into_iter().enumerate() {
            // SAFETY: k < n, within the array.
            let slot = unsafe {
                self.b.build_in_bounds_gep(arr_ty, arr, &[i64t.const_zero(), i64t.const_int(k as u64, false)], "slot")
            }
            .map_err(e)?;
            self.b.build_store(slot, v).map_err(e)?;
        }
        Ok(arr)
    }

    /// Allocates stack space in the entry block (so loops do not grow the stack).
    fn entry_alloca(&mut self, ty: inkwell::types::BasicTypeEnum<'ctx>) -> R<PointerValue<'ctx>> {
        let here = self.b.get_insert_block().ok_or("builder not positioned")?;
        let entry = self.fv.get_first_basic_block().ok_or("no entry block")?;
        match entry.get_first_instruction() {
            Some(i) => self.b.position_before(&i),
            None => self.b.position_at_end(entry),
        }
        let a = self.b.build_alloca(ty, "arr").map_err(e)?;
        self.b.position_at_end(here);
        Ok(a)
    }

    /// The words of a slice's bounds, null for omitted ones.
    fn slice_bounds(
        &mut self,
        start: &Option<Operand>,
        stop: &Option<Operand>,
        step: &Option<Operand>,
    ) -> R<(BasicValueEnum<'ctx>, BasicValueEnum<'ctx>, BasicValueEnum<'ctx>)> {
        let mut bound = |b: &Option<Operand>| match b {
            Some(op) => self.word(op),
            None => Ok(self.null()),
        };
        Ok((bound(start)?, bound(stop)?, bound(step)?))
    }

    fn len(&self, n: usize) -> BasicValueEnum<'ctx> {
        self.i64().const_int(n as u64, false).into()
    }

    fn null(&self) -> BasicValueEnum<'ctx> {
        self.i64().const_zero().into()
    }

    fn str_word(&mut self, s: &str) -> R<BasicValueEnum<'ctx>> {
        self.constant(&Constant::Str(s.to_string()))
    }

    /// A tuple of the operands, or null when there are none.
    fn tuple_or_null(&mut self, items: &[Operand]) -> R<BasicValueEnum<'ctx>> {
        if items.is_empty() {
            return Ok(self.null());
        }
        let arr = self.array(items)?;
        let n = self.len(items.len());
        self.rt("krait_tuple_new", &[arr.into(), n], Check::None)
    }

    fn bytes_arg(&mut self, s: &str) -> [BasicValueEnum<'ctx>; 2] {
        let p = self.g.bytes(s.as_bytes());
        [p.into(), self.len(s.len())]
    }

    /// Arguments of `krait_raise_name_error` for `name`: the name, then this function's
    /// variables and the module's, one per line (rt derives CPython's "Did you mean" from them).
    fn name_error_args(&mut self, name: &str) -> [BasicValueEnum<'ctx>; 6] {
        let locals: Vec<&str> = if self.f.kind == FuncKind::Module {
            Vec::new()
        } else {
            self.f.locals.iter().filter_map(|l| l.name.as_deref()).collect()
        };
        let locals = locals.join("\n");
        let module = &self.g.prog.modules[self.f.module];
        let globals: Vec<&str> = module
            .globals
            .iter()
            .map(|g| self.g.prog.globals[g.index()].name.as_str())
            .filter(|n| !n.contains('.'))
            .collect();
        let globals = globals.join("\n");
        let [p, n] = self.bytes_arg(name);
        let [lp, ln] = self.bytes_arg(&locals);
        let [gp, gn] = self.bytes_arg(&globals);
        [p, n, lp, ln, gp, gn]
    }

    fn kwnames(&mut self, names: &[String]) -> R<BasicValueEnum<'ctx>> {
        if names.is_empty() {
            return Ok(self.null());
        }
        let gv = self.g.kwnames_const(names);
        self.load_global_ptr(gv)
    }

    fn store(&mut self, l: LocalId, v: BasicValueEnum<'ctx>) -> R<()> {
        self.b.build_store(self.slots[l.index()], v).map_err(e)?;
        Ok(())
    }

    fn statement(&mut self, s: &Statement) -> R<()> {
        match s {
            Statement::Assign(l, rv) => {
                if self.assign_shadowed(*l, rv)? {
                    return Ok(());
                }
                let ty = self.local_ty(*l);
                let v = self.rvalue(rv, ty)?;
                self.store(*l, v)
            }
            Statement::Eval(rv) => {
                self.rvalue(rv, Type::Dyn)?;
                Ok(())
            }
            Statement::StoreGlobal(gid, op) => {
                let v = self.word(op)?;
                let gv = self.g.globals[gid.index()];
                self.b.build_store(gv.as_pointer_value(), v).map_err(e)?;
                Ok(())
            }
            Statement::SetAttr { obj, name, value, fields } => self.set_attr(obj, name, value, fields),
            Statement::SealClass { class, cls } => self.seal_class(*class, cls),
            Statement::UnsupportedBinary { op, a, b, inplace } => {
                let (x, y) = (self.word(a)?, self.word(b)?);
                let code = self.g.ctx.i32_type().const_int(*op as u64, false).into();
                let inplace = self.g.ctx.bool_type().const_int(u64::from(*inplace), false).into();
                self.rt("krait_unsupported_binary", &[code, x, y, inplace], Check::Null)?;
                Ok(())
            }
            Statement::DeleteGlobal(gid) => {
                self.load_global(*gid)?;
                let gv = self.g.globals[gid.index()];
                self.b.build_store(gv.as_pointer_value(), self.i64().const_zero()).map_err(e)?;
                Ok(())
            }
            Statement::CheckBound(l) => {
                // The word as it is: a shadowed local's `UNBOXED` is bound.
                let v = self.b.build_load(self.i64(), self.slots[l.index()], "v").map_err(e)?.into_int_value();
                let unbound =
                    self.b.build_int_compare(IntPredicate::EQ, v, self.i64().const_zero(), "unbound").map_err(e)?;
                let (bad, ok) = (self.new_bb("unbound"), self.new_bb("bound"));
                self.b.build_conditional_branch(unbound, bad, ok).map_err(e)?;
                self.b.position_at_end(bad);
                let name = self.f.locals[l.index()].name.clone().unwrap_or_default();
                if self.f.kind == FuncKind::Module {
                    let args = self.name_error_args(&name);
                    call(&self.b, self.g.rt("krait_raise_name_error"), &args)?;
                } else {
                    let [p, n] = self.bytes_arg(&name);
                    call(&self.b, self.g.rt("krait_raise_unbound_local"), &[p, n])?;
                }
                let err = self.error_block()?;
                self.b.build_unconditional_branch(err).map_err(e)?;
                self.b.position_at_end(ok);
                Ok(())
            }
            Statement::TracebackEntry => self.traceback_entry(),
            Statement::PollInterrupt => {
                let flag = program::rt_global(self.g, "krait_interrupted");
                let i8t = self.g.ctx.i8_type();
                let load = self.b.build_load(i8t, flag.as_pointer_value(), "interrupted").map_err(e)?;
                load.as_instruction_value()
                    .ok_or("load is an instruction")?
                    .set_volatile(true)
                    .map_err(|m| m.to_string())?;
                let set = self
                    .b
                    .build_int_compare(IntPredicate::NE, load.into_int_value(), i8t.const_zero(), "set")
                    .map_err(e)?;
                let (raise, go_on) = (self.new_bb("interrupt"), self.new_bb("go_on"));
                self.b.build_conditional_branch(set, raise, go_on).map_err(e)?;
                self.b.position_at_end(raise);
                call(&self.b, self.g.rt("krait_interrupt"), &[])?;
                let err = self.error_block()?;
                self.b.build_unconditional_branch(err).map_err(e)?;
                self.b.position_at_end(go_on);
                Ok(())
            }
            Statement::Unbind(l) => {
                let zero = llvm_type(self.g.ctx, self.local_ty(*l)).const_zero();
                self.store(*l, zero)
            }
            Statement::CellSet { cell, value } => {
                let (c, v) = (self.word(cell)?, self.word(value)?);
                self.rt_void("krait_cell_set", &[c, v])
            }
            Statement::ReleaseList(l) => {
                // An unbound local is a null word.
                let w = self.operand(&Operand::Local(*l))?.into_int_value();
                let bound =
                    self.b.build_int_compare(IntPredicate::NE, w, self.i64().const_zero(), "bound").map_err(e)?;
                let (release, done) = (self.new_bb("release"), self.new_bb("released"));
                self.b.build_conditional_branch(bound, release, done).map_err(e)?;
                self.b.position_at_end(release);
                self.rt_void("krait_list_release", &[w.into()])?;
                self.b.build_unconditional_branch(done).map_err(e)?;
                self.b.position_at_end(done);
                Ok(())
            }
            Statement::CellClear(cell) => {
                let c = self.word(cell)?;
                self.rt_void("krait_cell_set", &[c, self.i64().const_zero().into()])
            }
            Statement::SetItem { obj, index, value } => self.dyn_set_item(obj, index, value),
            Statement::SetSlice { obj, bounds: [start, stop, step], value, from } => {
                let o = self.word(obj)?;
                let (a, z, st) = self.slice_bounds(start, stop, step)?;
                let v = self.word(value)?;
                match from {
                    Some([from, to, by]) => {
                        let (f, t, b) = self.slice_bounds(from, to, by)?;
                        self.rt("krait_setslice_of_slice", &[o, a, z, st, v, f, t, b], Check::False)?
                    }
                    None => self.rt("krait_setslice", &[o, a, z, st, v], Check::False)?,
                };
                Ok(())
            }
            Statement::SetListItem { list, index, value } => self.set_list_item(list, index, value),
            Statement::ListAppend { list, value } => self.list_append(list, value),
            Statement::DelItem { obj, index } => {
                let (o, i) = (self.word(obj)?, self.word(index)?);
                self.rt("krait_delitem", &[o, i], Check::False)?;
                Ok(())
            }
            Statement::Unpack { value, targets } => self.unpack(value, targets),
            Statement::EndHandler => self.rt_void("krait_exc_end_handler", &[]),
            Statement::ImportStar { module, names, strict } => {
                let m = self.word(module)?;
                let strict = self.g.ctx.bool_type().const_int(u64::from(*strict), false).into();
                for (name, gid) in names {
                    let n = self.str_word(name)?;
                    let gv = self.g.globals[gid.index()].as_pointer_value();
                    let old = self.b.build_load(self.i64(), gv, "old").map_err(e)?;
                    let v = self.rt("krait_import_star_name", &[m, n, old, strict], Check::Pending)?;
                    self.b.build_store(gv, v).map_err(e)?;
                }
                Ok(())
            }
        }
    }

    fn load_global(&mut self, gid: krait_lower::mir::GlobalId) -> R<BasicValueEnum<'ctx>> {
        let gv = self.g.globals[gid.index()];
        let v = self.b.build_load(self.i64(), gv.as_pointer_value(), "g").map_err(e)?;
        let unbound = self
            .b
            .build_int_compare(IntPredicate::EQ, v.into_int_value(), self.i64().const_zero(), "unbound")
            .map_err(e)?;
        let (bad, ok) = (self.new_bb("name_error"), self.new_bb("bound"));
        self.b.build_conditional_branch(unbound, bad, ok).map_err(e)?;
        self.b.position_at_end(bad);
        let name = self.g.prog.globals[gid.index()].name.clone();
        let args = self.name_error_args(&name);
        call(&self.b, self.g.rt("krait_raise_name_error"), &args)?;
        let err = self.error_block()?;
        self.b.build_unconditional_branch(err).map_err(e)?;
        self.b.position_at_end(ok);
        Ok(v)
    }

    fn is_tagged(&self, v: IntValue<'ctx>) -> R<IntValue<'ctx>> {
        let bit = self.b.build_and(v, self.int(1), "tag").map_err(e)?;
        self.b.build_int_compare(IntPredicate::NE, bit, self.i64().const_zero(), "small").map_err(e)
    }

    /// `IsExact`: a small int (for `int`), a float shadow's `UNBOXED` (for `float`), or an
    /// object whose type is exactly the builtin type.
    fn is_exact(&mut self, ty: Type, op: &Operand) -> R<BasicValueEnum<'ctx>> {
        let type_global = match ty {
            Type::Int => "krait_int_type",
            Type::Float => "krait_float_type",
            Type::Bool => "krait_bool_type",
            Type::Str => "krait_str_type",
            Type::Bytes => "krait_bytes_type",
            Type::List => "krait_list_type",
            Type::Tuple => "krait_tuple_type",
            Type::Dict => "krait_dict_type",
            Type::Set => "krait_set_type",
            Type::Never | Type::None | Type::Dyn => return Err(format!("no exact type test for {ty}")),
        };
        let w = self.raw_word(op)?;
        let unboxed = self.b.build_int_compare(IntPredicate::EQ, w, self.int(UNBOXED), "unboxed").map_err(e)?;
        let small = self.is_tagged(w)?;
        let not_object = self.b.build_or(unboxed, small, "not_object").map_err(e)?;
        let word_answer = match ty {
            Type::Int => small,
            Type::Float => unboxed,
            _ => self.i1_const(false),
        };
        let (object, join) = (self.new_bb("maybe_exact"), self.new_bb("is_exact"));
        let here = self.b.get_insert_block().ok_or("no block")?;
        self.b.build_conditional_branch(not_object, join, object).map_err(e)?;
        self.b.position_at_end(object);
        let p = self.b.build_int_to_ptr(w, self.g.ptr_type(), "p").map_err(e)?;
        let actual = self.b.build_load(self.i64(), p, "ty").map_err(e)?.into_int_value();
        let wanted = program::rt_global(self.g, type_global).as_pointer_value();
        let wanted = self.b.build_ptr_to_int(wanted, self.i64(), "wanted").map_err(e)?;
        let is = self.b.build_int_compare(IntPredicate::EQ, actual, wanted, "is").map_err(e)?;
        let object_end = self.b.get_insert_block().ok_or("no block")?;
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        let phi = self.b.build_phi(self.g.ctx.bool_type(), "is_exact").map_err(e)?;
        phi.add_incoming(&[(&word_answer, here), (&is, object_end)]);
        Ok(phi.as_basic_value())
    }

    fn both_tagged(&self, a: IntValue<'ctx>, b: IntValue<'ctx>) -> R<IntValue<'ctx>> {
        let both = self.b.build_and(a, b, "both").map_err(e)?;
        self.is_tagged(both)
    }

    /// Emits `if fast { fast_value } else { slow_value }` where each side is produced by a
    /// closure in its own block; returns the phi.
    fn diamond(
        &mut self,
        cond: IntValue<'ctx>,
        ty: inkwell::types::BasicTypeEnum<'ctx>,
        fast: &mut dyn FnMut(&mut Self) -> R<BasicValueEnum<'ctx>>,
        slow: &mut dyn FnMut(&mut Self) -> R<BasicValueEnum<'ctx>>,
    ) -> R<BasicValueEnum<'ctx>> {
        let (fast_bb, slow_bb, join) = (self.new_bb("fast"), self.new_bb("slow"), self.new_bb("join"));
        self.b.build_conditional_branch(cond, fast_bb, slow_bb).map_err(e)?;
        self.b.position_at_end(fast_bb);
        let fv = fast(self)?;
        let fast_end = self.b.get_insert_block().ok_or("no block")?;
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(slow_bb);
        let sv = slow(self)?;
        let slow_end = self.b.get_insert_block().ok_or("no block")?;
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        let phi = self.b.build_phi(ty, "r").map_err(e)?;
        phi.add_incoming(&[(&fv, fast_end), (&sv, slow_end)]);
        Ok(phi.as_basic_value())
    }

    /// Tagged add/sub/mul with the overflow check inline; rt on the slow path.
    fn int_arith(&mut self, op: BinOp, a: IntValue<'ctx>, b: IntValue<'ctx>) -> R<BasicValueEnum<'ctx>> {
        let i64t = self.i64();
        let (intrinsic, slow) = match op {
            BinOp::Add => ("llvm.sadd.with.overflow", "krait_int_add"),
            BinOp::Sub => ("llvm.ssub.with.overflow", "krait_int_sub"),
            _ => ("llvm.smul.with.overflow", "krait_int_mul"),
        };
        let both = self.both_tagged(a, b)?;
        let (fast_bb, slow_bb, join) = (self.new_bb("fast"), self.new_bb("slow"), self.new_bb("join"));
        self.b.build_conditional_branch(both, fast_bb, slow_bb).map_err(e)?;
        self.b.position_at_end(fast_bb);
        // Tagged words: a = 2x+1, b = 2y+1.
        let (x, y) = match op {
            // (2x+1) + 2y = 2(x+y)+1 ;  (2x+1) - 2y = 2(x-y)+1
            BinOp::Add | BinOp::Sub => (a, self.b.build_xor(b, self.int(1), "b0").map_err(e)?),
            // x * 2y, then +1
            _ => (
                self.b.build_right_shift(a, self.int(1), true, "x").map_err(e)?,
                self.b.build_xor(b, self.int(1), "b0").map_err(e)?,
            ),
        };
        let f = Intrinsic::find(intrinsic).ok_or("missing overflow intrinsic")?;
        let decl = f.get_declaration(&self.g.module, &[i64t.into()]).ok_or("overflow intrinsic declaration")?;
        let pair = call(&self.b, decl, &[x.into(), y.into()])?.into_struct_value();
        let raw = self.b.build_extract_value(pair, 0, "raw").map_err(e)?.into_int_value();
        let overflow = self.b.build_extract_value(pair, 1, "ovf").map_err(e)?.into_int_value();
        let result =
            if matches!(op, BinOp::Mul) { self.b.build_or(raw, self.int(1), "tagged").map_err(e)? } else { raw };
        let fast_end = self.b.get_insert_block().ok_or("no block")?;
        let done = self.new_bb("done");
        self.b.build_conditional_branch(overflow, slow_bb, done).map_err(e)?;
        self.b.position_at_end(done);
        self.b.build_unconditional_branch(join).map_err(e)?;
        let _ = fast_end;
        self.b.position_at_end(slow_bb);
        let sv = call(&self.b, self.g.rt(slow), &[a.into(), b.into()])?;
        let slow_end = self.b.get_insert_block().ok_or("no block")?;
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        let phi = self.b.build_phi(i64t, "r").map_err(e)?;
        phi.add_incoming(&[(&result, done), (&sv, slow_end)]);
        Ok(phi.as_basic_value())
    }

    /// `//` and `%` on ints: inline for small operands with a divisor other than 0 and -1.
    fn int_divmod(&mut self, op: BinOp, a: IntValue<'ctx>, b: IntValue<'ctx>) -> R<BasicValueEnum<'ctx>> {
        let both = self.both_tagged(a, b)?;
        // Tagged 0 is 1 and tagged -1 is -1: both excluded from the fast path.
        let not_zero = self.b.build_int_compare(IntPredicate::NE, b, self.int(1), "nz").map_err(e)?;
        let not_m1 = self.b.build_int_compare(IntPredicate::NE, b, self.int(-1), "nm1").map_err(e)?;
        let ok = self.b.build_and(both, not_zero, "ok").map_err(e)?;
        let ok = self.b.build_and(ok, not_m1, "ok").map_err(e)?;
        let slow_name = if op == BinOp::FloorDiv { "krait_int_floordiv" } else { "krait_int_mod" };
        let v = self.diamond(
            ok,
            self.i64().into(),
            &mut |s: &mut Self| {
                let x = s.b.build_right_shift(a, s.int(1), true, "x").map_err(e)?;
                let y = s.b.build_right_shift(b, s.int(1), true, "y").map_err(e)?;
                let q = s.b.build_int_signed_div(x, y, "q").map_err(e)?;
                let r = s.b.build_int_signed_rem(x, y, "r").map_err(e)?;
                // Floor: adjust when the remainder is non-zero and its sign differs from y's.
                let rnz = s.b.build_int_compare(IntPredicate::NE, r, s.i64().const_zero(), "rnz").map_err(e)?;
                let xor = s.b.build_xor(r, y, "sx").map_err(e)?;
                let neg = s.b.build_int_compare(IntPredicate::SLT, xor, s.i64().const_zero(), "neg").map_err(e)?;
                let adj = s.b.build_and(rnz, neg, "adj").map_err(e)?;
                let adj64 = s.b.build_int_z_extend(adj, s.i64(), "adj64").map_err(e)?;
                let res = if op == BinOp::FloorDiv {
                    s.b.build_int_sub(q, adj64, "fq").map_err(e)?
                } else {
                    let ymask = s.b.build_int_mul(y, adj64, "ym").map_err(e)?;
                    s.b.build_int_add(r, ymask, "fr").map_err(e)?
                };
                let sh = s.b.build_left_shift(res, s.int(1), "sh").map_err(e)?;
                Ok(s.b.build_or(sh, s.int(1), "tag").map_err(e)?.into())
            },
            &mut |s: &mut Self| call(&s.b, s.g.rt(slow_name), &[a.into(), b.into()]),
        )?;
        self.check(v, Check::Null)?;
        Ok(v)
    }

    fn int_bitwise(&mut self, op: BinOp, a: IntValue<'ctx>, b: IntValue<'ctx>) -> R<BasicValueEnum<'ctx>> {
        let both = self.both_tagged(a, b)?;
        let code = self.g.ctx.i32_type().const_int(op as u64, false);
        let v = self.diamond(
            both,
            self.i64().into(),
            &mut |s: &mut Self| {
                Ok(match op {
                    BinOp::BitAnd => s.b.build_and(a, b, "and").map_err(e)?.into(),
                    BinOp::BitOr => s.b.build_or(a, b, "or").map_err(e)?.into(),
                    _ => {
                        let x = s.b.build_xor(a, b, "xor").map_err(e)?;
                        s.b.build_or(x, s.int(1), "tag").map_err(e)?.into()
                    }
                })
            },
            &mut |s: &mut Self| call(&s.b, s.g.rt("krait_binary_op"), &[code.into(), a.into(), b.into()]),
        )?;
        self.check(v, Check::Null)?;
        Ok(v)
    }

    fn int_compare(&mut self, op: CmpOp, a: IntValue<'ctx>, b: IntValue<'ctx>) -> R<BasicValueEnum<'ctx>> {
        let pred = match op {
            CmpOp::Eq => IntPredicate::EQ,
            CmpOp::Ne => IntPredicate::NE,
            CmpOp::Lt => IntPredicate::SLT,
            CmpOp::Le => IntPredicate::SLE,
            CmpOp::Gt => IntPredicate::SGT,
            CmpOp::Ge => IntPredicate::SGE,
        };
        let both = self.both_tagged(a, b)?;
        self.diamond(
            both,
            self.g.ctx.bool_type().into(),
            &mut |s: &mut Self| Ok(s.b.build_int_compare(pred, a, b, "c").map_err(e)?.into()),
            &mut |s: &mut Self| {
                let c = call(&s.b, s.g.rt("krait_int_cmp"), &[a.into(), b.into()])?.into_int_value();
                Ok(s.b.build_int_compare(pred, c, s.g.ctx.i32_type().const_zero(), "c").map_err(e)?.into())
            },
        )
    }

    fn int_to_float(&mut self, a: IntValue<'ctx>) -> R<BasicValueEnum<'ctx>> {
        let small = self.is_tagged(a)?;
        let f64t = self.g.ctx.f64_type();
        let v = self.diamond(
            small,
            f64t.into(),
            &mut |s: &mut Self| {
                let x = s.b.build_right_shift(a, s.int(1), true, "x").map_err(e)?;
                Ok(s.b.build_signed_int_to_float(x, f64t, "f").map_err(e)?.into())
            },
            &mut |s: &mut Self| {
                let r = call(&s.b, s.g.rt("krait_int_to_float"), &[a.into()])?;
                s.check(r, Check::Pending)?;
                Ok(r)
            },
        )?;
        Ok(v)
    }

    fn float_binary(&mut self, op: BinOp, x: BasicValueEnum<'ctx>, y: BasicValueEnum<'ctx>) -> R<BasicValueEnum<'ctx>> {
        let (x, y) = (x.into_float_value(), y.into_float_value());
        Ok(match op {
            BinOp::Add => self.b.build_float_add(x, y, "f").map_err(e)?.into(),
            BinOp::Sub => self.b.build_float_sub(x, y, "f").map_err(e)?.into(),
            BinOp::Mul => self.b.build_float_mul(x, y, "f").map_err(e)?.into(),
            BinOp::TrueDiv => {
                let zero = self
                    .b
                    .build_float_compare(FloatPredicate::OEQ, y, self.g.ctx.f64_type().const_zero(), "z")
                    .map_err(e)?;
                let v = self.diamond(
                    zero,
                    self.g.ctx.f64_type().into(),
                    &mut |s: &mut Self| call(&s.b, s.g.rt("krait_float_truediv"), &[x.into(), y.into()]),
                    &mut |s: &mut Self| Ok(s.b.build_float_div(x, y, "f").map_err(e)?.into()),
                )?;
                // Only the zero-divisor path sets the pending exception.
                let z = zero;
                let pending = self.pending()?;
                let failed = self.b.build_and(z, pending, "failed").map_err(e)?;
                self.check_flag(failed)?;
                v
            }
            BinOp::FloorDiv | BinOp::Mod | BinOp::Pow => {
                let name = match op {
                    BinOp::FloorDiv => "krait_float_floordiv",
                    BinOp::Mod => "krait_float_mod",
                    _ => "krait_float_pow",
                };
                self.rt(name, &[x.into(), y.into()], Check::Pending)?
            }
            _ => return Err(format!("internal compiler error: float {op:?}")),
        })
    }

    fn rvalue(&mut self, rv: &Rvalue, dest: Type) -> R<BasicValueEnum<'ctx>> {
        match rv {
            Rvalue::Use(op) => {
                let v = self.operand(op)?;
                if dest.is_value_word() { box_value(self.g, &self.b, v, self.operand_ty(op)) } else { Ok(v) }
            }
            Rvalue::Box(op) => self.word(op),
            Rvalue::Unbox(op) => {
                if dest == Type::Float
                    && let Some(f) = self.unbox_shadowed(op)?
                {
                    return Ok(f);
                }
                let v = self.word(op)?;
                match dest {
                    Type::Float => self.rt("krait_float_value", &[v], Check::None),
                    _ => self.is_true_object(v),
                }
            }
            Rvalue::AsFloat(op) => self.as_float(op),
            // A float shadow's word (`UNBOXED`) is not a small int: no boxing to tell.
            Rvalue::IsSmallInt(op) => {
                let w = self.raw_word(op)?;
                Ok(self.is_tagged(w)?.into())
            }
            Rvalue::IsExact(ty, op) => self.is_exact(*ty, op),
            Rvalue::MathUnary(func, op) => self.math_unary(*func, op),
            Rvalue::IntToFloat(op) => {
                let v = self.operand(op)?.into_int_value();
                self.int_to_float(v)
            }
            Rvalue::Binary(op, a, b) => self.binary(*op, a, b, dest, false),
            Rvalue::InPlace(op, a, b) => self.binary(*op, a, b, dest, true),
            Rvalue::Unary(op, a) => self.unary(*op, a),
            Rvalue::Compare(op, a, b) => self.compare(*op, a, b, dest),
            Rvalue::Is(a, b) => {
                let (x, y) = (self.word(a)?.into_int_value(), self.word(b)?.into_int_value());
                Ok(self.b.build_int_compare(IntPredicate::EQ, x, y, "is").map_err(e)?.into())
            }
            Rvalue::Contains { container, item } => {
                let (c, i) = (self.word(container)?, self.word(item)?);
                let r = self.rt("krait_contains", &[c, i], Check::MinusOne)?.into_int_value();
                Ok(self
                    .b
                    .build_int_compare(IntPredicate::NE, r, self.g.ctx.i32_type().const_zero(), "in")
                    .map_err(e)?
                    .into())
            }
            Rvalue::Truth(op) => self.truth(op),
            Rvalue::Not(op) => {
                let v = self.operand(op)?.into_int_value();
                Ok(self.b.build_not(v, "not").map_err(e)?.into())
            }
            Rvalue::LoadGlobal(g) => self.load_global(*g),
            Rvalue::LoadBuiltin(name) => self.load_builtin(name),
            Rvalue::Call { callee, args, kwnames } => self.call(callee, args, kwnames),
            Rvalue::CallStar { callee, args, kwnames, kwvalues } => {
                let (c, a) = (self.word(callee)?, self.word(args)?);
                let arr = self.array(kwvalues)?;
                let kw = self.kwnames(kwnames)?;
                self.rt("krait_call_star", &[c, a, arr.into(), kw], Check::Null)
            }
            Rvalue::CallMethod { obj, name, args, kwnames, attr_span } => {
                if name == "append" && args.len() == 1 && kwnames.is_empty() && self.operand_ty(obj) == Type::List {
                    self.list_append(obj, &args[0])?;
                    return self.constant(&Constant::None);
                }
                let o = self.word(obj)?;
                let n = self.str_word(name)?;
                // The receiver is the array's first word, so the method gets it and the
                // arguments as one array, with no copy.
                let arr = self.array_after(Some(o), args)?;
                let kw = self.kwnames(kwnames)?;
                let len = self.len(args.len());
                let cache = self.g.site_cache().as_pointer_value().into();
                let r = call(&self.b, self.g.rt("krait_call_method_cached"), &[o, n, arr.into(), len, kw, cache])?;
                let failed = self
                    .b
                    .build_int_compare(IntPredicate::EQ, r.into_int_value(), self.i64().const_zero(), "failed")
                    .map_err(e)?;
                let (err, ok) = (self.new_bb("method_failed"), self.new_bb("ok"));
                self.b.build_conditional_branch(failed, err, ok).map_err(e)?;
                self.b.position_at_end(err);
                // A missing method is reported at `obj.name`, a failure inside it at the call.
                let lookup = call(&self.b, self.g.rt("krait_method_lookup_failed"), &[])?.into_int_value();
                let call_err = self.error_block()?;
                let saved = self.span;
                self.span = *attr_span;
                let attr_err = self.error_block()?;
                self.span = saved;
                self.b.build_conditional_branch(lookup, attr_err, call_err).map_err(e)?;
                self.b.position_at_end(ok);
                Ok(r)
            }
            Rvalue::GetAttr { obj, name, fields } => self.get_attr(obj, name, fields),
            Rvalue::ClassSealed(class) => self.class_sealed(*class),
            Rvalue::IsNumber(op) => self.is_number(op),
            Rvalue::IsNotImplemented(op) => {
                let w = self.raw_word(op)?;
                let ni = program::rt_global(self.g, "krait_not_implemented").as_pointer_value();
                let ni = self.b.build_ptr_to_int(ni, self.i64(), "ni").map_err(e)?;
                Ok(self.b.build_int_compare(IntPredicate::EQ, w, ni, "is_ni").map_err(e)?.into())
            }
            Rvalue::NewInstance(cls) => {
                let c = self.word(cls)?;
                self.rt("krait_new_instance", &[c], Check::None)
            }
            Rvalue::GetItem { obj, index } => {
                let n = self.dyn_item(obj, index)?;
                self.number_as(n, dest)
            }
            Rvalue::ListLen(list) => self.list_len(list),
            Rvalue::ListItem { list, index } => self.list_item(list, index, dest),
            Rvalue::GetSlice { obj, start, stop, step } => {
                let o = self.word(obj)?;
                let (a, z, st) = self.slice_bounds(start, stop, step)?;
                self.rt("krait_getslice", &[o, a, z, st], Check::Null)
            }
            Rvalue::BuildSlice { start, stop, step } => {
                let (a, z, st) = self.slice_bounds(start, stop, step)?;
                self.rt("krait_slice_new", &[a, z, st], Check::None)
            }
            Rvalue::BuildList(items) => {
                let arr = self.array(items)?;
                let n = self.len(items.len());
                self.rt("krait_list_new", &[arr.into(), n], Check::None)
            }
            Rvalue::BuildTuple(items) => {
                let arr = self.array(items)?;
                let n = self.len(items.len());
                self.rt("krait_tuple_new", &[arr.into(), n], Check::None)
            }
            Rvalue::BuildDict(pairs) => {
                let flat: Vec<Operand> = pairs.iter().flat_map(|(k, v)| [k.clone(), v.clone()]).collect();
                let arr = self.array(&flat)?;
                let n = self.len(pairs.len());
                self.rt("krait_dict_new", &[arr.into(), n], Check::Null)
            }
            Rvalue::BuildSet { items, origin } => {
                let arr = self.array(items)?;
                let n = self.len(items.len());
                let origin = self.g.ctx.i32_type().const_int(*origin as u64, false).into();
                self.rt("krait_set_new", &[arr.into(), n, origin], Check::Null)
            }
            Rvalue::Format { value, conversion, spec } => {
                let mut v = self.word(value)?;
                let conv = match conversion {
                    Conversion::None => None,
                    Conversion::Str => Some("krait_str"),
                    Conversion::Repr => Some("krait_repr"),
                    Conversion::Ascii => Some("krait_ascii"),
                };
                if let Some(c) = conv {
                    v = self.rt(c, &[v], Check::Null)?;
                    if spec.is_none() {
                        return Ok(v);
                    }
                }
                let s = match spec {
                    Some(op) => self.word(op)?,
                    None => self.null(),
                };
                self.rt("krait_format", &[v, s], Check::Null)
            }
            Rvalue::BuildString(parts) => {
                let arr = self.array(parts)?;
                let n = self.len(parts.len());
                self.rt("krait_str_build", &[arr.into(), n], Check::None)
            }
            Rvalue::Iter(op) => {
                let v = self.word(op)?;
                self.rt("krait_iter", &[v], Check::Null)
            }
            Rvalue::MakeFunction { func, defaults, closure } => {
                let d = self.tuple_or_null(defaults)?;
                let c = self.tuple_or_null(closure)?;
                let (info, entry) = *self.g.func_infos.get(&func.index()).ok_or("function without generic entry")?;
                let entry_ptr = entry.as_global_value().as_pointer_value();
                self.rt("krait_function_new", &[entry_ptr.into(), info.as_pointer_value().into(), d, c], Check::None)
            }
            Rvalue::NewCell => self.rt("krait_cell_new", &[], Check::None),
            Rvalue::Resume { delegate } => {
                // Null: `throw()` set the exception to raise here (or to pass on).
                let sent = self.fv.get_nth_param(1).ok_or("missing sent value")?;
                if !delegate {
                    self.check(sent, Check::Null)?;
                }
                Ok(sent)
            }
            Rvalue::ClosureCell(i) => {
                let closure = self.word(&Operand::Local(LocalId(self.f.param_names.len() as u32)))?;
                let i = self.len(*i as usize);
                self.rt("krait_closure_cell", &[closure, i], Check::None)
            }
            Rvalue::CellGet { cell, name, free } => {
                let c = self.word(cell)?;
                let [p, n] = self.bytes_arg(name);
                let free = self.g.ctx.bool_type().const_int(u64::from(*free), false).into();
                self.rt("krait_cell_get", &[c, p, n, free], Check::Null)
            }
            Rvalue::Import(name) => {
                let [p, n] = self.bytes_arg(name);
                self.rt("krait_import", &[p, n], Check::Null)
            }
            Rvalue::ImportModule(m) => {
                let desc = self.g.module_descs[*m as usize].as_pointer_value().into();
                self.rt("krait_import_module", &[desc], Check::Null)
            }
            Rvalue::ImportFrom { module, name, submodule } => {
                let o = self.word(module)?;
                let n = self.str_word(name)?;
                let sub = match submodule {
                    Some(m) => self.g.module_descs[*m as usize].as_pointer_value(),
                    None => self.g.ptr_type().const_null(),
                };
                self.rt("krait_import_from", &[o, n, sub.into()], Check::Null)
            }
            Rvalue::BeginHandler => self.rt("krait_exc_begin_handler", &[], Check::None),
            Rvalue::ExcMatches { exc, cls } => {
                let (x, c) = (self.word(exc)?, self.word(cls)?);
                let r = self.rt("krait_exc_matches", &[x, c], Check::MinusOne)?.into_int_value();
                Ok(self
                    .b
                    .build_int_compare(IntPredicate::NE, r, self.g.ctx.i32_type().const_zero(), "m")
                    .map_err(e)?
                    .into())
            }
        }
    }

    fn binary(&mut self, op: BinOp, a: &Operand, b: &Operand, dest: Type, inplace: bool) -> R<BasicValueEnum<'ctx>> {
        let (ta, tb) = (self.operand_ty(a), self.operand_ty(b));
        match (ta, tb) {
            (Type::Int, Type::Int) => {
                let (x, y) = (self.operand(a)?.into_int_value(), self.operand(b)?.into_int_value());
                match op {
                    BinOp::Add | BinOp::Sub | BinOp::Mul => self.int_arith(op, x, y),
                    BinOp::FloorDiv | BinOp::Mod => self.int_divmod(op, x, y),
                    BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => self.int_bitwise(op, x, y),
                    BinOp::TrueDiv if dest == Type::Float => {
                        self.rt("krait_int_truediv", &[x.into(), y.into()], Check::Pending)
                    }
                    _ => {
                        let code = self.g.ctx.i32_type().const_int(op as u64, false);
                        self.rt("krait_binary_op", &[code.into(), x.into(), y.into()], Check::Null)
                    }
                }
            }
            (Type::Float, Type::Float) if dest == Type::Float => {
                let (x, y) = (self.operand(a)?, self.operand(b)?);
                self.float_binary(op, x, y)
            }
            _ if shadows::arith_op(op) => {
                let n = self.dyn_arith(op, a, b, inplace)?;
                self.number_as(n, dest)
            }
            _ => {
                let (x, y) = (self.word(a)?, self.word(b)?);
                let code = self.g.ctx.i32_type().const_int(op as u64, false);
                let name = if inplace { "krait_inplace_op" } else { "krait_binary_op" };
                let v = self.rt(name, &[code.into(), x, y], Check::Null)?;
                if dest == Type::Float { self.rt("krait_float_value", &[v], Check::None) } else { Ok(v) }
            }
        }
    }

    fn unary(&mut self, op: UnaryOp, a: &Operand) -> R<BasicValueEnum<'ctx>> {
        match (self.operand_ty(a), op) {
            (Type::Int, UnaryOp::Pos) => self.operand(a),
            (Type::Int, UnaryOp::Neg) => {
                let zero = self.constant(&Constant::Int(0.into()))?.into_int_value();
                let x = self.operand(a)?.into_int_value();
                self.int_arith(BinOp::Sub, zero, x)
            }
            (Type::Float, UnaryOp::Neg) => {
                let x = self.operand(a)?.into_float_value();
                Ok(self.b.build_float_neg(x, "neg").map_err(e)?.into())
            }
            (Type::Float, UnaryOp::Pos) => self.operand(a),
            (Type::Dyn, UnaryOp::Neg) => {
                let n = self.dyn_neg(a)?;
                self.number_as(n, Type::Dyn)
            }
            _ => {
                let v = self.word(a)?;
                let name = match op {
                    UnaryOp::Neg => "krait_neg",
                    UnaryOp::Pos => "krait_pos",
                    UnaryOp::Invert => "krait_invert",
                };
                self.rt(name, &[v], Check::Null)
            }
        }
    }

    fn compare(&mut self, op: CmpOp, a: &Operand, b: &Operand, dest: Type) -> R<BasicValueEnum<'ctx>> {
        match (self.operand_ty(a), self.operand_ty(b)) {
            (Type::Int, Type::Int) if dest == Type::Bool => {
                let (x, y) = (self.operand(a)?.into_int_value(), self.operand(b)?.into_int_value());
                self.int_compare(op, x, y)
            }
            (Type::Float, Type::Float) if dest == Type::Bool => {
                let (x, y) = (self.operand(a)?.into_float_value(), self.operand(b)?.into_float_value());
                let pred = match op {
                    CmpOp::Eq => FloatPredicate::OEQ,
                    CmpOp::Ne => FloatPredicate::UNE,
                    CmpOp::Lt => FloatPredicate::OLT,
                    CmpOp::Le => FloatPredicate::OLE,
                    CmpOp::Gt => FloatPredicate::OGT,
                    CmpOp::Ge => FloatPredicate::OGE,
                };
                Ok(self.b.build_float_compare(pred, x, y, "c").map_err(e)?.into())
            }
            (Type::Dyn, Type::Dyn) => self.dyn_compare(op, a, b, dest),
            _ => {
                let (x, y) = (self.word(a)?, self.word(b)?);
                let code = self.g.ctx.i32_type().const_int(op as u64, false);
                if dest == Type::Bool {
                    let r = self.rt("krait_compare_bool", &[code.into(), x, y], Check::MinusOne)?.into_int_value();
                    Ok(self
                        .b
                        .build_int_compare(IntPredicate::NE, r, self.g.ctx.i32_type().const_zero(), "c")
                        .map_err(e)?
                        .into())
                } else {
                    self.rt("krait_compare", &[code.into(), x, y], Check::Null)
                }
            }
        }
    }

    fn truth(&mut self, op: &Operand) -> R<BasicValueEnum<'ctx>> {
        if self.operand_ty(op) == Type::Dyn {
            return self.dyn_truth(op);
        }
        let v = self.operand(op)?;
        match self.operand_ty(op) {
            Type::Bool => Ok(v),
            // A bigint is never zero, so only the tagged zero (the word 1) is false.
            Type::Int => {
                Ok(self.b.build_int_compare(IntPredicate::NE, v.into_int_value(), self.int(1), "t").map_err(e)?.into())
            }
            Type::Float => Ok(self
                .b
                .build_float_compare(FloatPredicate::UNE, v.into_float_value(), self.g.ctx.f64_type().const_zero(), "t")
                .map_err(e)?
                .into()),
            Type::None => Ok(self.g.ctx.bool_type().const_zero().into()),
            _ => {
                let r = self.rt("krait_truthy", &[v], Check::MinusOne)?.into_int_value();
                Ok(self
                    .b
                    .build_int_compare(IntPredicate::NE, r, self.g.ctx.i32_type().const_zero(), "t")
                    .map_err(e)?
                    .into())
            }
        }
    }

    fn load_builtin(&mut self, name: &str) -> R<BasicValueEnum<'ctx>> {
        let [p, n] = self.bytes_arg(name);
        if builtins::is_function(name) {
            let f = program::builtin_entry(self.g, name);
            let fp = f.as_global_value().as_pointer_value();
            return self.rt("krait_builtin_function", &[fp.into(), p, n], Check::None);
        }
        if builtins::is_type_object(name) {
            return self.rt("krait_builtin_type_object", &[p, n], Check::Null);
        }
        let args = self.name_error_args(name);
        self.rt("krait_raise_name_error", &args, Check::Null)
    }

    fn call(&mut self, callee: &Callee, args: &[Operand], kwnames: &[String]) -> R<BasicValueEnum<'ctx>> {
        match callee {
            Callee::Direct(fid) => {
                let r = self.direct_call(*fid, args)?;
                let target = &self.g.prog.funcs[fid.index()];
                if shadows::shadow_convention(target) && target.ret == Type::Dyn {
                    // The result as an object (a shadowed destination takes it unboxed:
                    // `assign_shadowed`).
                    return box_unboxed_result(self.g, &self.b, r.into_int_value());
                }
                Ok(r)
            }
            // `obj.name = value` (lowering's `setattr` with a constant name).
            Callee::Builtin(name)
                if name == "setattr"
                    && kwnames.is_empty()
                    && let [obj, Operand::Const(Constant::Str(attr)), value] = args =>
            {
                let (o, v) = (self.word(obj)?, self.word(value)?);
                let n = self.str_word(attr)?;
                let cache = self.g.site_cache().as_pointer_value().into();
                self.rt("krait_setattr_cached", &[o, n, v, cache], Check::Null)
            }
            Callee::Builtin(name) => {
                let arr = self.array(args)?;
                let kw = self.kwnames(kwnames)?;
                let n = self.len(args.len());
                let f = program::builtin_entry(self.g, name);
                let r = call(&self.b, f, &[arr.into(), n, kw])?;
                self.check(r, Check::Null)?;
                Ok(r)
            }
            Callee::Value(op) => {
                let c = self.word(op)?;
                let arr = self.array(args)?;
                let kw = self.kwnames(kwnames)?;
                let n = self.len(args.len());
                self.rt("krait_call", &[c, arr.into(), n, kw], Check::Null)
            }
        }
    }

    /// A direct call of specialisation `fid` with `args`, checked; under the shadow
    /// convention a `Dyn` argument's float goes with it, and the result may be `UNBOXED`
    /// (its float in `Gen::ret_float`).
    pub(super) fn direct_call(&mut self, fid: krait_lower::mir::FuncId, args: &[Operand]) -> R<BasicValueEnum<'ctx>> {
        let (r, failed) = self.direct_call_unchecked(fid, args)?;
        self.check_flag(failed)?;
        Ok(r)
    }

    /// A direct call of specialisation `fid` with `args`, and whether it failed.
    fn direct_call_unchecked(
        &mut self,
        fid: krait_lower::mir::FuncId,
        args: &[Operand],
    ) -> R<(BasicValueEnum<'ctx>, IntValue<'ctx>)> {
        let target = &self.g.prog.funcs[fid.index()];
        let ret = target.ret;
        let convention = shadows::shadow_convention(target);
        let mut vals = Vec::with_capacity(args.len() * 2);
        for (i, a) in args.iter().enumerate() {
            let pty = self.g.prog.funcs[fid.index()].locals[i].ty;
            if convention && pty == Type::Dyn {
                match self.shadow(a) {
                    Some(shadow) if self.operand_ty(a) == Type::Dyn => {
                        vals.push(self.raw_word(a)?.into());
                        vals.push(self.b.build_load(self.g.ctx.f64_type(), shadow, "f").map_err(e)?);
                    }
                    _ => {
                        vals.push(self.word(a)?);
                        vals.push(self.g.ctx.f64_type().const_zero().into());
                    }
                }
                continue;
            }
            let v = self.operand(a)?;
            let v = if pty.is_value_word() { box_value(self.g, &self.b, v, self.operand_ty(a))? } else { v };
            vals.push(v);
        }
        let fv = self.g.funcs[fid.index()];
        let r = call(&self.b, fv, &vals)?;
        let failed = if ret.is_value_word() {
            let zero = self.i64().const_zero();
            self.b.build_int_compare(IntPredicate::EQ, r.into_int_value(), zero, "failed").map_err(e)?
        } else {
            self.pending()?
        };
        Ok((r, failed))
    }

    fn terminator(&mut self, t: &Terminator) -> R<()> {
        match t {
            Terminator::Goto(b) => {
                self.b.build_unconditional_branch(self.blocks[b.index()]).map_err(e)?;
            }
            Terminator::SwitchClass { obj, cases, otherwise } => self.switch_class(obj, cases, *otherwise)?,
            Terminator::Branch { cond, then, otherwise } => {
                let c = self.operand(cond)?.into_int_value();
                self.b
                    .build_conditional_branch(c, self.blocks[then.index()], self.blocks[otherwise.index()])
                    .map_err(e)?;
            }
            Terminator::Return(op) => {
                let v = match self.shadow(op) {
                    // Under the shadow convention a float in a shadow is returned unboxed.
                    Some(shadow) if shadows::shadow_convention(self.f) && self.f.ret == Type::Dyn => {
                        let f = self.b.build_load(self.g.ctx.f64_type(), shadow, "f").map_err(e)?;
                        self.b.build_store(self.g.ret_float.as_pointer_value(), f).map_err(e)?;
                        self.raw_word(op)?.into()
                    }
                    _ => {
                        let v = self.operand(op)?;
                        if self.f.ret.is_value_word() { box_value(self.g, &self.b, v, self.operand_ty(op))? } else { v }
                    }
                };
                if self.f.generator {
                    self.set_generator_state(FINISHED)?;
                }
                self.restore_depth()?;
                self.b.build_return(Some(&v)).map_err(e)?;
            }
            Terminator::Delegate { func, args } => {
                // The callee counts this call against the recursion limit.
                self.restore_depth()?;
                let (r, failed) = self.direct_call_unchecked(*func, args)?;
                let ok = self.new_bb("delegated");
                let unwind = self.unwind_target()?;
                self.b.build_conditional_branch(failed, unwind, ok).map_err(e)?;
                self.b.position_at_end(ok);
                // Both follow the same convention: an `UNBOXED` result's float stays in
                // `Gen::ret_float`.
                let callee_ret = self.g.prog.funcs[func.index()].ret;
                let v = if self.f.ret.is_value_word() && callee_ret != self.f.ret {
                    box_value(self.g, &self.b, r, callee_ret)?
                } else {
                    r
                };
                self.b.build_return(Some(&v)).map_err(e)?;
            }
            Terminator::Yield { value, resume } => {
                let v = self.word(value)?;
                let k = *self.resume_points.get(resume).ok_or("yield without a resume point")?;
                self.set_generator_state(k as i64)?;
                self.restore_depth()?;
                self.b.build_return(Some(&v)).map_err(e)?;
            }
            Terminator::IterNext { iter, target, body, exit } => {
                let it = self.operand(&Operand::Local(*iter))?;
                let v = self.rt("krait_iter_next", &[it], Check::Null)?;
                let stop =
                    self.b.build_int_compare(IntPredicate::EQ, v.into_int_value(), self.int(2), "stop").map_err(e)?;
                self.store(*target, v)?;
                self.b
                    .build_conditional_branch(stop, self.blocks[exit.index()], self.blocks[body.index()])
                    .map_err(e)?;
            }
            Terminator::Raise(kind) => {
                match kind {
                    RaiseKind::New(op) => {
                        let v = self.word(op)?;
                        self.rt("krait_raise", &[v], Check::None)?;
                    }
                    RaiseKind::From(op, cause) => {
                        let (v, c) = (self.word(op)?, self.word(cause)?);
                        self.rt("krait_raise_from", &[v, c], Check::None)?;
                    }
                    RaiseKind::Assertion(msg) => {
                        let m = match msg {
                            Some(op) => self.word(op)?,
                            None => self.null(),
                        };
                        self.rt("krait_raise_assertion", &[m], Check::None)?;
                    }
                    RaiseKind::Reraise => {
                        self.rt("krait_reraise", &[], Check::None)?;
                    }
                    RaiseKind::Resume(op) => {
                        let v = self.word(op)?;
                        self.rt("krait_exc_resume", &[v], Check::None)?;
                    }
                    RaiseKind::Propagate => {}
                }
                let target = match kind {
                    RaiseKind::New(_) | RaiseKind::From(..) | RaiseKind::Assertion(_) => self.error_block()?,
                    _ => self.unwind_target()?,
                };
                self.b.build_unconditional_branch(target).map_err(e)?;
            }
            Terminator::Unreachable => {
                self.b.build_unreachable().map_err(e)?;
            }
        }
        Ok(())
    }
}
