//! Lists in generated code: `len`, items read and stored by a small-int index, and
//! `append`, straight on the list's storage, with rt's entry points as the slow path (an
//! index out of range or not a small int, a list whose storage must change, a full buffer).
//!
//! A list keeps its items as words (a Rust `Vec`, whose word order `layout.rs` knows), or,
//! when typed code filled it with floats, as unboxed floats (`unboxed`, rt's `FloatVec`).

use inkwell::IntPredicate;
use inkwell::basic_block::BasicBlock;
use inkwell::values::{BasicValueEnum, FloatValue, IntValue, PointerValue};
use krait_lower::mir::{Operand, Type};

use super::numbers::{Number, UNBOXED};
use super::{Check, FnGen, R, e};
use crate::layout::{LIST_FLOATS, LIST_ITEMS, LIST_UNBOXED, TUPLE_ITEMS, slice_ptr_word, vec_words};
use crate::program;

/// Which storage a fast path works on.
#[derive(Clone, Copy, PartialEq)]
enum Storage {
    /// The items as words (`unboxed` false).
    Words,
    /// The unboxed floats (`unboxed` true).
    Floats,
}

impl<'ctx> FnGen<'_, 'ctx, '_> {
    /// The address `offset` bytes into list `l`.
    fn list_field(&self, l: IntValue<'ctx>, offset: u64) -> R<PointerValue<'ctx>> {
        let p = self.b.build_int_to_ptr(l, self.g.ptr_type(), "list").map_err(e)?;
        // SAFETY: offsets within the list object.
        unsafe { self.b.build_in_bounds_gep(self.g.ctx.i8_type(), p, &[self.int(offset as i64)], "f") }.map_err(e)
    }

    /// The buffer, length and capacity fields of the storage of list `l`.
    fn storage_fields(&self, l: IntValue<'ctx>, s: Storage) -> R<[PointerValue<'ctx>; 3]> {
        Ok(match s {
            Storage::Words => {
                let w = vec_words();
                [
                    self.list_field(l, LIST_ITEMS + 8 * w.ptr)?,
                    self.list_field(l, LIST_ITEMS + 8 * w.len)?,
                    self.list_field(l, LIST_ITEMS + 8 * w.cap)?,
                ]
            }
            // rt's `FloatVec`: buffer, length, capacity.
            Storage::Floats => [
                self.list_field(l, LIST_FLOATS)?,
                self.list_field(l, LIST_FLOATS + 8)?,
                self.list_field(l, LIST_FLOATS + 16)?,
            ],
        })
    }

    /// Whether list `l` keeps its items in storage `s`.
    fn uses_storage(&self, l: IntValue<'ctx>, s: Storage) -> R<IntValue<'ctx>> {
        let p = self.list_field(l, LIST_UNBOXED)?;
        let i8t = self.g.ctx.i8_type();
        let flag = self.b.build_load(i8t, p, "unboxed").map_err(e)?.into_int_value();
        let pred = if s == Storage::Floats { IntPredicate::NE } else { IntPredicate::EQ };
        self.b.build_int_compare(pred, flag, i8t.const_zero(), "storage").map_err(e)
    }

    fn load_i64(&self, p: PointerValue<'ctx>, name: &str) -> R<IntValue<'ctx>> {
        Ok(self.b.build_load(self.i64(), p, name).map_err(e)?.into_int_value())
    }

    /// Branches to a new block when list `l` keeps its items in storage `s` and `index` (an
    /// `int` or `bool` operand) is a small int naming one of them (negative ones from the
    /// end), else to `slow`; returns the address of that item, in the new block.
    fn storage_slot(
        &mut self,
        l: IntValue<'ctx>,
        index: &Operand,
        s: Storage,
        slow: inkwell::basic_block::BasicBlock<'ctx>,
    ) -> R<PointerValue<'ctx>> {
        let right = self.uses_storage(l, s)?;
        let (check, hit) = (self.new_bb("list_storage"), self.new_bb("list_hit"));
        self.b.build_conditional_branch(right, check, slow).map_err(e)?;
        self.b.position_at_end(check);
        let [buf, len, _] = self.storage_fields(l, s)?;
        let (i, small) = self.small_index(index)?.ok_or("internal compiler error: list index of another type")?;
        self.item_slot(buf, len, i, small, slow, hit)
    }

    /// The small int an index operand holds (`int`, `bool` or `Dyn`), and whether it holds
    /// one; `None` for an operand of another type.
    fn small_index(&mut self, index: &Operand) -> R<Option<(IntValue<'ctx>, IntValue<'ctx>)>> {
        Ok(Some(match self.operand_ty(index) {
            Type::Bool => {
                let b = self.operand(index)?.into_int_value();
                (self.b.build_int_z_extend(b, self.i64(), "i").map_err(e)?, self.i1_const(true))
            }
            Type::Int | Type::Dyn => {
                // A shadowed local's `UNBOXED` is no small int.
                let w = self.raw_word(index)?;
                let small = self.is_tagged(w)?;
                (self.b.build_right_shift(w, self.int(1), true, "i").map_err(e)?, small)
            }
            _ => return Ok(None),
        }))
    }

    /// Branches to `hit` when index `i` (a small int when `small`) names one of the `len`
    /// items (at `len_p`) of the buffer at `buf_p` (negative ones from the end), else to
    /// `slow`; returns the item's address, in `hit`.
    fn item_slot(
        &mut self,
        buf_p: PointerValue<'ctx>,
        len_p: PointerValue<'ctx>,
        i: IntValue<'ctx>,
        small: IntValue<'ctx>,
        slow: inkwell::basic_block::BasicBlock<'ctx>,
        hit: inkwell::basic_block::BasicBlock<'ctx>,
    ) -> R<PointerValue<'ctx>> {
        let len = self.load_i64(len_p, "len")?;
        let negative = self.b.build_int_compare(IntPredicate::SLT, i, self.int(0), "negative").map_err(e)?;
        let from_end = self.b.build_int_add(i, len, "from_end").map_err(e)?;
        let j = self.b.build_select(negative, from_end, i, "j").map_err(e)?.into_int_value();
        let in_range = self.b.build_int_compare(IntPredicate::ULT, j, len, "in_range").map_err(e)?;
        let ok = self.b.build_and(small, in_range, "ok").map_err(e)?;
        self.b.build_conditional_branch(ok, hit, slow).map_err(e)?;
        self.b.position_at_end(hit);
        let buf = self.load_i64(buf_p, "buf")?;
        let buf = self.b.build_int_to_ptr(buf, self.g.ptr_type(), "items").map_err(e)?;
        // SAFETY: `j < len`, within the buffer.
        unsafe { self.b.build_in_bounds_gep(self.i64(), buf, &[j], "item") }.map_err(e)
    }

    /// The type word of `w` in a new block, or `other` for a small int or `UNBOXED`.
    fn object_type_or(
        &mut self,
        w: IntValue<'ctx>,
        other: inkwell::basic_block::BasicBlock<'ctx>,
    ) -> R<IntValue<'ctx>> {
        let unboxed = self.b.build_int_compare(IntPredicate::EQ, w, self.int(UNBOXED), "unboxed").map_err(e)?;
        let small = self.is_tagged(w)?;
        let not = self.b.build_or(unboxed, small, "not_object").map_err(e)?;
        let object = self.new_bb("object");
        self.b.build_conditional_branch(not, other, object).map_err(e)?;
        self.b.position_at_end(object);
        let p = self.b.build_int_to_ptr(w, self.g.ptr_type(), "p").map_err(e)?;
        self.load_i64(p, "ty")
    }

