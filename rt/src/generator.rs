//! Generators (DESIGN.md §6): a generator function's body is compiled into a resume function
//! over a heap frame that holds its locals. Slot 0 of the frame is the state: 0 before the
//! first `next()`, `k` while suspended at the `k`-th yield, -1 once finished. Resuming calls
//! the resume function with the value sent in (null to raise the pending exception at the
//! yield: `throw()`); it returns the value yielded, or the value returned (the state is then
//! -1), or null with an exception pending.

use crate::exceptions::{self, raise, raise_type_error};
use crate::iter::{IterObj, State};
use crate::object::{Kind, OBJECT_TYPE, TypeObject, Value};

pub static GENERATOR_TYPE: TypeObject = TypeObject::new("generator", Kind::Iterator, Some(&OBJECT_TYPE));

pub type Resume = unsafe extern "C" fn(*mut i64, Value) -> Value;

const FINISHED: i64 = -1;

pub struct GenState {
    resume: Resume,
    frame: *mut i64,
    running: bool,
    pub qualname: &'static str,
    pub name: &'static str,
    /// The value the body returned (`StopIteration.value`), null until it has.
    returned: Value,
    /// The exceptions its suspended `except` blocks handle (`sys.exception()` in there),
    /// set aside while it is not running.
    handling: Vec<Value>,
}

/// A zeroed frame of `n` word slots (in scanned memory: it holds the generator's locals).
#[unsafe(no_mangle)]
pub extern "C" fn krait_frame_new(n: usize) -> *mut i64 {
    Box::leak(vec![0i64; n].into_boxed_slice()).as_mut_ptr()
}

/// A new generator object running `resume` over `frame`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_generator_new(
    resume: Resume,
    frame: *mut i64,
    qual: *const u8,
    qual_len: usize,
    name: *const u8,
    name_len: usize,
) -> Value {
    // SAFETY: codegen passes static UTF-8 names.
    let text = |p, n| unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(p, n)) };
    let state = GenState {
        resume,
        frame,
        running: false,
        qualname: text(qual, qual_len),
        name: text(name, name_len),
        returned: Value::NULL,
        handling: Vec::new(),
    };
    crate::object::new_object(IterObj {
        header: crate::object::Header { ty: &GENERATOR_TYPE },
        state: State::Generator(state),
    })
}

pub fn is_generator(v: Value) -> bool {
    !v.is_small_int() && core::ptr::eq(v.ty(), &GENERATOR_TYPE)
}

fn state(g: Value) -> &'static mut GenState {
    // SAFETY: callers check `is_generator`.
    match &mut unsafe { g.obj_mut::<IterObj>() }.state {
        State::Generator(s) => s,
        _ => unreachable!("a generator object holds a generator state"),
    }
}

impl GenState {
    fn frame_state(&self) -> i64 {
        // SAFETY: slot 0 of the frame is the state.
        unsafe { *self.frame }
    }

    fn finish(&mut self) {
        // SAFETY: as above.
        unsafe { *self.frame = FINISHED };
    }

    /// Runs the body until it yields (`Ok(Some)`), returns (`Ok(None)`), or raises. `sent` is
    /// the value `send()` passes (`None` for `next()`), or null to raise the pending exception
    /// at the yield it is suspended at.
    pub fn resume(&mut self, sent: Value) -> Result<Option<Value>, ()> {
        if self.running {
            raise(&exceptions::VALUE_ERROR, "generator already executing");
            return Err(());
        }
        match self.frame_state() {
            FINISHED if sent.is_null() => return Err(()),
            FINISHED => return Ok(None),
            0 if sent.is_null() => {
                // Thrown into before it started: it never runs.
                self.finish();
                return Err(());
            }
            0 if !sent.is_none() => {
                raise_type_error("can't send non-None value to a just-started generator");
                return Err(());
            }
            _ => {}
        }
        self.running = true;
        let depth = exceptions::handling_depth();
        exceptions::swap_handling(depth, &mut self.handling);
        if sent.is_null() {
            // A thrown exception's context is what the generator itself is handling.
            exceptions::set_pending(exceptions::take_pending());
        }
        // SAFETY: `resume` is the generator's compiled resume function, `frame` its frame.
        let r = unsafe { (self.resume)(self.frame, sent) };
        exceptions::swap_handling(depth, &mut self.handling);
        self.running = false;
        if r.is_null() {
            self.finish();
            // PEP 479: a StopIteration escaping the body becomes a RuntimeError.
            let e = exceptions::pending();
            if !e.is_null() && e.ty().is_subtype(&exceptions::STOP_ITERATION) {
                exceptions::take_pending();
                raise(&exceptions::RUNTIME_ERROR, "generator raised StopIteration");
                let x = exceptions::exc(exceptions::pending());
                x.cause = e;
                x.context = e;
                x.suppress_context = true;
            }
            return Err(());
        }
        if self.frame_state() == FINISHED {
            self.returned = r;
            return Ok(None);
        }
        Ok(Some(r))
    }

