//! Exception groups (PEP 654): `BaseExceptionGroup` and `ExceptionGroup`, their `split`,
//! `subgroup` and `derive`, and the matching and re-raising that `except*` clauses do.
//!
//! A group is an exception object whose `message` and `exceptions` (a tuple) are set.
//! `except*` keeps its state in a list `[original, rest, raised...]`: the exception caught,
//! the part no clause has matched yet (None once all of it is), and what the clauses raised.

use crate::exceptions::{self, BASE_EXCEPTION_GROUP, EXCEPTION, EXCEPTION_GROUP, exc, fail, raise, raise_type_error};
use crate::object::{Kind, TypeObject, Value};
use crate::{list, str, tuple};

pub fn is_group(v: Value) -> bool {
    exceptions::is_exception(v) && !exc(v).exceptions.is_null()
}

fn type_of(v: Value) -> &'static TypeObject {
    // SAFETY: callers check the kind is Type.
    unsafe { v.obj::<TypeObject>() }
}

/// `cls(message, exceptions)` for a group class `cls` (builtin or derived from one), as
/// `BaseExceptionGroup.__new__`: `BaseExceptionGroup` of `Exception`s makes an
/// `ExceptionGroup`.
pub fn new(cls: &'static TypeObject, args: &[Value]) -> Value {
    match try_new(cls, args) {
        Ok(v) => v,
        Err(()) => Value::NULL,
    }
}

