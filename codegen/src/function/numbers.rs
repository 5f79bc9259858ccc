//! Numbers in `Dyn` values: arithmetic and comparisons on operands whose types only the
//! run time knows take an inline path when they turn out to be small ints or floats, and
//! `Dyn` locals keep floats unboxed in a *float shadow*.
//!
//! A local that `Dyn` arithmetic or a boxed float assigns (`mir::shadows`) has an `f64`
//! slot beside its word. The word `UNBOXED` says that the local's value is the float in the
//! shadow. The float is boxed only when something needs the local as a `Value`
//! (`load_local`), and the box is stored back, so the local keeps one identity from then on
//! (as CPython's float object would). A chain like `dx * dx + dy * dy + dz * dz` of `Dyn`
//! floats then allocates nothing; only the values that go into containers, attributes and
//! calls are boxed.
//!
//! The semantics are Python's whichever path runs: the int path is the typed code's (with
//! the overflow to bigint out of line), and everything else goes to rt's `unboxed` entry
//! points, which take and return floats unboxed where they can (a float operation with a
//! small int operand converts the int, correctly rounded, as `float.__add__` does) and
//! otherwise dispatch on objects.

use inkwell::values::{BasicValueEnum, FloatValue, IntValue, PointerValue};
use inkwell::{FloatPredicate, IntPredicate};
use krait_lower::mir::{BinOp, Callee, CmpOp, LocalId, Operand, Rvalue, Type, UnaryOp, shadows};

use super::{Check, FnGen, R, call, e};
use crate::program;

/// The word of a shadowed local whose value is the float in its shadow (rt's
/// `unboxed::UNBOXED`, which its entry points take and return too).
pub(super) const UNBOXED: i64 = 6;

/// The result of `Dyn` arithmetic: a `Value` word, or `UNBOXED` with the float in `f`.
pub(super) struct Number<'ctx> {
    pub(super) word: IntValue<'ctx>,
    pub(super) f: FloatValue<'ctx>,
}

/// Whether an operand is a float at run time, and its value if so.
struct FloatView<'ctx> {
    float: IntValue<'ctx>,
    f: FloatValue<'ctx>,
}

