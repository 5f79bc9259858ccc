//! Instances of sealed classes (MIR's `ClassDecl`): attribute reads and writes go straight
//! to an instance's inline values, and method calls (lowered as `IsInstance` tests before
//! direct calls) skip rt's lookup, whenever the instance's type is the class's guard word.
//!
//! rt keeps a sealed class's guard equal to its type while the class is as its statement
//! made it, and sets it to 0 for good otherwise (rt's `sealed.rs`); an instance whose
//! attributes moved to a `__dict__` has `len` 0 (and a non-null `dict`). The offsets below
//! are those of rt's `InstanceObj`, asserted there.

use inkwell::IntPredicate;
use inkwell::basic_block::BasicBlock;
use inkwell::values::{BasicValueEnum, IntValue, PointerValue};
use krait_lower::mir::{ClassId, Field, Operand};

use super::{Check, FnGen, R, call_void, e};

/// Byte offsets in an instance (rt's `InstanceObj`): its `__dict__` (null while its
/// attributes are inline values), how many inline values it has and room for, and the
/// values themselves.
const DICT: u64 = 8;
const LEN: u64 = 16;
const CAP: u64 = 20;
const VALUES: u64 = 32;

impl<'ctx> FnGen<'_, 'ctx, '_> {
    /// The address `offset` bytes into object `w`.
    fn field_ptr(&self, w: IntValue<'ctx>, offset: u64) -> R<PointerValue<'ctx>> {
        let p = self.b.build_int_to_ptr(w, self.g.ptr_type(), "obj").map_err(e)?;
        let i8t = self.g.ctx.i8_type();
        // SAFETY: callers pass offsets within the object.
        unsafe { self.b.build_in_bounds_gep(i8t, p, &[self.int(offset as i64)], "field") }.map_err(e)
    }

    /// The word `offset` bytes into object `w`.
    fn load_word_at(&self, w: IntValue<'ctx>, offset: u64) -> R<IntValue<'ctx>> {
        let p = self.field_ptr(w, offset)?;
        Ok(self.b.build_load(self.i64(), p, "w").map_err(e)?.into_int_value())
    }

    /// The `u32` `offset` bytes into object `w`, widened.
    fn load_u32_at(&self, w: IntValue<'ctx>, offset: u64) -> R<IntValue<'ctx>> {
        let p = self.field_ptr(w, offset)?;
        let v = self.b.build_load(self.g.ctx.i32_type(), p, "n").map_err(e)?.into_int_value();
        self.b.build_int_z_extend(v, self.i64(), "n64").map_err(e)
    }

    /// The guard word of sealed class `class`.
    fn guard(&self, class: ClassId) -> R<IntValue<'ctx>> {
        let g = self.g.guards[class.index()];
        Ok(self.b.build_load(self.i64(), g.as_pointer_value(), "guard").map_err(e)?.into_int_value())
    }

    /// The type word of `w`, in a block reached only when `w` is an object (not a small
    /// int); small ints go to `other`.
    fn type_word_or(&mut self, w: IntValue<'ctx>, other: BasicBlock<'ctx>) -> R<IntValue<'ctx>> {
        let tagged = self.is_tagged(w)?;
        let object = self.new_bb("object");
        self.b.build_conditional_branch(tagged, other, object).map_err(e)?;
        self.b.position_at_end(object);
        self.load_word_at(w, 0)
    }

    /// `IsInstance`: `obj` is an instance of exactly `class`, whose guard holds, with its
    /// attributes inline.
    pub(super) fn is_instance(&mut self, obj: &Operand, class: ClassId) -> R<BasicValueEnum<'ctx>> {
        let w = self.word(obj)?.into_int_value();
        let (no, join) = (self.new_bb("not_instance"), self.new_bb("is_instance"));
        let ty = self.type_word_or(w, no)?;
        let guard = self.guard(class)?;
        let same = self.b.build_int_compare(IntPredicate::EQ, ty, guard, "same").map_err(e)?;
        let dict = self.load_word_at(w, DICT)?;
        let inline = self.b.build_int_compare(IntPredicate::EQ, dict, self.i64().const_zero(), "inline").map_err(e)?;
        let yes = self.b.build_and(same, inline, "yes").map_err(e)?;
        let yes_end = self.b.get_insert_block().ok_or("no block")?;
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(no);
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        let phi = self.b.build_phi(self.g.ctx.bool_type(), "is").map_err(e)?;
        phi.add_incoming(&[(&yes, yes_end), (&self.g.ctx.bool_type().const_zero(), no)]);
        Ok(phi.as_basic_value())
    }

