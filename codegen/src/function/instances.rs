//! Instances of sealed classes (MIR's `ClassDecl`): attribute reads and writes go straight
//! to an instance's inline values, and method calls (lowered as `SwitchClass` tests before
//! direct calls) skip rt's lookup, whenever the instance's type is the class's guard word.
//!
//! rt keeps a sealed class's guard equal to its type while the class is as its statement
//! made it, and sets it to `UNSEALED` for good otherwise (rt's `sealed.rs`); an instance whose
//! attributes moved to a `__dict__` has `len` 0 (and a non-null `dict`). The instances of a
//! class with `__slots__` all along its MRO have no inline values: their slots follow the
//! header, null while unset. The offsets below are those of rt's `InstanceObj`, asserted
//! there.

use inkwell::IntPredicate;
use inkwell::basic_block::BasicBlock;
use inkwell::values::{BasicValueEnum, IntValue, PointerValue};
use krait_lower::mir::{BlockId, ClassCase, ClassDecl, ClassId, Field, Operand};

use super::numbers::Number;
use super::{Check, FnGen, R, call_void, e};

/// Byte offsets in an instance (rt's `InstanceObj`): its `__dict__` (null while its
/// attributes are inline values), how many inline values it has and room for, and the
/// values themselves.
const DICT: u64 = 8;
const LEN: u64 = 16;
const CAP: u64 = 20;
const VALUES: u64 = 32;

/// Where an attribute is in the instances of a class: its key's index, the byte offsets of its
/// value and of its float if it keeps one, and whether it is a slot.
#[derive(Clone, Copy, PartialEq)]
struct Place {
    index: u32,
    value: u64,
    float: Option<u64>,
    slots: bool,
}

/// Where key `index` of sealed class `c` is in an instance: the byte offset of its value,
/// and of its float if it keeps one (`ClassDecl::floats`: the floats come first).
fn place(c: &ClassDecl, index: u32) -> (u64, Option<u64>) {
    let i = index as usize;
    let nfloats = c.floats.iter().filter(|&&f| f).count() as u64;
    let value = VALUES + 8 * (nfloats + u64::from(index));
    let float = c.floats[i].then(|| VALUES + 8 * c.floats[..i].iter().filter(|&&f| f).count() as u64);
    (value, float)
}