    /// The value the body returned, taken (a later `StopIteration` carries none).
    pub fn take_returned(&mut self) -> Value {
        let v = self.returned;
        self.returned = Value::NULL;
        if v.is_null() { Value::none() } else { v }
    }
}

/// `next(gen)` for the iterator protocol: `Ok(None)` when exhausted.
pub fn next(state: &mut GenState) -> Result<Option<Value>, ()> {
    state.resume(Value::none())
}

/// Raises `StopIteration` for a generator that finished (with its return value, if any).
pub fn stop(g: Value) -> Value {
    let v = state(g).take_returned();
    let args = if v.is_none() { Vec::new() } else { vec![v] };
    exceptions::set_pending(exceptions::new_exception(&exceptions::STOP_ITERATION, crate::tuple::new(args)));
    Value::NULL
}

/// `gen.send(value)`, `gen.throw(exc)`, `gen.close()`; `None` for other names.
pub fn call_method(g: Value, name: &str, args: &[Value]) -> Option<Value> {
    let check = |n: usize, max: usize| -> bool {
        if args.len() < n || args.len() > max {
            let what = if n == max {
                format!("exactly one argument ({} given)", args.len())
            } else {
                format!("expected at most {max} arguments, got {}", args.len())
            };
            if n == max {
                raise_type_error(&format!("generator.{name}() takes {what}"));
            } else {
                raise_type_error(&format!("{name} {what}"));
            }
            return false;
        }
        true
    };
    Some(match name {
        "send" => {
            if !check(1, 1) {
                return Some(Value::NULL);
            }
            match state(g).resume(args[0]) {
                Ok(Some(v)) => v,
                Ok(None) => stop(g),
                Err(()) => Value::NULL,
            }
        }
        "throw" => {
            if !check(1, 3) {
                return Some(Value::NULL);
            }
            // `throw(exc)`, or the old `throw(type, value)` form.
            let exc = match args.get(1) {
                Some(&v) if exceptions::is_exception(v) => Some(v),
                Some(&v) if !v.is_none() => {
                    let e = crate::func::call(args[0], &[v], Value::NULL);
                    (!e.is_null()).then_some(e)
                }
                _ => exceptions::instantiate(args[0]),
            };
            let Some(exc) = exc else { return Some(Value::NULL) };
            exceptions::restore_pending(exc);
            match state(g).resume(Value::NULL) {
                Ok(Some(v)) => v,
                Ok(None) => stop(g),
                Err(()) => Value::NULL,
            }
        }
        "close" => {
            if !args.is_empty() {
                return Some(raise_type_error(&format!("generator.close() takes no arguments ({} given)", args.len())));
            }
            close(g)
        }
        "__next__" => match next(state(g)) {
            Ok(Some(v)) => v,
            Ok(None) => stop(g),
            Err(()) => Value::NULL,
        },
        "__iter__" => g,
        _ => return None,
    })
}