    /// Whether type word `ty` is the builtin type `name` (an rt global).
    fn is_type(&self, ty: IntValue<'ctx>, name: &str) -> R<IntValue<'ctx>> {
        let t = program::rt_global(self.g, name).as_pointer_value();
        let t = self.b.build_ptr_to_int(t, self.i64(), "t").map_err(e)?;
        self.b.build_int_compare(IntPredicate::EQ, ty, t, "is_type").map_err(e)
    }

    /// `obj[index]` of a `Dyn` object as a `Number`: an item of a list or tuple by a small
    /// int read in place (a list's unboxed float left unboxed), anything else through rt.
    pub(super) fn dyn_item(&mut self, obj: &Operand, index: &Operand) -> R<Number<'ctx>> {
        let zero = self.g.ctx.f64_type().const_zero();
        let slow = self.new_bb("getitem_slow");
        let join = self.new_bb("getitem");
        let mut incoming: Vec<(IntValue<'ctx>, FloatValue<'ctx>, BasicBlock<'ctx>)> = Vec::new();
        if let Some((i, small)) = self.small_index(index)? {
            let w = self.raw_word(obj)?;
            let ty = self.object_type_or(w, slow)?;
            let (list, not_list, tuple) = (self.new_bb("list"), self.new_bb("not_list"), self.new_bb("tuple"));
            let is_list = self.is_type(ty, "krait_list_type")?;
            self.b.build_conditional_branch(is_list, list, not_list).map_err(e)?;
            // A list: its words, or its unboxed floats.
            self.b.position_at_end(list);
            let (words, floats, words_hit, floats_hit) =
                (self.new_bb("words"), self.new_bb("floats"), self.new_bb("word_item"), self.new_bb("float_item"));
            let unboxed = self.uses_storage(w, Storage::Floats)?;
            self.b.build_conditional_branch(unboxed, floats, words).map_err(e)?;
            self.b.position_at_end(words);
            let [buf, len, _] = self.storage_fields(w, Storage::Words)?;
            let slot = self.item_slot(buf, len, i, small, slow, words_hit)?;
            incoming.push((self.load_i64(slot, "item")?, zero, words_hit));
            self.b.build_unconditional_branch(join).map_err(e)?;
            self.b.position_at_end(floats);
            let [buf, len, _] = self.storage_fields(w, Storage::Floats)?;
            let slot = self.item_slot(buf, len, i, small, slow, floats_hit)?;
            let f = self.b.build_load(self.g.ctx.f64_type(), slot, "f").map_err(e)?.into_float_value();
            incoming.push((self.int(UNBOXED), f, floats_hit));
            self.b.build_unconditional_branch(join).map_err(e)?;
            // A tuple: its items.
            self.b.position_at_end(not_list);
            let is_tuple = self.is_type(ty, "krait_tuple_type")?;
            let in_tuple = self.new_bb("in_tuple");
            self.b.build_conditional_branch(is_tuple, in_tuple, slow).map_err(e)?;
            self.b.position_at_end(in_tuple);
            let p = slice_ptr_word();
            let buf = self.list_field(w, TUPLE_ITEMS + 8 * p)?;
            let len = self.list_field(w, TUPLE_ITEMS + 8 * (1 - p))?;
            let slot = self.item_slot(buf, len, i, small, slow, tuple)?;
            incoming.push((self.load_i64(slot, "item")?, zero, tuple));
            self.b.build_unconditional_branch(join).map_err(e)?;
        } else {
            self.b.build_unconditional_branch(slow).map_err(e)?;
        }
        self.b.position_at_end(slow);
        let (o, i) = (self.word(obj)?, self.word(index)?);
        self.join_unboxed_call("krait_getitem_unboxed", &[o, i], incoming, join)
    }

    /// `obj[index] = value` of a `Dyn` object: into a list's storage by a small int in
    /// place, anything else through rt.
    pub(super) fn dyn_set_item(&mut self, obj: &Operand, index: &Operand, value: &Operand) -> R<()> {
        let Some((i, small)) = self.small_index(index)? else {
            let (o, i) = (self.word(obj)?, self.word(index)?);
            let ok = self.call_with_number("krait_setitem", "krait_setitem_float", &[o, i], value)?;
            return self.check(ok.ok_or("setitem has a result")?, Check::False);
        };
        let w = self.raw_word(obj)?;
        self.with_list_value(value, &mut |s: &mut Self, v| {
            let (maybe, slow, join, hit) =
                (s.new_bb("maybe_list"), s.new_bb("setitem_slow"), s.new_bb("setitem"), s.new_bb("set_item"));
            let ty = s.object_type_or(w, slow)?;
            let is_list = s.is_type(ty, "krait_list_type")?;
            s.b.build_conditional_branch(is_list, maybe, slow).map_err(e)?;
            s.b.position_at_end(maybe);
            let storage = if v.is_ok() { Storage::Floats } else { Storage::Words };
            let (right, storage_bb) = (s.uses_storage(w, storage)?, s.new_bb("storage"));
            s.b.build_conditional_branch(right, storage_bb, slow).map_err(e)?;
            s.b.position_at_end(storage_bb);
            let [buf, len, _] = s.storage_fields(w, storage)?;
            let slot = s.item_slot(buf, len, i, small, slow, hit)?;
            match v {
                Ok(f) => s.b.build_store(slot, f).map_err(e)?,
                Err(x) => s.b.build_store(slot, x).map_err(e)?,
            };
            s.b.build_unconditional_branch(join).map_err(e)?;
            s.b.position_at_end(slow);
            let (o, i) = (s.word(obj)?, s.word(index)?);
            let ok = match v {
                Ok(f) => s.rt("krait_setitem_float", &[o, i, f.into()], Check::None)?,
                Err(x) => s.rt("krait_setitem", &[o, i, x.into()], Check::None)?,
            };
            s.check(ok, Check::False)?;
            s.b.build_unconditional_branch(join).map_err(e)?;
            s.b.position_at_end(join);
            Ok(())
        })
    }

    pub(super) fn i1_const(&self, v: bool) -> IntValue<'ctx> {
        self.g.ctx.bool_type().const_int(u64::from(v), false)
    }