/// The float mask rt's `krait_seal_class` takes: bit `i` for each key keeping a float.
fn float_mask(c: &ClassDecl) -> u64 {
    c.floats.iter().enumerate().filter(|(_, f)| **f).fold(0, |m, (i, _)| m | 1 << i)
}

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

    /// `SwitchClass`: to the case of the sealed class `obj` is an instance of exactly (whose
    /// guard holds, the instance's attributes inline), else to `otherwise`.
    pub(super) fn switch_class(&mut self, obj: &Operand, cases: &[ClassCase], otherwise: BlockId) -> R<()> {
        // The word as it is: an unboxed float is no instance (and is not boxed to tell).
        let w = self.raw_word(obj)?;
        let other = self.blocks[otherwise.index()];
        let unboxed =
            self.b.build_int_compare(IntPredicate::EQ, w, self.int(super::numbers::UNBOXED), "unboxed").map_err(e)?;
        let maybe = self.new_bb("maybe_instance");
        self.b.build_conditional_branch(unboxed, other, maybe).map_err(e)?;
        self.b.position_at_end(maybe);
        let ty = self.type_word_or(w, other)?;
        for (k, case) in cases.iter().enumerate() {
            let guard = self.guard(case.class)?;
            // Its subtree: the class is in the display of the instance's type.
            let tested = if case.subclasses { self.display_entry(ty, case.class)? } else { ty };
            let target = case.block;
            let same = self.b.build_int_compare(IntPredicate::EQ, tested, guard, "same").map_err(e)?;
            let (hit, next) =
                (self.new_bb("class_hit"), if k + 1 == cases.len() { other } else { self.new_bb("next_class") });
            self.b.build_conditional_branch(same, hit, next).map_err(e)?;
            self.b.position_at_end(hit);
            let dict = self.load_word_at(w, DICT)?;
            let inline =
                self.b.build_int_compare(IntPredicate::EQ, dict, self.i64().const_zero(), "inline").map_err(e)?;
            self.b.build_conditional_branch(inline, self.blocks[target.index()], other).map_err(e)?;
            if k + 1 < cases.len() {
                self.b.position_at_end(next);
            }
        }
        if cases.is_empty() {
            self.b.build_unconditional_branch(other).map_err(e)?;
        }
        Ok(())
    }

    /// `ClassSealed`: the guard of `class` holds.
    pub(super) fn class_sealed(&mut self, class: ClassId) -> R<BasicValueEnum<'ctx>> {
        let guard = self.guard(class)?;
        let unsealed = self.int(crate::layout::UNSEALED as i64);
        Ok(self.b.build_int_compare(IntPredicate::NE, guard, unsealed, "sealed").map_err(e)?.into())
    }

    /// For each field, a block reached when `w` (an object, whose type word is `ty`) is an
    /// instance of the field's class; the last test fails to `other`.
    /// Classes whose instances keep the attribute in the same place share one block, and a
    /// class whose sealed subclasses all keep it there too is tested for its whole subtree.
    fn field_dispatch(
        &mut self,
        ty: IntValue<'ctx>,
        fields: &[Field],
        other: BasicBlock<'ctx>,
    ) -> R<Vec<(Place, BasicBlock<'ctx>)>> {
        let classes = &self.g.prog.classes;
        let placed: Vec<(ClassId, Place)> = fields
            .iter()
            .map(|f| {
                let c = &classes[f.class.index()];
                let (value, float) = place(c, f.index);
                (f.class, Place { index: f.index, value, float, slots: c.slots })
            })
            .collect();
        let descends = |c: ClassId, ancestor: ClassId| {
            std::iter::successors(Some(c), |&k| classes[k.index()].base).any(|k| k == ancestor)
        };
        // The tests: a class, and whether it stands for its subtree (ancestors first).
        let mut order: Vec<(ClassId, Place)> = placed.clone();
        order.sort_by_key(|(c, _)| std::iter::successors(Some(*c), |&k| classes[k.index()].base).count());
        let mut tests: Vec<(ClassId, bool, Place)> = Vec::new();
        for &(c, p) in &order {
            if tests.iter().any(|&(t, whole, _)| whole && descends(c, t)) {
                continue;
            }
            let subtree: Vec<ClassId> =
                (0..classes.len()).map(|i| ClassId(i as u32)).filter(|&k| descends(k, c)).collect();
            let whole = classes[c.index()].depth.is_some()
                && subtree.len() > 1
                && subtree.iter().all(|&k| placed.iter().any(|&(q, pq)| q == k && pq == p));
            tests.push((c, whole, p));
        }
        let mut hits: Vec<(Place, BasicBlock<'ctx>)> = Vec::new();
        for (k, &(class, whole, p)) in tests.iter().enumerate() {
            let hit = match hits.iter().find(|(q, _)| *q == p) {
                Some((_, bb)) => *bb,
                None => {
                    let bb = self.new_bb("field");
                    hits.push((p, bb));
                    bb
                }
            };
            let tested = if whole { self.display_entry(ty, class)? } else { ty };
            let guard = self.guard(class)?;
            let same = self.b.build_int_compare(IntPredicate::EQ, tested, guard, "same").map_err(e)?;
            let next = if k + 1 == tests.len() { other } else { self.new_bb("next_class") };
            self.b.build_conditional_branch(same, hit, next).map_err(e)?;
            if k + 1 < tests.len() {
                self.b.position_at_end(next);
            }
        }
        Ok(hits)
    }

    /// The entry of the display of type `ty` at the depth of sealed class `class` (which
    /// has one): `class`'s type when `ty` is it or one of its sealed subclasses.
    fn display_entry(&mut self, ty: IntValue<'ctx>, class: ClassId) -> R<IntValue<'ctx>> {
        let depth = self.g.prog.classes[class.index()].depth.ok_or("internal compiler error: no depth")?;
        let p = self.b.build_int_to_ptr(ty, self.g.ptr_type(), "type").map_err(e)?;
        let offset = self.int((crate::layout::TYPE_DISPLAY + 8 * u64::from(depth)) as i64);
        let i8t = self.g.ctx.i8_type();
        // SAFETY: every type object has its display at this offset.
        let at = unsafe { self.b.build_in_bounds_gep(i8t, p, &[offset], "display") }.map_err(e)?;
        Ok(self.b.build_load(self.i64(), at, "ancestor").map_err(e)?.into_int_value())
    }

    /// Whether any of the fields keeps a float.
    pub(super) fn float_fields(&self, fields: &[Field]) -> bool {
        fields.iter().any(|f| self.g.prog.classes[f.class.index()].floats[f.index as usize])
    }

    /// `GetAttr` as an object: the inline value (or slot) of a sealed class's instance that
    /// has it, else rt's cached lookup.
    pub(super) fn get_attr(&mut self, obj: &Operand, name: &str, fields: &[Field]) -> R<BasicValueEnum<'ctx>> {
        let n = self.get_attr_number(obj, name, fields)?;
        if !self.float_fields(fields) {
            return Ok(n.word.into());
        }
        self.number_as(n, krait_lower::mir::Type::Dyn)
    }

    /// `GetAttr` as a `Number`: a kept float unboxed (`UNBOXED`, the float beside it).
    pub(super) fn get_attr_number(&mut self, obj: &Operand, name: &str, fields: &[Field]) -> R<Number<'ctx>> {
        let w = self.word(obj)?.into_int_value();
        let n = self.str_word(name)?;
        let zero = self.g.ctx.f64_type().const_zero();
        if fields.is_empty() {
            let cache = self.g.site_cache().as_pointer_value().into();
            let v = self.rt("krait_getattr_cached", &[w.into(), n, cache], Check::Null)?.into_int_value();
            return Ok(Number { word: v, f: zero });
        }
        let (slow, join) = (self.new_bb("getattr_slow"), self.new_bb("getattr_join"));
        let ty = self.type_word_or(w, slow)?;
        let hits = self.field_dispatch(ty, fields, slow)?;
        let mut incoming = Vec::new();
        for (p, hit) in hits {
            self.b.position_at_end(hit);
            let (offset, float) = (p.value, p.float);
            let read = self.new_bb("read_field");
            if p.slots {
                // A slot, null while unset.
                let v = self.load_word_at(w, offset)?;
                let set = self.b.build_int_compare(IntPredicate::NE, v, self.i64().const_zero(), "set").map_err(e)?;
                self.b.build_conditional_branch(set, read, slow).map_err(e)?;
            } else {
                let len = self.load_u32_at(w, LEN)?;
                let index = self.int(i64::from(p.index));
                let has = self.b.build_int_compare(IntPredicate::ULT, index, len, "has").map_err(e)?;
                self.b.build_conditional_branch(has, read, slow).map_err(e)?;
            }
            self.b.position_at_end(read);
            let v = self.load_word_at(w, offset)?;
            let x = match float {
                Some(at) => {
                    let p = self.field_ptr(w, at)?;
                    self.b.build_load(self.g.ctx.f64_type(), p, "x").map_err(e)?.into_float_value()
                }
                None => zero,
            };
            incoming.push((v, x, read));
            self.b.build_unconditional_branch(join).map_err(e)?;
        }
        self.b.position_at_end(slow);
        let cache = self.g.site_cache().as_pointer_value().into();
        let v = self.rt("krait_getattr_cached", &[w.into(), n, cache], Check::Null)?.into_int_value();
        incoming.push((v, zero, self.b.get_insert_block().ok_or("no block")?));
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        let word = self.b.build_phi(self.i64(), "attr").map_err(e)?;
        let float = self.b.build_phi(self.g.ctx.f64_type(), "attr_f").map_err(e)?;
        for (v, x, bb) in &incoming {
            word.add_incoming(&[(v, *bb)]);
            float.add_incoming(&[(x, *bb)]);
        }
        Ok(Number { word: word.as_basic_value().into_int_value(), f: float.as_basic_value().into_float_value() })
    }

    /// `SetAttr`: into the inline value (or slot) of a sealed class's instance that has it
    /// or gets it next, else through rt's cached store. A float the value keeps unboxed (its
    /// shadow's) stays unboxed in an attribute that keeps floats.
    pub(super) fn set_attr(&mut self, obj: &Operand, name: &str, value: &Operand, fields: &[Field]) -> R<()> {
        let w = self.word(obj)?.into_int_value();
        let n = self.str_word(name)?;
        if fields.is_empty() {
            let v = self.word(value)?;
            let cache = self.g.site_cache().as_pointer_value().into();
            self.rt("krait_setattr_cached", &[w.into(), n, v, cache], Check::Null)?;
            return Ok(());
        }
        // The value as it is, and its float when it is `UNBOXED`.
        let unboxed = match self.shadow(value) {
            Some(shadow) => {
                let raw = self.raw_word(value)?;
                let x = self.b.build_load(self.g.ctx.f64_type(), shadow, "x").map_err(e)?;
                Some((raw, x))
            }
            None => None,
        };
        let (slow, join) = (self.new_bb("setattr_slow"), self.new_bb("setattr_join"));
        let ty = self.type_word_or(w, slow)?;
        let hits = self.field_dispatch(ty, fields, slow)?;
        for (p, hit) in hits {
            self.b.position_at_end(hit);
            let (offset, float) = (p.value, p.float);
            let store = self.new_bb("store_field");
            if !p.slots {
                let len = self.load_u32_at(w, LEN)?;
                let index = self.int(i64::from(p.index));
                let has = self.b.build_int_compare(IntPredicate::ULT, index, len, "has").map_err(e)?;
                let (append_test, append) = (self.new_bb("append_test"), self.new_bb("append_field"));
                self.b.build_conditional_branch(has, store, append_test).map_err(e)?;
                // The next attribute the instance gets, when it has room for it and no
                // `__dict__` (whose `len` is 0 too).
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
                self.b.build_store(len_ptr, i32t.const_int(u64::from(p.index) + 1, false)).map_err(e)?;
            }
            self.b.build_unconditional_branch(store).map_err(e)?;
            self.b.position_at_end(store);
            let p = self.field_ptr(w, offset)?;
            match (float, unboxed) {
                (Some(at), Some((raw, x))) => {
                    // The float beside the word, which may be `UNBOXED`.
                    self.b.build_store(p, raw).map_err(e)?;
                    let fp = self.field_ptr(w, at)?;
                    self.b.build_store(fp, x).map_err(e)?;
                }
                _ => {
                    let v = self.word(value)?;
                    self.b.build_store(p, v).map_err(e)?;
                }
            }
            self.b.build_unconditional_branch(join).map_err(e)?;
        }
        self.b.position_at_end(slow);
        let v = self.word(value)?;
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
        let decl = &self.g.prog.classes[class.index()];
        let slots = self.g.ctx.bool_type().const_int(u64::from(decl.slots), false);
        let mask = self.int(float_mask(decl) as i64);
        let tight = self.g.ctx.bool_type().const_int(u64::from(decl.tight), false);
        let depth = self.int(decl.depth.map_or(-1, i64::from));
        let args = [c, guard.into(), arr.into(), n, slots.into(), mask.into(), tight.into(), depth.into()];
        call_void(&self.b, self.g.rt("krait_seal_class"), &args)
    }
}