    /// `ClassSealed`: the guard of `class` holds.
    pub(super) fn class_sealed(&mut self, class: ClassId) -> R<BasicValueEnum<'ctx>> {
        let guard = self.guard(class)?;
        Ok(self.b.build_int_compare(IntPredicate::NE, guard, self.i64().const_zero(), "sealed").map_err(e)?.into())
    }

    /// For each field, a block reached when `w` (an object, whose type word is `ty`) is an
    /// instance of the field's class; the last test fails to `other`.
    fn field_dispatch(
        &mut self,
        ty: IntValue<'ctx>,
        fields: &[Field],
        other: BasicBlock<'ctx>,
    ) -> R<Vec<BasicBlock<'ctx>>> {
        let mut hits = Vec::with_capacity(fields.len());
        for (k, f) in fields.iter().enumerate() {
            let guard = self.guard(f.class)?;
            let same = self.b.build_int_compare(IntPredicate::EQ, ty, guard, "same").map_err(e)?;
            let hit = self.new_bb("field");
            let next = if k + 1 == fields.len() { other } else { self.new_bb("next_class") };
            self.b.build_conditional_branch(same, hit, next).map_err(e)?;
            hits.push(hit);
            if k + 1 < fields.len() {
                self.b.position_at_end(next);
            }
        }
        Ok(hits)
    }

    /// `GetAttr`: the inline value of a sealed class's instance that has it, else rt's
    /// cached lookup.
    pub(super) fn get_attr(&mut self, obj: &Operand, name: &str, fields: &[Field]) -> R<BasicValueEnum<'ctx>> {
        let w = self.word(obj)?.into_int_value();
        let n = self.str_word(name)?;
        if fields.is_empty() {
            let cache = self.g.site_cache().as_pointer_value().into();
            return self.rt("krait_getattr_cached", &[w.into(), n, cache], Check::Null);
        }
        let (slow, join) = (self.new_bb("getattr_slow"), self.new_bb("getattr_join"));
        let ty = self.type_word_or(w, slow)?;
        let hits = self.field_dispatch(ty, fields, slow)?;
        let mut incoming: Vec<(IntValue<'ctx>, BasicBlock<'ctx>)> = Vec::new();
        for (f, hit) in fields.iter().zip(hits) {
            self.b.position_at_end(hit);
            let len = self.load_u32_at(w, LEN)?;
            let index = self.int(i64::from(f.index));
            let has = self.b.build_int_compare(IntPredicate::ULT, index, len, "has").map_err(e)?;
            let read = self.new_bb("read_field");
            self.b.build_conditional_branch(has, read, slow).map_err(e)?;
            self.b.position_at_end(read);
            let v = self.load_word_at(w, VALUES + 8 * u64::from(f.index))?;
            incoming.push((v, read));
            self.b.build_unconditional_branch(join).map_err(e)?;
        }
        self.b.position_at_end(slow);
        let cache = self.g.site_cache().as_pointer_value().into();
        let v = self.rt("krait_getattr_cached", &[w.into(), n, cache], Check::Null)?.into_int_value();
        incoming.push((v, self.b.get_insert_block().ok_or("no block")?));
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        let phi = self.b.build_phi(self.i64(), "attr").map_err(e)?;
        for (v, bb) in &incoming {
            phi.add_incoming(&[(v, *bb)]);
        }
        Ok(phi.as_basic_value())
    }

    /// `SetAttr`: into the inline value of a sealed class's instance that has it or gets it
    /// next, else through rt's cached store.
    pub(super) fn set_attr(&mut self, obj: &Operand, name: &str, value: &Operand, fields: &[Field]) -> R<()> {
        let w = self.word(obj)?.into_int_value();
        let v = self.word(value)?;
        let n = self.str_word(name)?;
        if fields.is_empty() {
            let cache = self.g.site_cache().as_pointer_value().into();
            self.rt("krait_setattr_cached", &[w.into(), n, v, cache], Check::Null)?;
            return Ok(());
        }
        let (slow, join) = (self.new_bb("setattr_slow"), self.new_bb("setattr_join"));
        let ty = self.type_word_or(w, slow)?;
        let hits = self.field_dispatch(ty, fields, slow)?;
        for (f, hit) in fields.iter().zip(hits) {
            self.b.position_at_end(hit);
            let len = self.load_u32_at(w, LEN)?;
            let index = self.int(i64::from(f.index));
            let has = self.b.build_int_compare(IntPredicate::ULT, index, len, "has").map_err(e)?;
            let (store, append_test, append) =
                (self.new_bb("store_field"), self.new_bb("append_test"), self.new_bb("append_field"));
            self.b.build_conditional_branch(has, store, append_test).map_err(e)?;
            // The next attribute the instance gets, when it has room for it and no `__dict__`
            // (whose `len` is 0 too).
            self.b.position_at_end(append_test);
            let next = self.b.build_int_compare(IntPredicate::EQ, index, len, "next").map_err(e)?;
            let cap = self.load_u32_at(w, CAP)?;
            let room = self.b.build_int_compare(IntPredicate::ULT, index, cap, "room").map_err(e)?;
            let dict = self.load_word_at(w, DICT)?;
            let inline =
                self.b.build_int_compare(IntPredicate::EQ, dict, self.i64().const_zero(), "inline").map_err(e)?;
            let ok = self.b.build_and(next, room, "ok").map_err(e)?;
            let ok = self.b.build_and(ok, inline, "ok").map_err(e)?;
            self.b.build_conditional_branch(ok, append, slow).map_err(e)?;
            self.b.position_at_end(append);
            let len_ptr = self.field_ptr(w, LEN)?;
            let i32t = self.g.ctx.i32_type();
            self.b.build_store(len_ptr, i32t.const_int(u64::from(f.index) + 1, false)).map_err(e)?;
            self.b.build_unconditional_branch(store).map_err(e)?;
            self.b.position_at_end(store);
            let p = self.field_ptr(w, VALUES + 8 * u64::from(f.index))?;
            self.b.build_store(p, v).map_err(e)?;
            self.b.build_unconditional_branch(join).map_err(e)?;
        }
        self.b.position_at_end(slow);
        let cache = self.g.site_cache().as_pointer_value().into();
        self.rt("krait_setattr_cached", &[w.into(), n, v, cache], Check::Null)?;
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        Ok(())
    }

    /// `SealClass`: rt gives the class its keys and sets its guard.
    pub(super) fn seal_class(&mut self, class: ClassId, cls: &Operand) -> R<()> {
        let c = self.word(cls)?;
        let keys: Vec<Operand> = self.g.prog.classes[class.index()]
            .keys
            .iter()
            .map(|k| Operand::Const(krait_lower::mir::Constant::Str(k.clone())))
            .collect();
        let arr = self.array(&keys)?;
        let guard = self.g.guards[class.index()].as_pointer_value();
        let n = self.len(keys.len());
        call_void(&self.b, self.g.rt("krait_seal_class"), &[c, guard.into(), arr.into(), n])
    }
}