fn try_new(cls: &'static TypeObject, args: &[Value]) -> Result<Value, ()> {
    let [message, excs] = args else {
        return fail(raise_type_error(&format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    };
    if message.kind() != Kind::Str {
        return fail(raise_type_error(&format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            message.type_name()
        )));
    }
    if !is_sequence(*excs) {
        return fail(raise_type_error("second argument (exceptions) must be a sequence"));
    }
    let items = crate::iter::collect(*excs)?;
    if items.is_empty() {
        return fail(raise(&exceptions::VALUE_ERROR, "second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base_exceptions = false;
    for (i, &e) in items.iter().enumerate() {
        if !exceptions::is_exception(e) {
            return fail(raise(
                &exceptions::VALUE_ERROR,
                &format!("Item {i} of second argument (exceptions) is not an exception"),
            ));
        }
        nested_base_exceptions |= !e.ty().is_subtype(&EXCEPTION);
    }
    let mut cls = cls;
    if core::ptr::eq(cls, &EXCEPTION_GROUP) {
        if nested_base_exceptions {
            return fail(raise_type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if core::ptr::eq(cls, &BASE_EXCEPTION_GROUP) {
        if !nested_base_exceptions {
            cls = &EXCEPTION_GROUP;
        }
    } else if nested_base_exceptions && cls.is_subtype(&EXCEPTION) {
        return fail(raise_type_error(&format!("Cannot nest BaseExceptions in '{}'", cls.name)));
    }
    let g = exceptions::new_exception(cls, tuple::new(args.to_vec()));
    exc(g).message = *message;
    exc(g).exceptions = tuple::new(items);
    Ok(g)
}

/// `PySequence_Check`: lists, tuples, strings, bytes, ranges and classes with
/// `__getitem__` (not dicts or sets).
fn is_sequence(v: Value) -> bool {
    match v.kind() {
        Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::Range => true,
        Kind::Instance => crate::class::as_class(Value::from_static(v.ty()))
            .is_some_and(|c| crate::class::lookup(c, "__getitem__").is_some()),
        _ => false,
    }
}

/// `BaseExceptionGroup(msg, excs)`.
fn create(message: Value, excs: Value) -> Result<Value, ()> {
    try_new(&BASE_EXCEPTION_GROUP, &[message, excs])
}

/// `g.message`, `g.exceptions`; `None` for other names or non-groups.
pub fn attribute(g: Value, name: &str) -> Option<Value> {
    if !is_group(g) {
        return None;
    }
    match name {
        "message" => Some(exc(g).message),
        "exceptions" => Some(exc(g).exceptions),
        _ => None,
    }
}

/// `str(g)`: `message (N sub-exceptions)`.
pub fn text(g: Value) -> String {
    let n = tuple::items(exc(g).exceptions).len();
    format!("{} ({n} sub-exception{})", str::as_str(exc(g).message), if n > 1 { "s" } else { "" })
}

/// `g.split(matcher)`, `g.subgroup(matcher)`, `g.derive(excs)`; `None` for other names.
pub fn call_method(g: Value, name: &str, args: &[Value]) -> Option<Value> {
    if !is_group(g) || !matches!(name, "split" | "subgroup" | "derive") {
        return None;
    }
    let [arg] = args else {
        return Some(raise_type_error(&format!(
            "BaseExceptionGroup.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let result = match name {
        "derive" => create(exc(g).message, *arg),
        _ => Matcher::new(*arg).and_then(|m| {
            let rest = name == "split";
            let (matched, rest_part) = split(g, &m, rest)?;
            let or_none = |v: Option<Value>| v.unwrap_or(Value::none());
            Ok(if rest { tuple::new(vec![or_none(matched), or_none(rest_part)]) } else { or_none(matched) })
        }),
    };
    Some(result.unwrap_or(Value::NULL))
}

/// What `split` selects leaf exceptions (and whole groups) by.
enum Matcher {
    /// An exception class or a tuple of them.
    Type(Value),
    /// A function called with each exception.
    Predicate(Value),
    /// The leaf exceptions themselves (how `except*` rebuilds what it re-raises).
    Leaves(Vec<Value>),
}

impl Matcher {
    fn new(v: Value) -> Result<Matcher, ()> {
        let is_class = |c: Value| c.kind() == Kind::Type && exceptions::is_exception_type(type_of(c));
        if crate::builtins::is_callable(v) && v.kind() != Kind::Type {
            return Ok(Matcher::Predicate(v));
        }
        if is_class(v) || (v.kind() == Kind::Tuple && tuple::items(v).iter().all(|&c| is_class(c))) {
            return Ok(Matcher::Type(v));
        }
        fail(raise_type_error("expected a function, exception type or tuple of exception types"))
    }

    fn matches(&self, e: Value) -> Result<bool, ()> {
        match self {
            Matcher::Type(cls) => match exceptions::krait_exc_matches(e, *cls) {
                -1 => Err(()),
                r => Ok(r == 1),
            },
            Matcher::Predicate(f) => {
                let r = crate::func::call(*f, &[e], Value::NULL);
                if r.is_null() {
                    return Err(());
                }
                crate::ops::truthy(r)
            }
            Matcher::Leaves(leaves) => Ok(!is_group(e) && leaves.contains(&e)),
        }
    }
}

/// Splits `e` into the part `m` matches and (when `construct_rest`) the rest, each `None`
/// when empty; partly matching groups are rebuilt by `derive` with their metadata.
fn split(e: Value, m: &Matcher, construct_rest: bool) -> Result<(Option<Value>, Option<Value>), ()> {
    if m.matches(e)? {
        return Ok((Some(e), None));
    }
    if !is_group(e) {
        return Ok((None, construct_rest.then_some(e)));
    }
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for &sub in tuple::items(exc(e).exceptions).iter() {
        let (m_part, r_part) = split(sub, m, construct_rest)?;
        matched.extend(m_part);
        rest.extend(r_part);
    }
    Ok((subset(e, matched)?, if construct_rest { subset(e, rest)? } else { None }))
}

/// `orig.derive(excs)` with `orig`'s traceback, cause, context and (a copy of its) notes.
fn subset(orig: Value, excs: Vec<Value>) -> Result<Option<Value>, ()> {
    if excs.is_empty() {
        return Ok(None);
    }
    let g = crate::func::call_method(orig, "derive", &[list::new(excs)], Value::NULL);
    if g.is_null() {
        return Err(());
    }
    if !is_group(g) {
        return fail(raise_type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let (from, to) = (exc(orig), exc(g));
    to.traceback = from.traceback.clone();
    to.context = from.context;
    to.cause = from.cause;
    // As `PyException_SetCause`, which CPython uses to copy the cause.
    to.suppress_context = true;
    if let Some(notes) = exceptions::notes(orig) {
        let copy = list::new(list::items(notes).clone());
        crate::dict::setitem(exceptions::attribute_dict(g), str::new_str("__notes__"), copy);
    }
    Ok(Some(g))
}

// ---- except* ----

/// The state of an `except*` statement that caught `e`.
pub fn star_begin(e: Value) -> Value {
    list::new(vec![e, e])
}

/// The part of the unmatched rest that an `except*` clause's `cls` matches (a group), or
/// None; the rest keeps the remainder. A naked exception that matches is wrapped in a group.
pub fn star_match(state: Value, cls: Value) -> Result<Value, ()> {
    check_star_class(cls)?;
    let st = list::items(state);
    let rest = st[1];
    if rest.is_none() {
        return Ok(rest);
    }
    let (matched, remainder) = if exceptions::krait_exc_matches(rest, cls) == 1 {
        let whole = if is_group(rest) { rest } else { create(str::new_str(""), tuple::new(vec![rest]))? };
        (Some(whole), None)
    } else if is_group(rest) {
        split(rest, &Matcher::Type(cls), true)?
    } else {
        (None, Some(rest))
    };
    list::items(state)[1] = remainder.unwrap_or(Value::none());
    Ok(matched.unwrap_or(Value::none()))
}

/// `except*` refuses non-exception classes (as `except` does) and exception groups.
fn check_star_class(cls: Value) -> Result<(), ()> {
    let classes = if cls.kind() == Kind::Tuple { tuple::items(cls).to_vec() } else { vec![cls] };
    for c in classes {
        if !(c.kind() == Kind::Type && exceptions::is_exception_type(type_of(c))) {
            return fail(raise_type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        if type_of(c).is_subtype(&BASE_EXCEPTION_GROUP) {
            return fail(raise_type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
    }
    Ok(())
}

/// Records an exception an `except*` clause raised.
pub fn star_raised(state: Value, e: Value) {
    list::items(state).push(e);
}

/// What an `except*` statement raises when its clauses are done (None for nothing): the
/// exceptions the clauses raised, next to the re-raised parts of the original group in
/// their original nesting (CPython's `_PyExc_PrepReraiseStar`).
pub fn star_finish(state: Value) -> Result<Value, ()> {
    let st = list::items(state).clone();
    let (orig, rest) = (st[0], st[1]);
    let mut excs: Vec<Value> = st[2..].to_vec();
    excs.push(rest);
    if !is_group(orig) {
        // A naked exception: at most one clause ran, so one thing is left to raise.
        return Ok(excs[0]);
    }
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in excs.into_iter().filter(|e| !e.is_none()) {
        if same_metadata(e, orig) { reraised.push(e) } else { raised.push(e) }
    }
    let mut leaves = Vec::new();
    for &e in &reraised {
        collect_leaves(e, &mut leaves);
    }
    let reraised_group = split(orig, &Matcher::Leaves(leaves), false)?.0;
    if raised.is_empty() {
        return Ok(reraised_group.unwrap_or(Value::none()));
    }
    raised.extend(reraised_group);
    if raised.len() == 1 { Ok(raised[0]) } else { create(str::new_str(""), list::new(raised)) }
}

/// Whether `e` is `orig` or a part split from it (a re-raise rather than a new exception):
/// the same traceback, cause, context and notes.
fn same_metadata(e: Value, orig: Value) -> bool {
    let (a, b) = (exc(e), exc(orig));
    let tb_equal = a.traceback.len() == b.traceback.len()
        && a.traceback.iter().zip(&b.traceback).all(|(x, y)| x.code == y.code && x.loc == y.loc);
    tb_equal && a.cause == b.cause && a.context == b.context && exceptions::notes(e) == exceptions::notes(orig)
}

fn collect_leaves(e: Value, out: &mut Vec<Value>) {
    if is_group(e) {
        for &sub in tuple::items(exc(e).exceptions).iter() {
            collect_leaves(sub, out);
        }
    } else {
        out.push(e);
    }
}