impl<'ctx> FnGen<'_, 'ctx, '_> {
    fn f64(&self) -> inkwell::types::FloatType<'ctx> {
        self.g.ctx.f64_type()
    }

    fn i1(&self, v: bool) -> IntValue<'ctx> {
        self.g.ctx.bool_type().const_int(u64::from(v), false)
    }

    pub(super) fn shadow(&self, op: &Operand) -> Option<PointerValue<'ctx>> {
        match op {
            Operand::Local(l) => self.shadows[l.index()],
            Operand::Const(_) => None,
        }
    }

    /// A local's value; a shadowed local holding an unboxed float is boxed first, and keeps
    /// the box.
    pub(super) fn load_local(&mut self, l: LocalId) -> R<BasicValueEnum<'ctx>> {
        let ty = program::llvm_type(self.g.ctx, self.local_ty(l));
        let slot = self.slots[l.index()];
        let v = self.b.build_load(ty, slot, "v").map_err(e)?;
        let Some(shadow) = self.shadows[l.index()] else { return Ok(v) };
        let w = v.into_int_value();
        let unboxed = self.b.build_int_compare(IntPredicate::EQ, w, self.int(UNBOXED), "unboxed").map_err(e)?;
        self.diamond(
            unboxed,
            self.i64().into(),
            &mut |s: &mut Self| {
                let f = s.b.build_load(s.f64(), shadow, "f").map_err(e)?;
                let boxed = call(&s.b, s.g.rt("krait_float_new"), &[f])?;
                s.b.build_store(slot, boxed).map_err(e)?;
                Ok(boxed)
            },
            &mut |_| Ok(w.into()),
        )
    }

    /// The word in a local's slot as it is (`UNBOXED` included).
    pub(super) fn raw_word(&mut self, op: &Operand) -> R<IntValue<'ctx>> {
        match op {
            Operand::Local(l) if self.shadows[l.index()].is_some() => {
                Ok(self.b.build_load(self.i64(), self.slots[l.index()], "w").map_err(e)?.into_int_value())
            }
            _ => Ok(self.word(op)?.into_int_value()),
        }
    }

    /// Stores a float into a shadowed local, unboxed.
    fn store_unboxed(&mut self, l: LocalId, f: FloatValue<'ctx>) -> R<()> {
        let shadow = self.shadows[l.index()].ok_or("internal compiler error: no float shadow")?;
        self.b.build_store(shadow, f).map_err(e)?;
        self.b.build_store(self.slots[l.index()], self.int(UNBOXED)).map_err(e)?;
        Ok(())
    }

    /// Generates `Assign(l, rv)` where the destination has a float shadow and the rvalue
    /// can produce an unboxed float; `false` for the other assignments.
    pub(super) fn assign_shadowed(&mut self, l: LocalId, rv: &Rvalue) -> R<bool> {
        if self.shadows[l.index()].is_none() {
            return Ok(false);
        }
        let n = match rv {
            Rvalue::Binary(op, a, b) if self.dyn_operands(a, b) => self.dyn_arith(*op, a, b, false)?,
            Rvalue::InPlace(op, a, b) if self.dyn_operands(a, b) => self.dyn_arith(*op, a, b, true)?,
            Rvalue::Unary(UnaryOp::Neg, a) if self.operand_ty(a) == Type::Dyn => self.dyn_neg(a)?,
            Rvalue::Box(op) if self.operand_ty(op) == Type::Float => {
                let f = self.operand(op)?.into_float_value();
                self.store_unboxed(l, f)?;
                return Ok(true);
            }
            Rvalue::ListItem { list, index } => self.list_item_number(list, index)?,
            // A copy of a shadowed local: its float stays unboxed.
            Rvalue::Use(op @ Operand::Local(x)) if self.shadows[x.index()].is_some() => {
                let shadow = self.shadows[x.index()].ok_or("no shadow")?;
                let w = self.raw_word(op)?;
                let f = self.b.build_load(self.f64(), shadow, "f").map_err(e)?.into_float_value();
                Number { word: w, f }
            }
            Rvalue::GetItem { obj, index } => self.dyn_item(obj, index)?,
            Rvalue::Call { callee: Callee::Direct(fid), args, .. }
                if shadows::shadow_convention(&self.g.prog.funcs[fid.index()])
                    && self.g.prog.funcs[fid.index()].ret == Type::Dyn =>
            {
                // The word as returned, and the float its callee left if it is `UNBOXED`.
                let w = self.direct_call(*fid, args)?.into_int_value();
                let f = self.b.build_load(self.f64(), self.g.ret_float.as_pointer_value(), "f").map_err(e)?;
                Number { word: w, f: f.into_float_value() }
            }
            Rvalue::GetAttr { obj, name, fields } if self.float_fields(fields) => {
                self.get_attr_number(obj, name, fields)?
            }
            _ => return Ok(false),
        };
        self.b.build_store(self.shadows[l.index()].ok_or("no shadow")?, n.f).map_err(e)?;
        self.b.build_store(self.slots[l.index()], n.word).map_err(e)?;
        Ok(true)
    }

    /// Calls `word_entry(args.., value)`, or `float_entry(args.., f)` where the value is an
    /// unboxed float (a `float` operand, or a shadowed local holding one), so that a list of
    /// floats can keep it unboxed. Returns the result, if the entries have one.
    pub(super) fn call_with_number(
        &mut self,
        word_entry: &str,
        float_entry: &str,
        args: &[BasicValueEnum<'ctx>],
        value: &Operand,
    ) -> R<Option<BasicValueEnum<'ctx>>> {
        let with = |args: &[BasicValueEnum<'ctx>], v: BasicValueEnum<'ctx>| {
            let mut all = args.to_vec();
            all.push(v);
            all
        };
        let invoke = |s: &mut Self, name: &str, all: &[BasicValueEnum<'ctx>]| -> R<Option<BasicValueEnum<'ctx>>> {
            let f = s.g.rt(name);
            let args: Vec<_> = all.iter().map(|&a| a.into()).collect();
            Ok(s.b.build_call(f, &args, "").map_err(e)?.try_as_basic_value().basic())
        };
        if self.operand_ty(value) == Type::Float {
            let f = self.operand(value)?;
            return invoke(self, float_entry, &with(args, f));
        }
        let Some(shadow) = self.shadow(value) else {
            let w = self.word(value)?;
            return invoke(self, word_entry, &with(args, w));
        };
        let w = self.raw_word(value)?;
        let join = self.new_bb("stored");
        let (f, in_shadow, boxed) = self.split_unboxed(w, shadow)?;
        let r1 = invoke(self, float_entry, &with(args, f.into()))?;
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(boxed);
        let r2 = invoke(self, word_entry, &with(args, w.into()))?;
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        let (Some(r1), Some(r2)) = (r1, r2) else { return Ok(None) };
        let phi = self.b.build_phi(r1.get_type(), "r").map_err(e)?;
        phi.add_incoming(&[(&r1, in_shadow), (&r2, boxed)]);
        Ok(Some(phi.as_basic_value()))
    }

    /// Whether a binary operation runs on `Dyn` operands (not both `int` or both `float`,
    /// which the typed code handles).
    fn dyn_operands(&self, a: &Operand, b: &Operand) -> bool {
        !matches!((self.operand_ty(a), self.operand_ty(b)), (Type::Int, Type::Int) | (Type::Float, Type::Float))
    }

    /// A `Number` as the destination type wants it: a `Value` word (boxing an unboxed
    /// float) or an `f64`.
    pub(super) fn number_as(&mut self, n: Number<'ctx>, dest: Type) -> R<BasicValueEnum<'ctx>> {
        let unboxed = self.b.build_int_compare(IntPredicate::EQ, n.word, self.int(UNBOXED), "unboxed").map_err(e)?;
        if dest == Type::Float {
            return self.diamond(unboxed, self.f64().into(), &mut |_| Ok(n.f.into()), &mut |s: &mut Self| {
                s.rt("krait_float_value", &[n.word.into()], Check::None)
            });
        }
        self.diamond(
            unboxed,
            self.i64().into(),
            &mut |s: &mut Self| call(&s.b, s.g.rt("krait_float_new"), &[n.f.into()]),
            &mut |_| Ok(n.word.into()),
        )
    }

    /// Branches on whether `w`, the word of a local with the float shadow `shadow`, is
    /// `UNBOXED`: leaves the builder in the block where it is, with the float loaded, and
    /// returns that block and the one where it is not.
    fn split_unboxed(
        &mut self,
        w: IntValue<'ctx>,
        shadow: PointerValue<'ctx>,
    ) -> R<(FloatValue<'ctx>, inkwell::basic_block::BasicBlock<'ctx>, inkwell::basic_block::BasicBlock<'ctx>)> {
        let unboxed = self.b.build_int_compare(IntPredicate::EQ, w, self.int(UNBOXED), "unboxed").map_err(e)?;
        let (in_shadow, boxed) = (self.new_bb("in_shadow"), self.new_bb("boxed"));
        self.b.build_conditional_branch(unboxed, in_shadow, boxed).map_err(e)?;
        self.b.position_at_end(in_shadow);
        let f = self.b.build_load(self.f64(), shadow, "f").map_err(e)?.into_float_value();
        Ok((f, in_shadow, boxed))
    }

    /// `IsNumber`: a small int, an unboxed float, or an object whose type is exactly `int`,
    /// `bool` or `float`.
    pub(super) fn is_number(&mut self, op: &Operand) -> R<BasicValueEnum<'ctx>> {
        let w = self.raw_word(op)?;
        let (object, join) = (self.new_bb("object"), self.new_bb("is_number"));
        let unboxed = self.b.build_int_compare(IntPredicate::EQ, w, self.int(UNBOXED), "unboxed").map_err(e)?;
        let small = self.is_tagged(w)?;
        let quick = self.b.build_or(unboxed, small, "quick").map_err(e)?;
        let here = self.b.get_insert_block().ok_or("no block")?;
        self.b.build_conditional_branch(quick, join, object).map_err(e)?;
        self.b.position_at_end(object);
        let ptr = self.b.build_int_to_ptr(w, self.g.ctx.ptr_type(Default::default()), "p").map_err(e)?;
        let ty = self.b.build_load(self.i64(), ptr, "ty").map_err(e)?.into_int_value();
        let mut any = self.i1(false);
        for name in ["krait_float_type", "krait_int_type", "krait_bool_type"] {
            let t = program::rt_global(self.g, name).as_pointer_value();
            let t = self.b.build_ptr_to_int(t, self.i64(), "t").map_err(e)?;
            let same = self.b.build_int_compare(IntPredicate::EQ, ty, t, "same").map_err(e)?;
            any = self.b.build_or(any, same, "any").map_err(e)?;
        }
        let object_end = self.b.get_insert_block().ok_or("no block")?;
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        let phi = self.b.build_phi(self.g.ctx.bool_type(), "number").map_err(e)?;
        phi.add_incoming(&[(&self.i1(true), here), (&any, object_end)]);
        Ok(phi.as_basic_value())
    }

    /// Whether an operand is a float at run time (an unboxed one, or a float object, not of
    /// a subclass), and its value if so; without calling rt.
    fn float_view(&mut self, op: &Operand) -> R<FloatView<'ctx>> {
        match self.operand_ty(op) {
            Type::Float => {
                let f = self.operand(op)?.into_float_value();
                return Ok(FloatView { float: self.i1(true), f });
            }
            Type::Dyn => {}
            _ => return Ok(FloatView { float: self.i1(false), f: self.f64().const_zero() }),
        }
        let (yes, no) = (self.i1(true), self.i1(false));
        let shadow = self.shadow(op);
        let w = self.raw_word(op)?;
        let join = self.new_bb("view");
        let mut incoming: Vec<(IntValue<'ctx>, FloatValue<'ctx>, _)> = Vec::new();
        if let Some(shadow) = shadow {
            let (f, in_shadow, boxed) = self.split_unboxed(w, shadow)?;
            incoming.push((yes, f, in_shadow));
            self.b.build_unconditional_branch(join).map_err(e)?;
            self.b.position_at_end(boxed);
        }
        // An object (not a small int) whose type is exactly `float`.
        let small = self.is_tagged(w)?;
        let (object, float_object) = (self.new_bb("object"), self.new_bb("float_object"));
        incoming.push((no, self.f64().const_zero(), self.b.get_insert_block().ok_or("no block")?));
        self.b.build_conditional_branch(small, join, object).map_err(e)?;
        self.b.position_at_end(object);
        let ptr = self.b.build_int_to_ptr(w, self.g.ctx.ptr_type(Default::default()), "p").map_err(e)?;
        let ty = self.b.build_load(self.i64(), ptr, "ty").map_err(e)?.into_int_value();
        let float_type = program::rt_global(self.g, "krait_float_type").as_pointer_value();
        let float_type = self.b.build_ptr_to_int(float_type, self.i64(), "float_type").map_err(e)?;
        let is_float = self.b.build_int_compare(IntPredicate::EQ, ty, float_type, "is_float").map_err(e)?;
        incoming.push((no, self.f64().const_zero(), object));
        self.b.build_conditional_branch(is_float, float_object, join).map_err(e)?;
        self.b.position_at_end(float_object);
        // SAFETY: a float object is its header word and then its value (rt's `FloatObj`).
        let value = unsafe { self.b.build_in_bounds_gep(self.i64(), ptr, &[self.int(1)], "value") }.map_err(e)?;
        let f = self.b.build_load(self.f64(), value, "f").map_err(e)?.into_float_value();
        incoming.push((yes, f, float_object));
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        let float = self.b.build_phi(self.g.ctx.bool_type(), "float").map_err(e)?;
        let fv = self.b.build_phi(self.f64(), "fv").map_err(e)?;
        for (fl, f, bb) in &incoming {
            float.add_incoming(&[(fl, *bb)]);
            fv.add_incoming(&[(f, *bb)]);
        }
        Ok(FloatView { float: float.as_basic_value().into_int_value(), f: fv.as_basic_value().into_float_value() })
    }

    /// An operand as rt's `unboxed` entry points take it: its word, and the float beside it
    /// when the word is `UNBOXED` (a `float` operand, or a shadowed local holding one).
    fn number_args(&mut self, op: &Operand) -> R<[BasicValueEnum<'ctx>; 2]> {
        if self.operand_ty(op) == Type::Float {
            let f = self.operand(op)?;
            return Ok([self.int(UNBOXED).into(), f]);
        }
        let f = match self.shadow(op) {
            Some(shadow) => self.b.build_load(self.f64(), shadow, "f").map_err(e)?,
            None => self.f64().const_zero().into(),
        };
        Ok([self.raw_word(op)?.into(), f])
    }

    /// `a op b` (or `a op= b`) where the operand types leave the operation to the run
    /// time: two floats (`+ - * /`) and two small ints (`+ - *`) inline, everything else in
    /// rt's `krait_number_binary`, which keeps a float result unboxed too.
    pub(super) fn dyn_arith(&mut self, op: BinOp, a: &Operand, b: &Operand, inplace: bool) -> R<Number<'ctx>> {
        let join = self.new_bb("arith");
        let mut incoming = Vec::new();
        let f_zero = self.f64().const_zero();
        let static_float = self.operand_ty(a) == Type::Float || self.operand_ty(b) == Type::Float;
        if matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul) && !static_float {
            let (wa, wb) = (self.raw_word(a)?, self.raw_word(b)?);
            let both = self.both_tagged(wa, wb)?;
            let (ints, other) = (self.new_bb("ints"), self.new_bb("other"));
            self.b.build_conditional_branch(both, ints, other).map_err(e)?;
            self.b.position_at_end(ints);
            let w = self.int_arith(op, wa, wb)?;
            self.check(w, Check::Null)?;
            incoming.push((w.into_int_value(), f_zero, self.b.get_insert_block().ok_or("no block")?));
            self.b.build_unconditional_branch(join).map_err(e)?;
            self.b.position_at_end(other);
        }
        if matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv) {
            let (va, vb) = (self.float_view(a)?, self.float_view(b)?);
            let mut fast = self.b.build_and(va.float, vb.float, "floats").map_err(e)?;
            if op == BinOp::TrueDiv {
                // Division by zero raises: rt's path.
                let nonzero = self.b.build_float_compare(FloatPredicate::UNE, vb.f, f_zero, "nonzero").map_err(e)?;
                fast = self.b.build_and(fast, nonzero, "fast").map_err(e)?;
            }
            let (floats, other) = (self.new_bb("floats"), self.new_bb("other"));
            self.b.build_conditional_branch(fast, floats, other).map_err(e)?;
            self.b.position_at_end(floats);
            let f = match op {
                BinOp::Add => self.b.build_float_add(va.f, vb.f, "f"),
                BinOp::Sub => self.b.build_float_sub(va.f, vb.f, "f"),
                BinOp::Mul => self.b.build_float_mul(va.f, vb.f, "f"),
                _ => self.b.build_float_div(va.f, vb.f, "f"),
            }
            .map_err(e)?;
            incoming.push((self.int(UNBOXED), f, floats));
            self.b.build_unconditional_branch(join).map_err(e)?;
            self.b.position_at_end(other);
        }
        let [wa, fa] = self.number_args(a)?;
        let [wb, fb] = self.number_args(b)?;
        let code = self.g.ctx.i32_type().const_int(op as u64, false).into();
        let inplace = self.i1(inplace).into();
        let out = self.entry_alloca(self.f64().into())?;
        let w = self.rt("krait_number_binary", &[code, wa, fa, wb, fb, inplace, out.into()], Check::Null)?;
        let f = self.b.build_load(self.f64(), out, "f").map_err(e)?.into_float_value();
        incoming.push((w.into_int_value(), f, self.b.get_insert_block().ok_or("no block")?));
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        self.number_phi(&incoming)
    }

    fn number_phi(
        &mut self,
        incoming: &[(IntValue<'ctx>, FloatValue<'ctx>, inkwell::basic_block::BasicBlock<'ctx>)],
    ) -> R<Number<'ctx>> {
        let word = self.b.build_phi(self.i64(), "word").map_err(e)?;
        let f = self.b.build_phi(self.f64(), "f").map_err(e)?;
        for (w, x, bb) in incoming {
            word.add_incoming(&[(w, *bb)]);
            f.add_incoming(&[(x, *bb)]);
        }
        Ok(Number { word: word.as_basic_value().into_int_value(), f: f.as_basic_value().into_float_value() })
    }

    /// Unary `-` of a `Dyn` operand: a float inline, anything else in rt.
    pub(super) fn dyn_neg(&mut self, a: &Operand) -> R<Number<'ctx>> {
        let join = self.new_bb("negated");
        let v = self.float_view(a)?;
        let (floats, rest) = (self.new_bb("float"), self.new_bb("rest"));
        self.b.build_conditional_branch(v.float, floats, rest).map_err(e)?;
        self.b.position_at_end(floats);
        let f = self.b.build_float_neg(v.f, "neg").map_err(e)?;
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(rest);
        let [w, fa] = self.number_args(a)?;
        let out = self.entry_alloca(self.f64().into())?;
        let r = self.rt("krait_number_neg", &[w, fa, out.into()], Check::Null)?.into_int_value();
        let rf = self.b.build_load(self.f64(), out, "f").map_err(e)?.into_float_value();
        let rest_end = self.b.get_insert_block().ok_or("no block")?;
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        self.number_phi(&[(self.int(UNBOXED), f, floats), (r, rf, rest_end)])
    }

    /// A comparison of `Dyn` operands: two small ints or two floats inline, else rt. The
    /// result is an `i1` for a `bool` destination, else a `Value` word.
    pub(super) fn dyn_compare(&mut self, op: CmpOp, a: &Operand, b: &Operand, dest: Type) -> R<BasicValueEnum<'ctx>> {
        let (ipred, fpred) = match op {
            CmpOp::Eq => (IntPredicate::EQ, FloatPredicate::OEQ),
            CmpOp::Ne => (IntPredicate::NE, FloatPredicate::UNE),
            CmpOp::Lt => (IntPredicate::SLT, FloatPredicate::OLT),
            CmpOp::Le => (IntPredicate::SLE, FloatPredicate::OLE),
            CmpOp::Gt => (IntPredicate::SGT, FloatPredicate::OGT),
            CmpOp::Ge => (IntPredicate::SGE, FloatPredicate::OGE),
        };
        let join = self.new_bb("compared");
        let mut incoming: Vec<(IntValue<'ctx>, _)> = Vec::new();
        let (wa, wb) = (self.raw_word(a)?, self.raw_word(b)?);
        let both = self.both_tagged(wa, wb)?;
        let (ints, other) = (self.new_bb("ints"), self.new_bb("other"));
        self.b.build_conditional_branch(both, ints, other).map_err(e)?;
        self.b.position_at_end(ints);
        let c = self.b.build_int_compare(ipred, wa, wb, "c").map_err(e)?;
        incoming.push((self.bool_as(c, dest)?, ints));
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(other);
        let (va, vb) = (self.float_view(a)?, self.float_view(b)?);
        let floats = self.b.build_and(va.float, vb.float, "floats").map_err(e)?;
        let (fast, slow) = (self.new_bb("floats"), self.new_bb("slow"));
        self.b.build_conditional_branch(floats, fast, slow).map_err(e)?;
        self.b.position_at_end(fast);
        let c = self.b.build_float_compare(fpred, va.f, vb.f, "c").map_err(e)?;
        incoming.push((self.bool_as(c, dest)?, fast));
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(slow);
        let [wa, fa] = self.number_args(a)?;
        let [wb, fb] = self.number_args(b)?;
        let code = self.g.ctx.i32_type().const_int(op as u64, false).into();
        let r = if dest == Type::Bool {
            let r = self.rt("krait_number_compare", &[code, wa, fa, wb, fb], Check::MinusOne)?.into_int_value();
            self.b.build_int_compare(IntPredicate::NE, r, self.g.ctx.i32_type().const_zero(), "c").map_err(e)?
        } else {
            self.rt("krait_number_compare_object", &[code, wa, fa, wb, fb], Check::Null)?.into_int_value()
        };
        incoming.push((r, self.b.get_insert_block().ok_or("no block")?));
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        let ty = if dest == Type::Bool { self.g.ctx.bool_type() } else { self.i64() };
        let phi = self.b.build_phi(ty, "cmp").map_err(e)?;
        for (c, bb) in &incoming {
            phi.add_incoming(&[(c, *bb)]);
        }
        Ok(phi.as_basic_value())
    }

    /// An `i1` as a `bool` destination wants it, or boxed as `True`/`False`.
    fn bool_as(&mut self, c: IntValue<'ctx>, dest: Type) -> R<IntValue<'ctx>> {
        if dest == Type::Bool {
            return Ok(c);
        }
        Ok(super::box_value(self.g, &self.b, c.into(), Type::Bool)?.into_int_value())
    }

    /// `bool(x)` of a `Dyn` operand: small ints, `True`, `False`, `None` and a shadow's
    /// unboxed float inline.
    pub(super) fn dyn_truth(&mut self, op: &Operand) -> R<BasicValueEnum<'ctx>> {
        let shadow = self.shadow(op);
        let w = self.raw_word(op)?;
        let join = self.new_bb("truth");
        let mut incoming: Vec<(IntValue<'ctx>, _)> = Vec::new();
        if let Some(shadow) = shadow {
            let (f, in_shadow, boxed) = self.split_unboxed(w, shadow)?;
            let t = self.b.build_float_compare(FloatPredicate::UNE, f, self.f64().const_zero(), "t").map_err(e)?;
            incoming.push((t, in_shadow));
            self.b.build_unconditional_branch(join).map_err(e)?;
            self.b.position_at_end(boxed);
        }
        let small = self.is_tagged(w)?;
        let (ints, other) = (self.new_bb("int"), self.new_bb("other"));
        self.b.build_conditional_branch(small, ints, other).map_err(e)?;
        self.b.position_at_end(ints);
        // The tagged zero is the word 1.
        incoming.push((self.b.build_int_compare(IntPredicate::NE, w, self.int(1), "t").map_err(e)?, ints));
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(other);
        // `True`, `False` and `None` by address.
        let singleton = |s: &Self, name: &str| -> R<IntValue<'ctx>> {
            let p = program::rt_global(s.g, name).as_pointer_value();
            s.b.build_ptr_to_int(p, s.i64(), name).map_err(e)
        };
        let (t, f, n) =
            (singleton(self, "krait_true")?, singleton(self, "krait_false")?, singleton(self, "krait_none")?);
        let is_true = self.b.build_int_compare(IntPredicate::EQ, w, t, "is_true").map_err(e)?;
        let is_false = self.b.build_int_compare(IntPredicate::EQ, w, f, "is_false").map_err(e)?;
        let is_none = self.b.build_int_compare(IntPredicate::EQ, w, n, "is_none").map_err(e)?;
        let known = self.b.build_or(is_true, is_false, "known").map_err(e)?;
        let known = self.b.build_or(known, is_none, "known").map_err(e)?;
        let (constant, object) = (self.new_bb("constant"), self.new_bb("object"));
        self.b.build_conditional_branch(known, constant, object).map_err(e)?;
        self.b.position_at_end(constant);
        incoming.push((is_true, constant));
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(object);
        let r = self.rt("krait_truthy", &[w.into()], Check::MinusOne)?.into_int_value();
        let t = self.b.build_int_compare(IntPredicate::NE, r, self.g.ctx.i32_type().const_zero(), "t").map_err(e)?;
        incoming.push((t, self.b.get_insert_block().ok_or("no block")?));
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        let phi = self.b.build_phi(self.g.ctx.bool_type(), "t").map_err(e)?;
        for (t, bb) in &incoming {
            phi.add_incoming(&[(t, *bb)]);
        }
        Ok(phi.as_basic_value())
    }

    /// `Unbox` of a shadowed local into a `float`.
    pub(super) fn unbox_shadowed(&mut self, op: &Operand) -> R<Option<BasicValueEnum<'ctx>>> {
        let Some(shadow) = self.shadow(op) else { return Ok(None) };
        let w = self.raw_word(op)?;
        let unboxed = self.b.build_int_compare(IntPredicate::EQ, w, self.int(UNBOXED), "unboxed").map_err(e)?;
        let v = self.diamond(
            unboxed,
            self.f64().into(),
            &mut |s: &mut Self| s.b.build_load(s.f64(), shadow, "f").map_err(e),
            &mut |s: &mut Self| s.rt("krait_float_value", &[w.into()], Check::None),
        )?;
        Ok(Some(v))
    }
    /// `Rvalue::AsFloat`: a float (or a shadow's unboxed one) inline, anything else through
    /// rt's conversion.
    pub(super) fn as_float(&mut self, op: &Operand) -> R<BasicValueEnum<'ctx>> {
        let v = self.float_view(op)?;
        self.diamond(v.float, self.f64().into(), &mut |_| Ok(v.f.into()), &mut |s: &mut Self| {
            let w = s.word(op)?;
            s.rt("krait_as_float", &[w], Check::Pending)
        })
    }

    /// `Rvalue::MathUnary`: `math.sqrt` of a non-negative float inline (IEEE's square root,
    /// as the C library's), every other case in rt.
    pub(super) fn math_unary(&mut self, func: u32, op: &Operand) -> R<BasicValueEnum<'ctx>> {
        let x = self.operand(op)?.into_float_value();
        let code = self.g.ctx.i32_type().const_int(u64::from(func), false);
        let call_rt = |s: &mut Self| s.rt("krait_math_unary", &[code.into(), x.into()], Check::Pending);
        if krait_lower::typing::MATH_UNARY.get(func as usize) != Some(&"sqrt") {
            return call_rt(self);
        }
        let non_negative =
            self.b.build_float_compare(FloatPredicate::OGE, x, self.f64().const_zero(), "non_negative").map_err(e)?;
        self.diamond(
            non_negative,
            self.f64().into(),
            &mut |s: &mut Self| {
                let sqrt = inkwell::intrinsics::Intrinsic::find("llvm.sqrt").ok_or("missing llvm.sqrt")?;
                let decl = sqrt.get_declaration(&s.g.module, &[s.f64().into()]).ok_or("llvm.sqrt declaration")?;
                call(&s.b, decl, &[x.into()])
            },
            &mut |s: &mut Self| call_rt(s),
        )
    }
}