/// `gen.close()`: raises `GeneratorExit` at the yield it is suspended at; the body may
/// finish or raise it (or StopIteration), but must not yield again.
pub fn close(g: Value) -> Value {
    let s = state(g);
    if matches!(s.frame_state(), 0 | FINISHED) {
        s.finish();
        return Value::none();
    }
    exceptions::restore_pending(exceptions::new_exception(&exceptions::GENERATOR_EXIT, crate::tuple::new(Vec::new())));
    match s.resume(Value::NULL) {
        Ok(Some(_)) => raise(&exceptions::RUNTIME_ERROR, "generator ignored GeneratorExit"),
        Ok(None) => Value::none(),
        Err(()) => {
            let e = exceptions::pending();
            if e.ty().is_subtype(&exceptions::GENERATOR_EXIT) || e.ty().is_subtype(&exceptions::STOP_ITERATION) {
                exceptions::take_pending();
                return Value::none();
            }
            Value::NULL
        }
    }
}

/// `<generator object f.<locals>.g at 0x...>`.
pub fn repr(g: Value) -> String {
    format!("<generator object {} at {:#x}>", state(g).qualname, g.0)
}

/// `gen.__name__`, `gen.__qualname__`, `gen.gi_running`.
pub fn getattr(g: Value, name: &str) -> Option<Value> {
    let s = state(g);
    Some(match name {
        "__name__" => crate::str::new_str(s.name),
        "__qualname__" => crate::str::new_str(s.qualname),
        "gi_running" => Value::bool(s.running),
        _ => return None,
    })
}

/// One step of `yield from it`: passes on what the delegating generator was resumed with
/// (`send` for other values than `None`; a null `sent` means `throw()` or `close()` left an
/// exception pending, which goes to the iterator's `throw` or, for `GeneratorExit`, closes
/// it and is raised here); `(True, item)` for the next item, `(False, result)` once the
/// iterator is exhausted (its return value).
pub fn yield_from_step(it: Value, sent: Value) -> Result<Value, ()> {
    let pair = |going: bool, v: Value| crate::tuple::new(vec![Value::bool(going), v]);
    if is_generator(it) {
        let s = state(it);
        if sent.is_null() && exceptions::pending().ty().is_subtype(&exceptions::GENERATOR_EXIT) {
            return close_delegate(it);
        }
        // A null `sent` resumes it with the pending exception: its `throw`.
        return Ok(match s.resume(sent)? {
            Some(v) => pair(true, v),
            None => pair(false, s.take_returned()),
        });
    }
    if sent.is_none() {
        return Ok(match crate::iter::next(it)? {
            Some(v) => pair(true, v),
            None => pair(false, Value::none()),
        });
    }
    let r = if sent.is_null() {
        let e = exceptions::pending();
        if e.ty().is_subtype(&exceptions::GENERATOR_EXIT) {
            return close_delegate(it);
        }
        exceptions::take_pending();
        let throw = optional_method(it, "throw", e)?;
        crate::func::call(throw, &[e], Value::NULL)
    } else {
        crate::func::call_method(it, "send", &[sent], Value::NULL)
    };
    if !r.is_null() {
        return Ok(pair(true, r));
    }
    // StopIteration from `send`/`throw` ends the delegation with its value.
    let e = exceptions::pending();
    if e.ty().is_subtype(&exceptions::STOP_ITERATION) {
        exceptions::take_pending();
        let args = crate::tuple::items(exceptions::exc(e).args);
        return Ok(pair(false, args.first().copied().unwrap_or(Value::none())));
    }
    Err(())
}

/// `close()` reaching a `yield from`: the iterator is closed first (an error from that
/// replaces the pending `GeneratorExit`), then the delegating generator raises it.
fn close_delegate(it: Value) -> Result<Value, ()> {
    let e = exceptions::take_pending();
    let closed = if is_generator(it) {
        close(it)
    } else {
        match optional_method(it, "close", Value::NULL) {
            Ok(close) => crate::func::call(close, &[], Value::NULL),
            // No `close` method: nothing to close.
            Err(()) if !exceptions::has_pending() => Value::none(),
            Err(()) => Value::NULL,
        }
    };
    if !closed.is_null() {
        exceptions::set_pending(e);
    }
    Err(())
}

/// The method `it.name`; when it has none, `e` is made pending again (null `e`: nothing).
fn optional_method(it: Value, name: &str, e: Value) -> Result<Value, ()> {
    let m = crate::func::getattr(it, name);
    if m.is_null() && crate::builtins::take_attribute_error() && !e.is_null() {
        exceptions::set_pending(e);
    }
    if m.is_null() { Err(()) } else { Ok(m) }
}