    /// `ListLen`: the length of either storage, as an `int`.
    pub(super) fn list_len(&mut self, list: &Operand) -> R<BasicValueEnum<'ctx>> {
        let l = self.word(list)?.into_int_value();
        let floats = self.uses_storage(l, Storage::Floats)?;
        let [_, words_len, _] = self.storage_fields(l, Storage::Words)?;
        let [_, floats_len, _] = self.storage_fields(l, Storage::Floats)?;
        let p = self.b.build_select(floats, floats_len, words_len, "len_field").map_err(e)?.into_pointer_value();
        let n = self.load_i64(p, "len")?;
        let shifted = self.b.build_left_shift(n, self.int(1), "n2").map_err(e)?;
        Ok(self.b.build_or(shifted, self.int(1), "len").map_err(e)?.into())
    }

    /// `ListItem` into a destination of type `dest`.
    pub(super) fn list_item(&mut self, list: &Operand, index: &Operand, dest: Type) -> R<BasicValueEnum<'ctx>> {
        let l = self.word(list)?.into_int_value();
        let (slow, join) = (self.new_bb("item_slow"), self.new_bb("item"));
        let (storage, ty): (Storage, inkwell::types::BasicTypeEnum<'ctx>) = match dest {
            Type::Float => (Storage::Floats, self.g.ctx.f64_type().into()),
            _ => (Storage::Words, self.i64().into()),
        };
        let slot = self.storage_slot(l, index, storage, slow)?;
        let fast = self.b.build_load(ty, slot, "item").map_err(e)?;
        let fast_end = self.b.get_insert_block().ok_or("no block")?;
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(slow);
        let i = self.word(index)?;
        let v = match dest {
            Type::Float => self.rt("krait_list_item_float", &[l.into(), i], Check::Pending)?,
            _ => self.rt("krait_list_item", &[l.into(), i], Check::Null)?,
        };
        let slow_end = self.b.get_insert_block().ok_or("no block")?;
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        let phi = self.b.build_phi(ty, "item").map_err(e)?;
        phi.add_incoming(&[(&fast, fast_end), (&v, slow_end)]);
        let v = phi.as_basic_value();
        if dest == Type::Bool { self.is_true_object(v) } else { Ok(v) }
    }

    /// `ListItem` into a local with a float shadow: an unboxed float stays unboxed.
    pub(super) fn list_item_number(&mut self, list: &Operand, index: &Operand) -> R<Number<'ctx>> {
        let l = self.word(list)?.into_int_value();
        let (words, slow, join) = (self.new_bb("try_words"), self.new_bb("item_slow"), self.new_bb("item"));
        let mut incoming: Vec<(IntValue<'ctx>, FloatValue<'ctx>, BasicBlock<'ctx>)> = Vec::new();
        let zero = self.g.ctx.f64_type().const_zero();
        let slot = self.storage_slot(l, index, Storage::Floats, words)?;
        let f = self.b.build_load(self.g.ctx.f64_type(), slot, "f").map_err(e)?.into_float_value();
        incoming.push((self.int(UNBOXED), f, self.b.get_insert_block().ok_or("no block")?));
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(words);
        let slot = self.storage_slot(l, index, Storage::Words, slow)?;
        let w = self.load_i64(slot, "item")?;
        incoming.push((w, zero, self.b.get_insert_block().ok_or("no block")?));
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(slow);
        let i = self.word(index)?;
        self.join_unboxed_call("krait_list_item_unboxed", &[l.into(), i], incoming, join)
    }

    /// The slow path of an item read into a word and a float: rt's `name` with `args` and a
    /// slot for the float (`UNBOXED` in the word says it is there), joined at `join` with
    /// the fast paths' `incoming` results.
    fn join_unboxed_call(
        &mut self,
        name: &str,
        args: &[BasicValueEnum<'ctx>],
        mut incoming: Vec<(IntValue<'ctx>, FloatValue<'ctx>, BasicBlock<'ctx>)>,
        join: BasicBlock<'ctx>,
    ) -> R<Number<'ctx>> {
        let out = self.entry_alloca(self.g.ctx.f64_type().into())?;
        let args: Vec<BasicValueEnum<'ctx>> = args.iter().copied().chain([out.into()]).collect();
        let w = self.rt(name, &args, Check::Null)?.into_int_value();
        let f = self.b.build_load(self.g.ctx.f64_type(), out, "f").map_err(e)?.into_float_value();
        incoming.push((w, f, self.b.get_insert_block().ok_or("no block")?));
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        let word = self.b.build_phi(self.i64(), "w").map_err(e)?;
        let float = self.b.build_phi(self.g.ctx.f64_type(), "f").map_err(e)?;
        for (w, f, bb) in &incoming {
            word.add_incoming(&[(w, *bb)]);
            float.add_incoming(&[(f, *bb)]);
        }
        Ok(Number { word: word.as_basic_value().into_int_value(), f: float.as_basic_value().into_float_value() })
    }

    /// A value as a list stores it: an unboxed float (a `float` operand, or a shadowed local
    /// holding one, told apart at run time) or a word. Runs `store` in the block for each
    /// form the value may take, then joins.
    fn with_list_value(
        &mut self,
        value: &Operand,
        store: &mut dyn FnMut(&mut Self, Result<FloatValue<'ctx>, IntValue<'ctx>>) -> R<()>,
    ) -> R<()> {
        if self.operand_ty(value) == Type::Float {
            let f = self.operand(value)?.into_float_value();
            return store(self, Ok(f));
        }
        let Some(shadow) = self.shadow(value) else {
            let w = self.word(value)?.into_int_value();
            return store(self, Err(w));
        };
        let w = self.raw_word(value)?;
        let unboxed = self.b.build_int_compare(IntPredicate::EQ, w, self.int(UNBOXED), "unboxed").map_err(e)?;
        let (float, word, join) = (self.new_bb("store_float"), self.new_bb("store_word"), self.new_bb("stored"));
        self.b.build_conditional_branch(unboxed, float, word).map_err(e)?;
        self.b.position_at_end(float);
        let f = self.b.build_load(self.g.ctx.f64_type(), shadow, "f").map_err(e)?.into_float_value();
        store(self, Ok(f))?;
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(word);
        store(self, Err(w))?;
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        Ok(())
    }

    /// `SetListItem`.
    pub(super) fn set_list_item(&mut self, list: &Operand, index: &Operand, value: &Operand) -> R<()> {
        let l = self.word(list)?.into_int_value();
        self.with_list_value(value, &mut |s: &mut Self, v| {
            let (slow, join) = (s.new_bb("set_slow"), s.new_bb("set"));
            let storage = if v.is_ok() { Storage::Floats } else { Storage::Words };
            let slot = s.storage_slot(l, index, storage, slow)?;
            match v {
                Ok(f) => s.b.build_store(slot, f).map_err(e)?,
                Err(w) => s.b.build_store(slot, w).map_err(e)?,
            };
            s.b.build_unconditional_branch(join).map_err(e)?;
            s.b.position_at_end(slow);
            let i = s.word(index)?;
            let ok = match v {
                Ok(f) => s.rt("krait_list_set_item_float", &[l.into(), i, f.into()], Check::None)?,
                Err(w) => s.rt("krait_list_set_item", &[l.into(), i, w.into()], Check::None)?,
            };
            s.check(ok, Check::False)?;
            s.b.build_unconditional_branch(join).map_err(e)?;
            s.b.position_at_end(join);
            Ok(())
        })
    }

    /// `ListAppend`: into the buffer when it has room, else through rt (which grows it or
    /// changes the storage).
    pub(super) fn list_append(&mut self, list: &Operand, value: &Operand) -> R<()> {
        let l = self.word(list)?.into_int_value();
        self.with_list_value(value, &mut |s: &mut Self, v| {
            let storage = if v.is_ok() { Storage::Floats } else { Storage::Words };
            let (check, fast, slow, join) =
                (s.new_bb("append_room"), s.new_bb("append_fast"), s.new_bb("append_slow"), s.new_bb("appended"));
            let right = s.uses_storage(l, storage)?;
            s.b.build_conditional_branch(right, check, slow).map_err(e)?;
            s.b.position_at_end(check);
            let [buf, len_p, cap_p] = s.storage_fields(l, storage)?;
            let len = s.load_i64(len_p, "len")?;
            let cap = s.load_i64(cap_p, "cap")?;
            let room = s.b.build_int_compare(IntPredicate::ULT, len, cap, "room").map_err(e)?;
            s.b.build_conditional_branch(room, fast, slow).map_err(e)?;
            s.b.position_at_end(fast);
            let buf = s.load_i64(buf, "buf")?;
            let buf = s.b.build_int_to_ptr(buf, s.g.ptr_type(), "items").map_err(e)?;
            // SAFETY: `len < cap`, within the buffer.
            let slot = unsafe { s.b.build_in_bounds_gep(s.i64(), buf, &[len], "slot") }.map_err(e)?;
            match v {
                Ok(f) => s.b.build_store(slot, f).map_err(e)?,
                Err(w) => s.b.build_store(slot, w).map_err(e)?,
            };
            let len1 = s.b.build_int_add(len, s.int(1), "len1").map_err(e)?;
            s.b.build_store(len_p, len1).map_err(e)?;
            s.b.build_unconditional_branch(join).map_err(e)?;
            s.b.position_at_end(slow);
            match v {
                Ok(f) => s.rt_void("krait_list_append_float", &[l.into(), f.into()])?,
                Err(w) => s.rt_void("krait_list_append", &[l.into(), w.into()])?,
            }
            s.b.build_unconditional_branch(join).map_err(e)?;
            s.b.position_at_end(join);
            Ok(())
        })
    }

    /// `Unpack` of `value` into `targets`: a tuple's or list's items (of exactly the builtin
    /// type, as many as the targets) copied in place, anything else through rt.
    pub(super) fn unpack(&mut self, value: &Operand, targets: &[krait_lower::mir::LocalId]) -> R<()> {
        let n = targets.len() as i64;
        let w = self.raw_word(value)?;
        let (slow, join) = (self.new_bb("unpack_slow"), self.new_bb("unpacked"));
        let ty = self.object_type_or(w, slow)?;
        let (tuple, not_tuple, list, words) =
            (self.new_bb("tuple"), self.new_bb("not_tuple"), self.new_bb("list"), self.new_bb("words"));
        let is_tuple = self.is_type(ty, "krait_tuple_type")?;
        self.b.build_conditional_branch(is_tuple, tuple, not_tuple).map_err(e)?;
        self.b.position_at_end(not_tuple);
        let is_list = self.is_type(ty, "krait_list_type")?;
        self.b.build_conditional_branch(is_list, list, slow).map_err(e)?;
        self.b.position_at_end(list);
        let boxed = self.uses_storage(w, Storage::Words)?;
        self.b.build_conditional_branch(boxed, words, slow).map_err(e)?;
        let p = slice_ptr_word();
        for bb in [tuple, words] {
            self.b.position_at_end(bb);
            let [buf, len] = if bb == tuple {
                [self.list_field(w, TUPLE_ITEMS + 8 * p)?, self.list_field(w, TUPLE_ITEMS + 8 * (1 - p))?]
            } else {
                let [buf, len, _] = self.storage_fields(w, Storage::Words)?;
                [buf, len]
            };
            let count = self.load_i64(len, "len")?;
            let fits = self.b.build_int_compare(IntPredicate::EQ, count, self.int(n), "fits").map_err(e)?;
            let copy = self.new_bb("copy");
            self.b.build_conditional_branch(fits, copy, slow).map_err(e)?;
            self.b.position_at_end(copy);
            let items = self.load_i64(buf, "buf")?;
            let items = self.b.build_int_to_ptr(items, self.g.ptr_type(), "items").map_err(e)?;
            for (k, t) in targets.iter().enumerate() {
                // SAFETY: `k < n`, the number of items.
                let slot = unsafe { self.b.build_in_bounds_gep(self.i64(), items, &[self.int(k as i64)], "slot") }
                    .map_err(e)?;
                let item = self.b.build_load(self.i64(), slot, "item").map_err(e)?;
                self.store(*t, item)?;
            }
            self.b.build_unconditional_branch(join).map_err(e)?;
        }
        self.b.position_at_end(slow);
        let v = self.word(value)?;
        let arr_ty = self.i64().array_type(targets.len().max(1) as u32);
        let arr = self.entry_alloca(arr_ty.into())?;
        self.rt("krait_unpack", &[v, self.int(n).into(), arr.into()], Check::False)?;
        for (k, t) in targets.iter().enumerate() {
            // SAFETY: k < targets.len(), within the array.
            let slot = unsafe { self.b.build_in_bounds_gep(arr_ty, arr, &[self.int(0), self.int(k as i64)], "slot") }
                .map_err(e)?;
            let item = self.b.build_load(self.i64(), slot, "item").map_err(e)?;
            self.store(*t, item)?;
        }
        self.b.build_unconditional_branch(join).map_err(e)?;
        self.b.position_at_end(join);
        Ok(())
    }
}
