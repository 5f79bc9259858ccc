//! Builtin functions and calls of builtin types (`int(x)`, `str(x)`, `ValueError("m")`).
//!
//! Each builtin is an entry `krait_builtin_NAME(args, nargs, kwnames)` following the generic
//! call convention of [`crate::func`]; the compiler calls it directly by name.

use num_bigint::BigInt;

use crate::exceptions::{self, raise, raise_type_error};
use crate::func::split_args;
use crate::object::{Kind, TypeObject, Value};
use crate::ops::{self, BinOp, CmpOp};
use crate::{dict, float, int, io, iter, list, repr, str, tuple};

fn args_of<'a>(ptr: *const Value, n: usize) -> &'a [Value] {
    // SAFETY: codegen passes `n` values (or a dangling pointer with n == 0).
    if n == 0 { &[] } else { unsafe { core::slice::from_raw_parts(ptr, n) } }
}

fn no_kwargs(name: &str, kw: &[(&str, Value)]) -> Result<(), ()> {
    if kw.is_empty() {
        Ok(())
    } else {
        raise_type_error(&format!("{name}() takes no keyword arguments"));
        Err(())
    }
}

fn arity(name: &str, args: &[Value], min: usize, max: usize) -> Result<(), ()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max && min == 1 {
        format!("{name}() takes exactly one argument ({n} given)")
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    raise_type_error(&msg);
    Err(())
}

/// A runtime result as `Result`: null means an exception is pending.
pub fn nonnull(v: Value) -> Result<Value, ()> {
    if v.is_null() { Err(()) } else { Ok(v) }
}

fn finish(r: Result<Value, ()>) -> Value {
    r.unwrap_or(Value::NULL)
}

macro_rules! builtin {
    ($name:ident, |$args:ident, $kw:ident| $body:block) => {
        #[unsafe(no_mangle)]
        #[allow(clippy::redundant_closure_call)]
        pub unsafe extern "C" fn $name(ptr: *const Value, n: usize, kwnames: Value) -> Value {
            let all = args_of(ptr, n);
            let ($args, $kw) = split_args(all, kwnames);
            let r: Result<Value, ()> = (|| $body)();
            finish(r)
        }
    };
}

fn str_of(v: Value) -> Result<String, ()> {
    repr::str_string(v)
}

builtin!(krait_builtin_print, |args, kw| {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut fd = 1;
    let mut writer = Value::NULL;
    let mut flush = false;
    for &(k, v) in &kw {
        let text = |what: &str| -> Result<Option<String>, ()> {
            if v.is_none() {
                Ok(None)
            } else if v.kind() == Kind::Str {
                Ok(Some(str::as_str(v).to_string()))
            } else {
                raise_type_error(&format!("{what} must be None or a string, not {}", v.type_name()));
                Err(())
            }
        };
        match k {
            "sep" => sep = text("sep")?.unwrap_or_else(|| " ".into()),
            "end" => end = text("end")?.unwrap_or_else(|| "\n".into()),
            "file" => {
                if v.kind() == Kind::File && crate::file::open_file(v).is_none() {
                    fd = io::fd_of(v);
                } else if !v.is_none() {
                    writer = v;
                }
            }
            "flush" => flush = ops::truthy(v)?,
            _ => {
                raise_type_error(&format!("'{k}' is an invalid keyword argument for print()"));
                return Err(());
            }
        }
    }
    if !writer.is_null() {
        return print_to(writer, args, &sep, &end, flush);
    }
    let mut out = String::new();
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&str_of(a)?);
    }
    out.push_str(&end);
    io::write(fd, &out);
    if flush && fd == 1 {
        io::flush_stdout();
    }
    Ok(Value::none())
});

/// `print(..., file=writer)` to anything but a standard stream: `writer.write` of each piece
/// (each argument, each separator, the end), as CPython calls it.
fn print_to(writer: Value, args: &[Value], sep: &str, end: &str, flush: bool) -> Result<Value, ()> {
    let write = |text: &str| -> Result<(), ()> {
        if writer.kind() == Kind::File {
            return crate::file::write_text(writer, text);
        }
        let t = str::new_str(text);
        // SAFETY: one argument, passed by address.
        let r = unsafe { crate::func::krait_call_method(writer, str::new_str("write"), &t, 1, Value::NULL) };
        nonnull(r).map(|_| ())
    };
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            write(sep)?;
        }
        write(&str_of(a)?)?;
    }
    write(end)?;
    if flush {
        // SAFETY: no arguments.
        nonnull(unsafe {
            crate::func::krait_call_method(writer, str::new_str("flush"), core::ptr::null(), 0, Value::NULL)
        })?;
    }
    Ok(Value::none())
}

builtin!(krait_builtin_len, |args, kw| {
    no_kwargs("len", &kw)?;
    arity("len", args, 1, 1)?;
    Ok(int::from_i64(ops::len(args[0])? as i64))
});

builtin!(krait_builtin_repr, |args, kw| {
    no_kwargs("repr", &kw)?;
    arity("repr", args, 1, 1)?;
    Ok(str::from_string(repr::repr_string(args[0])?))
});

builtin!(krait_builtin_ascii, |args, kw| {
    no_kwargs("ascii", &kw)?;
    arity("ascii", args, 1, 1)?;
    let r = crate::repr::krait_ascii(args[0]);
    nonnull(r)
});

builtin!(krait_builtin_format, |args, kw| {
    no_kwargs("format", &kw)?;
    arity("format", args, 1, 2)?;
    let spec = match args.get(1) {
        None => "",
        Some(&s) if s.kind() == Kind::Str => str::as_str(s),
        Some(&s) => {
            raise_type_error(&format!("format() argument 2 must be str, not {}", crate::args::bad_type_name(s)));
            return Err(());
        }
    };
    Ok(str::from_string(crate::format::format_value(args[0], spec)?))
});

builtin!(krait_builtin_abs, |args, kw| {
    no_kwargs("abs", &kw)?;
    arity("abs", args, 1, 1)?;
    let v = args[0];
    if let Some(r) = crate::class::unary(v, "__abs__") {
        return nonnull(r);
    }
    if int::is_int(v) {
        Ok(int::abs(if v.kind() == Kind::Bool { int::from_i64(i64::from(ops::bool_value(v))) } else { v }))
    } else if v.kind() == Kind::Float {
        Ok(float::new(float::value(v).abs()))
    } else {
        raise_type_error(&format!("bad operand type for abs(): '{}'", v.type_name()));
        Err(())
    }
});

builtin!(krait_builtin_range, |args, kw| {
    no_kwargs("range", &kw)?;
    let r = crate::range::new(args);
    nonnull(r)
});

builtin!(krait_builtin_enumerate, |args, kw| {
    let mut start = 0i128;
    let mut iterable = args.first().copied();
    for &(k, v) in &kw {
        match k {
            "start" => {
                start = ops::index_value(v).ok_or_else(|| {
                    raise_type_error(&format!("'{}' object cannot be interpreted as an integer", v.type_name()));
                })?;
            }
            "iterable" => iterable = Some(v),
            _ => {
                raise_type_error(&format!("'{k}' is an invalid keyword argument for enumerate()"));
                return Err(());
            }
        }
    }
    if args.len() == 2 {
        start = ops::index_value(args[1]).ok_or_else(|| {
            raise_type_error(&format!("'{}' object cannot be interpreted as an integer", args[1].type_name()));
        })?;
    }
    let Some(iterable) = iterable else {
        raise_type_error("enumerate() missing required argument 'iterable'");
        return Err(());
    };
    let r = iter::enumerate(iterable, start);
    nonnull(r)
});

builtin!(krait_builtin_zip, |args, kw| {
    let mut strict = false;
    for &(k, v) in &kw {
        if k != "strict" {
            raise_type_error(&format!("'{k}' is an invalid keyword argument for zip()"));
            return Err(());
        }
        strict = ops::truthy(v)?;
    }
    let r = if strict { iter::zip_strict(args) } else { iter::zip(args) };
    nonnull(r)
});

builtin!(krait_builtin_map, |args, kw| {
    no_kwargs("map", &kw)?;
    if args.len() < 2 {
        raise_type_error("map() must have at least two arguments.");
        return Err(());
    }
    let r = iter::map(args[0], &args[1..]);
    nonnull(r)
});

builtin!(krait_builtin_filter, |args, kw| {
    no_kwargs("filter", &kw)?;
    if args.len() != 2 {
        raise_type_error(&format!("filter expected 2 arguments, got {}", args.len()));
        return Err(());
    }
    let func = if args[0].is_none() { Value::NULL } else { args[0] };
    let r = iter::filter(func, args[1]);
    nonnull(r)
});

builtin!(krait_builtin_divmod, |args, kw| {
    no_kwargs("divmod", &kw)?;
    if args.len() != 2 {
        raise_type_error(&format!("divmod expected 2 arguments, got {}", args.len()));
        return Err(());
    }
    let q = ops::binary(BinOp::FloorDiv, args[0], args[1]);
    if q.is_null()
        && exceptions::pending().ty().is_subtype(&exceptions::ZERO_DIVISION_ERROR)
        && (args[0].kind() == Kind::Float || args[1].kind() == Kind::Float)
    {
        exceptions::take_pending();
        raise(&exceptions::ZERO_DIVISION_ERROR, "float divmod()");
        return Err(());
    }
    if q.is_null() {
        if exceptions::pending().ty().is_subtype(&exceptions::TYPE_ERROR) {
            exceptions::take_pending();
            raise_type_error(&format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                args[0].type_name(),
                args[1].type_name()
            ));
        }
        return Err(());
    }
    let r = ops::binary(BinOp::Mod, args[0], args[1]);
    if r.is_null() { Err(()) } else { Ok(tuple::new(vec![q, r])) }
});

builtin!(krait_builtin_pow, |args, kw| {
    let bound;
    let mut args = args;
    if !kw.is_empty() {
        let p = crate::func::bind_params("pow", args, &kw, &["base", "exp", "mod"], 3)?;
        let missing = ["base", "exp"].iter().zip(&p).find(|(_, v)| v.is_none());
        if let Some((name, _)) = missing {
            let pos = if *name == "base" { 1 } else { 2 };
            raise_type_error(&format!("pow() missing required argument '{name}' (pos {pos})"));
            return Err(());
        }
        bound = p.into_iter().flatten().collect::<Vec<Value>>();
        args = &bound;
    }
    // `pow(b, e, None)` is `pow(b, e)`.
    let args = if args.len() == 3 && args[2].is_none() { &args[..2] } else { args };
    match args.len() {
        2 => {
            let r = ops::binary(BinOp::Pow, args[0], args[1]);
            nonnull(r)
        }
        3 => {
            let (b, e, m) = (args[0], args[1], args[2]);
            if !(int::is_int(b) && int::is_int(e) && int::is_int(m)) {
                // float's `__pow__` answers when base and exponent are numbers; else no type does.
                let number = |v: Value| int::is_int(v) || v.kind() == Kind::Float;
                if number(b) && number(e) && (number(m) || b.kind() == Kind::Float || e.kind() == Kind::Float) {
                    raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
                } else {
                    raise_type_error(&format!(
                        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                        b.type_name(),
                        e.type_name(),
                        m.type_name()
                    ));
                }
                return Err(());
            }
            let (b, e, m) = (int::to_big(b), int::to_big(e), int::to_big(m));
            if num_traits::Zero::is_zero(&m) {
                raise(&exceptions::VALUE_ERROR, "pow() 3rd argument cannot be 0");
                return Err(());
            }
            let base = if num_traits::Signed::is_negative(&e) {
                match int::mod_inverse(&b, &m) {
                    Some(inv) => inv,
                    None => {
                        raise(&exceptions::VALUE_ERROR, "base is not invertible for the given modulus");
                        return Err(());
                    }
                }
            } else {
                b
            };
            let e = num_traits::Signed::abs(&e);
            let am = num_traits::Signed::abs(&m);
            let mut r = base.modpow(&e, &am);
            if num_traits::Signed::is_negative(&r) {
                r += &am;
            }
            // Python's result takes the sign of the modulus.
            if num_traits::Signed::is_negative(&m) && !num_traits::Zero::is_zero(&r) {
                r += &m;
            }
            Ok(int::from_big(r))
        }
        n => {
            raise_type_error(&format!("pow expected at least 2 arguments, got {n}"));
            Err(())
        }
    }
});

fn radix_string(args: &[Value], kw: &[(&str, Value)], name: &str, spec: &str) -> Result<Value, ()> {
    no_kwargs(name, kw)?;
    arity(name, args, 1, 1)?;
    let v = match ops::user_index(args[0])? {
        Some(i) => i,
        None => args[0],
    };
    if !int::is_int(v) {
        raise_type_error(&format!("'{}' object cannot be interpreted as an integer", v.type_name()));
        return Err(());
    }
    let v = if v.kind() == Kind::Bool { int::from_i64(i64::from(ops::bool_value(v))) } else { v };
    Ok(str::from_string(crate::format::format_value(v, spec)?))
}

builtin!(krait_builtin_bin, |args, kw| { radix_string(args, &kw, "bin", "#b") });
builtin!(krait_builtin_oct, |args, kw| { radix_string(args, &kw, "oct", "#o") });
builtin!(krait_builtin_hex, |args, kw| { radix_string(args, &kw, "hex", "#x") });

builtin!(krait_builtin_callable, |args, kw| {
    no_kwargs("callable", &kw)?;
    arity("callable", args, 1, 1)?;
    Ok(Value::bool(is_callable(args[0])))
});

/// Whether `v` can be called (`callable(v)`).
pub fn is_callable(v: Value) -> bool {
    matches!(
        v.kind(),
        Kind::Function | Kind::BuiltinFunction | Kind::BuiltinMethod | Kind::Type | Kind::Method | Kind::Native
    ) || crate::class::special(v, "__call__").is_some()
}

/// The attribute name argument of `getattr` and `hasattr`.
pub fn attribute_name(args: &[Value]) -> Result<&'static str, ()> {
    if args[1].kind() == Kind::Str {
        return Ok(str::as_str(args[1]));
    }
    raise_type_error(&format!("attribute name must be string, not '{}'", args[1].type_name()));
    Err(())
}

/// Whether the pending exception is an `AttributeError` (then taken).
pub fn take_attribute_error() -> bool {
    let e = exceptions::pending();
    if !e.is_null() && e.ty().is_subtype(&exceptions::ATTRIBUTE_ERROR) {
        exceptions::take_pending();
        return true;
    }
    false
}

builtin!(krait_builtin_getattr, |args, kw| {
    no_kwargs("getattr", &kw)?;
    arity("getattr", args, 2, 3)?;
    let name = attribute_name(args)?;
    let v = crate::func::getattr(args[0], name);
    match args.get(2) {
        Some(&default) if v.is_null() && take_attribute_error() => Ok(default),
        _ => nonnull(v),
    }
});

builtin!(krait_builtin_vars, |args, kw| {
    no_kwargs("vars", &kw)?;
    arity("vars", args, 0, 1)?;
    if args.is_empty() {
        // Lowering refuses `vars()` written so; this is `vars(*empty)`.
        raise(&exceptions::NOT_IMPLEMENTED_ERROR, "krait does not support vars() without an argument yet");
        return Err(());
    }
    let d = crate::func::getattr(args[0], "__dict__");
    if d.is_null() && take_attribute_error() {
        raise_type_error("vars() argument must have __dict__ attribute");
        return Err(());
    }
    nonnull(d)
});

builtin!(krait_builtin_hasattr, |args, kw| {
    no_kwargs("hasattr", &kw)?;
    if args.len() != 2 {
        raise_type_error(&format!("hasattr expected 2 arguments, got {}", args.len()));
        return Err(());
    }
    let name = attribute_name(args)?;
    let v = crate::func::getattr(args[0], name);
    if v.is_null() {
        return if take_attribute_error() { Ok(Value::bool(false)) } else { Err(()) };
    }
    Ok(Value::bool(true))
});

/// `setattr(obj, name, value)` and `delattr(obj, name)`.
fn set_or_delete_attribute(func: &str, args: &[Value], kw: &[(&str, Value)], n: usize) -> Result<Value, ()> {
    no_kwargs(func, kw)?;
    if args.len() != n {
        raise_type_error(&format!("{func} expected {n} arguments, got {}", args.len()));
        return Err(());
    }
    let name = attribute_name(args)?;
    let value = if n == 3 { args[2] } else { Value::NULL };
    setattr(args[0], name, value)?;
    Ok(Value::none())
}

/// `v.name = value`, or with a null value `del v.name`: user classes and their instances,
/// functions and exceptions have writable attributes; the other builtin types raise
/// CPython's `AttributeError` for each kind of attribute.
pub fn setattr(v: Value, name: &str, value: Value) -> Result<(), ()> {
    let ok = |b: bool| if b { Ok(()) } else { Err(()) };
    if v.kind() == Kind::Instance {
        return ok(crate::class::instance_setattr(v, name, value));
    }
    if crate::class::as_class(v).is_some() {
        return ok(crate::class::class_setattr(v, name, value));
    }
    if v.kind() == Kind::Exception {
        return ok(exceptions::setattr(v, name, value));
    }
    if crate::subclass::is_instance(v) {
        return ok(crate::subclass::setattr(v, name, value));
    }
    if v.kind() == Kind::Function {
        return ok(crate::func::function_setattr(v, name, value));
    }
    if v.kind() == Kind::Native
        && let Some(done) = crate::native::setattr(v, name, value)
    {
        return ok(done);
    }
    if v.kind() == Kind::Tuple && v.ty().user {
        return ok(crate::modules::collections::setattr(v, name));
    }
    if v.kind() == Kind::Module
        && let Some(desc) = crate::import::desc_of(v)
    {
        return crate::import::setattr(v, desc, name, value);
    }
    if matches!(v.kind(), Kind::Module | Kind::Type) {
        let what = if v.kind() == Kind::Module { "module" } else { v.type_name() };
        raise(
            &exceptions::NOT_IMPLEMENTED_ERROR,
            &format!("krait does not support setting or deleting attributes of {what} objects yet"),
        );
        return Err(());
    }
    let owner = if v.kind() == Kind::Bool { "int" } else { v.type_name() };
    let msg = match (v.kind(), name) {
        (Kind::Range | Kind::Slice, "start" | "stop" | "step") => "readonly attribute".to_string(),
        (Kind::Int | Kind::Bool | Kind::Float, "real" | "imag")
        | (Kind::Int | Kind::Bool, "numerator" | "denominator") => {
            format!("attribute '{name}' of '{owner}' objects is not writable")
        }
        _ if crate::suggest::type_has_attribute(owner, name) => {
            format!("'{}' object attribute '{name}' is read-only", v.type_name())
        }
        _ => format!("'{}' object has no attribute '{name}'", v.type_name()),
    };
    raise(&exceptions::ATTRIBUTE_ERROR, &msg);
    Err(())
}

builtin!(krait_builtin_setattr, |args, kw| { set_or_delete_attribute("setattr", args, &kw, 3) });

builtin!(krait_builtin_delattr, |args, kw| { set_or_delete_attribute("delattr", args, &kw, 2) });

builtin!(krait_builtin_id, |args, kw| {
    no_kwargs("id", &kw)?;
    arity("id", args, 1, 1)?;
    Ok(int::from_i128(args[0].0 as i128))
});

builtin!(krait_builtin_iter, |args, kw| {
    no_kwargs("iter", &kw)?;
    arity("iter", args, 1, 2)?;
    if let [f, sentinel] = args {
        if !is_callable(*f) {
            raise_type_error("iter(object, sentinel): object must be callable");
            return Err(());
        }
        return Ok(iter::call_until(*f, *sentinel));
    }
    let r = iter::iter(args[0]);
    nonnull(r)
});

builtin!(krait_builtin_next, |args, kw| {
    no_kwargs("next", &kw)?;
    arity("next", args, 1, 2)?;
    let file = args[0].kind() == Kind::File && crate::file::open_file(args[0]).is_some();
    if args[0].kind() != Kind::Iterator && !file && crate::class::special(args[0], "__next__").is_none() {
        raise_type_error(&format!("'{}' object is not an iterator", args[0].type_name()));
        return Err(());
    }
    match iter::next(args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(&d) => Ok(d),
            // A generator's StopIteration carries the value it returned.
            None if crate::generator::is_generator(args[0]) => nonnull(crate::generator::stop(args[0])),
            None => crate::exceptions::fail(raise(&exceptions::STOP_ITERATION, "")),
        },
    }
});

builtin!(krait_builtin_isinstance, |args, kw| {
    no_kwargs("isinstance", &kw)?;
    if args.len() != 2 {
        raise_type_error(&format!("isinstance expected 2 arguments, got {}", args.len()));
        return Err(());
    }
    Ok(Value::bool(isinstance(args[0], args[1])?))
});

fn isinstance(v: Value, cls: Value) -> Result<bool, ()> {
    if let Some(members) = crate::modules::typing::union_members(cls) {
        return isinstance(v, members);
    }
    if cls.kind() == Kind::Tuple {
        for &c in tuple::items(cls) {
            if isinstance(v, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.kind() != Kind::Type {
        raise_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
        return Err(());
    }
    if crate::modules::typing::is_typed_dict(cls) {
        raise_type_error("TypedDict does not support instance and class checks");
        return Err(());
    }
    // SAFETY: kind checked.
    let t: &'static TypeObject = unsafe { cls.obj::<TypeObject>() };
    Ok(v.ty().is_subtype(t))
}

builtin!(krait_builtin_issubclass, |args, kw| {
    no_kwargs("issubclass", &kw)?;
    if args.len() != 2 {
        raise_type_error(&format!("issubclass expected 2 arguments, got {}", args.len()));
        return Err(());
    }
    if args[0].kind() != Kind::Type {
        raise_type_error("issubclass() arg 1 must be a class");
        return Err(());
    }
    // SAFETY: kind checked.
    Ok(Value::bool(issubclass(unsafe { args[0].obj::<TypeObject>() }, args[1])?))
});

fn issubclass(t: &'static TypeObject, cls: Value) -> Result<bool, ()> {
    if let Some(members) = crate::modules::typing::union_members(cls) {
        return issubclass(t, members);
    }
    if cls.kind() == Kind::Tuple {
        for &c in tuple::items(cls) {
            if issubclass(t, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.kind() != Kind::Type {
        raise_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return Err(());
    }
    // SAFETY: kind checked.
    Ok(t.is_subtype(unsafe { cls.obj::<TypeObject>() }))
}

// `class NAME(bases): body`, once the body filled the namespace `ns`: the class (not a
// Python-visible builtin: lowering calls it by name with name, qualname, bases tuple, ns).
builtin!(krait_builtin__make_class, |args, kw| {
    let bases = tuple::items(args[2]).to_vec();
    crate::class::make_class_with(str::as_str(args[0]), str::as_str(args[1]), &bases, args[3], &kw)
});

// `f(..., **mapping)`: keyword arguments gathered into the dict `kw` (args: kw, callee,
// name, value for `name=value`; kw, callee, mapping for `**mapping`), then the call.
builtin!(krait_builtin__kw_item, |args, _kw| {
    add_keyword(args[0], args[1], args[2], args[3])?;
    Ok(Value::none())
});

// `f(..., *iterable)`: the items added to the positional arguments being gathered (args: the
// list, the callee, the iterable).
builtin!(krait_builtin__star_arg, |args, _kw| {
    let (list, callee, it) = (args[0], args[1], args[2]);
    if !iter::is_iterable(it) {
        let f = crate::func::display_name(callee);
        raise_type_error(&format!("{f}() argument after * must be an iterable, not {}", it.type_name()));
        return Err(());
    }
    let items = iter::collect(it)?;
    list::items(list).extend(items);
    Ok(Value::none())
});

// What a sealed class's `__init__` called directly returned (args: the result): None, or
// the `TypeError` `type.__call__` raises.
builtin!(krait_builtin__init_result, |args, _kw| {
    let r = args[0];
    if !r.is_none() {
        raise_type_error(&format!("__init__() should return None, not '{}'", r.type_name()));
        return Err(());
    }
    Ok(r)
});

builtin!(krait_builtin__kw_merge, |args, _kw| {
    let (kw, callee, m) = (args[0], args[1], args[2]);
    if m.kind() != Kind::Dict {
        let f = crate::func::display_name(callee);
        raise_type_error(&format!("{f}() argument after ** must be a mapping, not {}", m.type_name()));
        return Err(());
    }
    for e in dict::table(m).live().copied().collect::<Vec<_>>() {
        if e.key.kind() != Kind::Str {
            raise_type_error("keywords must be strings");
            return Err(());
        }
        add_keyword(kw, callee, e.key, e.value)?;
    }
    Ok(Value::none())
});

fn add_keyword(kw: Value, callee: Value, name: Value, value: Value) -> Result<(), ()> {
    if dict::contains(kw, name)? {
        let f = crate::func::display_name(callee);
        raise_type_error(&format!("{f}() got multiple values for keyword argument '{}'", str::as_str(name)));
        return Err(());
    }
    if dict::setitem(kw, name, value) { Ok(()) } else { Err(()) }
}

builtin!(krait_builtin__call_kw, |args, _kw| {
    let (callee, pos, kw) = (args[0], args[1], args[2]);
    let mut all = list::items(pos).clone();
    let entries: Vec<dict::Entry> = dict::table(kw).live().copied().collect();
    all.extend(entries.iter().map(|e| e.value));
    let names = if entries.is_empty() { Value::NULL } else { tuple::new(entries.iter().map(|e| e.key).collect()) };
    nonnull(crate::func::call(callee, &all, names))
});

// `staticmethod(f)`, `classmethod(f)`, `property(fget, fset, fdel)`.
builtin!(krait_builtin_staticmethod, |args, kw| {
    no_kwargs("staticmethod", &kw)?;
    arity("staticmethod", args, 1, 1)?;
    Ok(crate::class::new_descriptor(&crate::class::STATICMETHOD_TYPE, args[0], Value::NULL, Value::NULL))
});

builtin!(krait_builtin_classmethod, |args, kw| {
    no_kwargs("classmethod", &kw)?;
    arity("classmethod", args, 1, 1)?;
    Ok(crate::class::new_descriptor(&crate::class::CLASSMETHOD_TYPE, args[0], Value::NULL, Value::NULL))
});

builtin!(krait_builtin_property, |args, kw| {
    let bound = crate::args::bind_keywords("property", &["fget", "fset", "fdel", "doc"], 0, args, &kw)?;
    let arg = |i: usize| bound[i].filter(|v| !v.is_none()).unwrap_or(Value::NULL);
    Ok(crate::class::new_property(arg(0), arg(1), arg(2), arg(3)))
});

// `super(cls, obj)`; lowering passes the class and the first parameter for `super()`.
builtin!(krait_builtin_super, |args, kw| {
    no_kwargs("super", &kw)?;
    if args.len() != 2 {
        raise(&exceptions::RUNTIME_ERROR, "super(): no arguments");
        return Err(());
    }
    crate::class::new_super(args[0], args[1])
});

// `{**x}` in a dict display (not a Python-visible builtin: lowering calls it by name).
builtin!(krait_builtin__dict_merge, |args, _kw| {
    dict::merge(args[0], args[1])?;
    Ok(Value::none())
});

// `with`: entering, and leaving normally or by an exception (not Python-visible builtins).
builtin!(krait_builtin__with_enter, |args, _kw| { crate::context::enter(args[0]) });
builtin!(krait_builtin__with_exit, |args, _kw| { crate::context::exit(args[0]) });
builtin!(krait_builtin__with_exit_exception, |args, _kw| { crate::context::exit_exception(args[0], args[1]) });

// `except*` (not Python-visible builtins): see `exception_group.rs`.
builtin!(krait_builtin__except_star_begin, |args, _kw| { Ok(crate::exception_group::star_begin(args[0])) });
builtin!(krait_builtin__except_star_match, |args, _kw| { crate::exception_group::star_match(args[0], args[1]) });
builtin!(krait_builtin__except_star_raised, |args, _kw| {
    crate::exception_group::star_raised(args[0], args[1]);
    Ok(Value::none())
});
builtin!(krait_builtin__except_star_finish, |args, _kw| { crate::exception_group::star_finish(args[0]) });
// The part an `except*` clause matched becomes the exception being handled; the clause's
// `EndHandler` ends that.
builtin!(krait_builtin__except_star_handle, |args, _kw| {
    exceptions::handle(args[0]);
    Ok(Value::none())
});

// `a, *b, c = v` (not a Python-visible builtin): the targets' values as a tuple.
builtin!(krait_builtin__unpack_starred, |args, _kw| {
    let count = |v: Value| crate::args::ssize(v).map(|n| n as usize);
    iter::unpack_starred(args[0], count(args[1])?, count(args[2])?)
});

// `for w in s.split()` (not a Python-visible builtin): an exact str's words one at a time,
// as the loop would see the list of them; anything else's `split()` as called.
builtin!(krait_builtin__split_words, |args, _kw| {
    let s = args[0];
    if !s.is_small_int() && s.has_type(&str::STR_TYPE) {
        return Ok(iter::words(s));
    }
    let split = crate::func::getattr(s, "split");
    if split.is_null() {
        return Err(());
    }
    call_checked(split, &[])
});

// `d[k] = d.get(k, default) + inc` (not a Python-visible builtin): done here with one
// lookup, and `True`, when nothing it does can be seen to differ — `d` an exact dict, `k`
// an exact str or a small int (hashed and compared without calling code), the value found
// (or `default`) and `inc` small ints whose sum is one; else nothing is done and `False`
// says so, and the statement runs as written.
builtin!(krait_builtin__dict_count, |args, _kw| {
    Ok(Value::bool(crate::dict::count(args[0], args[1], args[2], args[3])))
});

// PEP 695 (not Python-visible builtins): a type parameter, `Generic[params]` for a class
// with type parameters, and a `type` statement's alias.
builtin!(krait_builtin__type_param, |args, _kw| {
    let kind = crate::args::ssize(args[0])?;
    Ok(crate::modules::typing::type_param(kind, str::as_str(args[1]), args[2]))
});
builtin!(krait_builtin__generic_base, |args, _kw| { Ok(crate::modules::typing::generic_base(args[0])) });
builtin!(krait_builtin__type_alias, |args, _kw| {
    Ok(crate::modules::typing::type_alias(str::as_str(args[0]), args[1], args[2]))
});

// `match` patterns (not Python-visible builtins).
builtin!(krait_builtin__match_sequence, |args, _kw| {
    let count = |v: Value| crate::args::ssize(v).map(|n| n as usize);
    crate::pattern::match_sequence(args[0], count(args[1])?, count(args[2])?, args[3] == Value::bool(true))
});
builtin!(krait_builtin__match_mapping, |args, _kw| {
    crate::pattern::match_mapping(args[0], args[1], args[2] == Value::bool(true))
});
builtin!(krait_builtin__match_class, |args, _kw| {
    crate::pattern::match_class(args[0], args[1], crate::args::ssize(args[2])? as usize, args[3])
});

// The end of a `for` loop over a temporary iterator: a generator is closed.
builtin!(krait_builtin__close_iter, |args, _kw| {
    iter::close(args[0])?;
    Ok(Value::none())
});
// The same when an exception leaves the loop: that exception stays pending (one from closing
// is dropped, as CPython's finalizer reports it only as "ignored").
builtin!(krait_builtin__close_iter_unwinding, |args, _kw| {
    let e = exceptions::take_pending();
    if iter::close(args[0]).is_err() {
        exceptions::take_pending();
    }
    exceptions::restore_pending(e);
    Ok(Value::none())
});

// `yield from`: one step of the delegation (not a Python-visible builtin).
builtin!(krait_builtin__yield_from_step, |args, _kw| { crate::generator::yield_from_step(args[0], args[1]) });

// `[*x]` in a list or tuple display: appends the items of the iterable `x` to the display's list.
builtin!(krait_builtin__list_extend, |args, _kw| {
    let x = args[1];
    let items = iter::collect_or(x, &format!("Value after * must be an iterable, not {}", x.type_name()))?;
    list::items(args[0]).extend(items);
    Ok(Value::none())
});

builtin!(krait_builtin_type, |args, kw| {
    match args {
        [v] if kw.is_empty() => Ok(Value::from_static(v.ty())),
        // `type(name, bases, namespace, **kwds)`: a new class, as a class statement makes.
        [name, bases, ns] => {
            if name.kind() != Kind::Str {
                raise_type_error(&format!("type.__new__() argument 1 must be str, not {}", name.type_name()));
                return Err(());
            }
            if bases.kind() != Kind::Tuple {
                raise_type_error(&format!("type.__new__() argument 2 must be tuple, not {}", bases.type_name()));
                return Err(());
            }
            if ns.kind() != Kind::Dict {
                raise_type_error(&format!("type.__new__() argument 3 must be dict, not {}", ns.type_name()));
                return Err(());
            }
            let copy = dict::new();
            dict::update(copy, *ns)?;
            let name = str::as_str(*name);
            let bases = tuple::items(*bases).to_vec();
            crate::class::make_class_with(name, name, &bases, copy, &kw)
        }
        _ => {
            raise_type_error("type() takes 1 or 3 arguments");
            Err(())
        }
    }
});

builtin!(krait_builtin_hash, |args, kw| {
    no_kwargs("hash", &kw)?;
    arity("hash", args, 1, 1)?;
    Ok(int::from_i64(ops::hash(args[0])?))
});

builtin!(krait_builtin_ord, |args, kw| {
    no_kwargs("ord", &kw)?;
    arity("ord", args, 1, 1)?;
    let v = args[0];
    if let Some(d) = crate::bytes::buffer(v) {
        if let [b] = d {
            return Ok(Value::small(i64::from(*b)));
        }
        raise_type_error(&format!("ord() expected a character, but string of length {} found", d.len()));
        return Err(());
    }
    if v.kind() != Kind::Str {
        raise_type_error(&format!("ord() expected string of length 1, but {} found", v.type_name()));
        return Err(());
    }
    let s = str::as_str(v);
    let mut cs = s.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Ok(int::from_i64(c as i64)),
        _ => {
            raise_type_error(&format!("ord() expected a character, but string of length {} found", str::char_len(v)));
            Err(())
        }
    }
});

builtin!(krait_builtin_chr, |args, kw| {
    no_kwargs("chr", &kw)?;
    arity("chr", args, 1, 1)?;
    let i = crate::args::c_int(args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(str::from_string(c.to_string())),
        None if (0xd800..0xe000).contains(&i) => {
            raise(&exceptions::VALUE_ERROR, "krait strings cannot hold lone surrogates yet");
            Err(())
        }
        None => crate::exceptions::fail(raise(&exceptions::VALUE_ERROR, "chr() arg not in range(0x110000)")),
    }
});

builtin!(krait_builtin_any, |args, kw| {
    no_kwargs("any", &kw)?;
    arity("any", args, 1, 1)?;
    let it = iter::iter(args[0]);
    if it.is_null() {
        return Err(());
    }
    while let Some(x) = iter::next(it)? {
        if ops::truthy(x)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
});

builtin!(krait_builtin_all, |args, kw| {
    no_kwargs("all", &kw)?;
    arity("all", args, 1, 1)?;
    let it = iter::iter(args[0]);
    if it.is_null() {
        return Err(());
    }
    while let Some(x) = iter::next(it)? {
        if !ops::truthy(x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
});

// `sum(iterable, start=0)`, with CPython 3.12's compensated summation of floats.
builtin!(krait_builtin_sum, |args, kw| {
    let mut start = int::from_i64(0);
    for &(k, v) in &kw {
        if k == "start" {
            start = v;
        } else {
            raise_type_error(&format!("'{k}' is an invalid keyword argument for sum()"));
            return Err(());
        }
    }
    if args.is_empty() || args.len() > 2 {
        raise_type_error(&format!("sum() takes at least 1 positional argument ({} given)", args.len()));
        return Err(());
    }
    if let Some(&s) = args.get(1) {
        start = s;
    }
    match start.kind() {
        Kind::Str => {
            return crate::exceptions::fail(raise_type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        Kind::Bytes => {
            let what = start.type_name();
            return crate::exceptions::fail(raise_type_error(&format!(
                "sum() can't sum {what} [use b''.join(seq) instead]"
            )));
        }
        _ => {}
    }
    let it = iter::iter(args[0]);
    if it.is_null() {
        return Err(());
    }
    let mut acc = start;
    let mut item = iter::next(it)?;
    loop {
        if acc.has_type(&float::FLOAT_TYPE) {
            let mut f = float::value(acc);
            let mut c = 0.0f64;
            loop {
                match item {
                    None => {
                        if c != 0.0 && c.is_finite() {
                            f += c;
                        }
                        return Ok(float::new(f));
                    }
                    Some(x) if x.has_type(&float::FLOAT_TYPE) => {
                        let x = float::value(x);
                        let t = f + x;
                        if f.abs() >= x.abs() {
                            c += (f - t) + x;
                        } else {
                            c += (x - t) + f;
                        }
                        f = t;
                    }
                    Some(x) if x.is_small_int() => f += x.as_small() as f64,
                    Some(x) => {
                        if c != 0.0 && c.is_finite() {
                            f += c;
                        }
                        acc = ops::binary(BinOp::Add, float::new(f), x);
                        if acc.is_null() {
                            return Err(());
                        }
                        item = iter::next(it)?;
                        break;
                    }
                }
                item = iter::next(it)?;
            }
            continue;
        }
        let Some(x) = item else { return Ok(acc) };
        acc = ops::binary(BinOp::Add, acc, x);
        if acc.is_null() {
            return Err(());
        }
        item = iter::next(it)?;
    }
});

/// `min`/`max` shared logic: `op` is the comparison that makes a new item win.
fn min_max(name: &str, op: CmpOp, args: &[Value], kw: &[(&str, Value)]) -> Result<Value, ()> {
    if args.is_empty() {
        raise_type_error(&format!("{name} expected at least 1 argument, got 0"));
        return Err(());
    }
    let mut key = Value::NULL;
    let mut default = Value::NULL;
    for &(k, v) in kw {
        match k {
            "key" => key = if v.is_none() { Value::NULL } else { v },
            "default" => default = v,
            _ => {
                raise_type_error(&format!("'{k}' is an invalid keyword argument for {name}()"));
                return Err(());
            }
        }
    }
    let items = match args.len() {
        0 => {
            raise_type_error(&format!("{name} expected at least 1 argument, got 0"));
            return Err(());
        }
        1 => iter::collect(args[0])?,
        _ => {
            if !default.is_null() {
                raise_type_error(&format!("Cannot specify a default for {name}() with multiple positional arguments"));
                return Err(());
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = if key.is_null() { x } else { call_checked(key, &[x])? };
        match best {
            None => best = Some((x, k)),
            Some((_, bk)) => {
                if ops::compare_bool(op, k, bk)? {
                    best = Some((x, k));
                }
            }
        }
    }
    match best {
        Some((x, _)) => Ok(x),
        None if !default.is_null() => Ok(default),
        None => {
            crate::exceptions::fail(raise(&exceptions::VALUE_ERROR, &format!("{name}() iterable argument is empty")))
        }
    }
}

pub fn call_checked(f: Value, args: &[Value]) -> Result<Value, ()> {
    let r = crate::func::call(f, args, Value::NULL);
    nonnull(r)
}

builtin!(krait_builtin_min, |args, kw| { min_max("min", CmpOp::Lt, args, &kw) });
builtin!(krait_builtin_max, |args, kw| { min_max("max", CmpOp::Gt, args, &kw) });

fn sort_options(name: &str, kw: &[(&str, Value)]) -> Result<(Value, bool), ()> {
    key_and_reverse(kw, |k| format!("'{k}' is an invalid keyword argument for {name}()"))
}

/// The `key=` (null when None or absent) and `reverse=` keyword arguments of a sort or a
/// merge; any other keyword is a `TypeError` with the message `unexpected` gives.
pub fn key_and_reverse(kw: &[(&str, Value)], unexpected: impl Fn(&str) -> String) -> Result<(Value, bool), ()> {
    let mut key = Value::NULL;
    let mut reverse = false;
    for &(k, v) in kw {
        match k {
            "key" => key = if v.is_none() { Value::NULL } else { v },
            "reverse" => reverse = ops::truthy(v)?,
            _ => {
                raise_type_error(&unexpected(k));
                return Err(());
            }
        }
    }
    Ok((key, reverse))
}

/// `lst.sort(key=..., reverse=...)`.
pub fn list_sort_kw(lst: Value, kw: &[(&str, Value)]) -> Value {
    let r = (|| {
        let (key, reverse) = sort_options("sort", kw)?;
        crate::sort::sort_list(lst, key, reverse)?;
        Ok(Value::none())
    })();
    finish(r)
}

builtin!(krait_builtin_sorted, |args, kw| {
    if args.len() != 1 {
        raise_type_error(&format!("sorted expected 1 argument, got {}", args.len()));
        return Err(());
    }
    let (key, reverse) = sort_options("sort", &kw)?;
    let mut items = iter::collect(args[0])?;
    crate::sort::sort_values(&mut items, key, reverse)?;
    Ok(list::new(items))
});

builtin!(krait_builtin_reversed, |args, kw| {
    no_kwargs("reversed", &kw)?;
    arity("reversed", args, 1, 1)?;
    let v = args[0];
    if let Some(r) = crate::class::call_special(v, "__reversed__", &[]) {
        return nonnull(r);
    }
    let mut items = match v.kind() {
        Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::Range | Kind::Dict | Kind::DictView => {
            iter::collect(v)?
        }
        // The sequence protocol: `__len__` and `__getitem__` from the end.
        _ if crate::class::special(v, "__getitem__").is_some() && crate::class::special(v, "__len__").is_some() => {
            let n = ops::len(v)?;
            let mut items = Vec::with_capacity(n);
            for i in (0..n).rev() {
                items.push(nonnull(ops::getitem(v, int::from_i64(i as i64)))?);
            }
            items.reverse();
            items
        }
        _ => {
            raise_type_error(&format!("'{}' object is not reversible", v.type_name()));
            return Err(());
        }
    };
    items.reverse();
    Ok(iter::iter(tuple::new(items)))
});

builtin!(krait_builtin_round, |args, kw| {
    if args.len() + kw.len() > 2 {
        raise_type_error(&format!("round() takes at most 2 arguments ({} given)", args.len() + kw.len()));
        return Err(());
    }
    let p = crate::func::bind_params("round", args, &kw, &["number", "ndigits"], 2)?;
    let Some(v) = p[0] else {
        raise_type_error("round() missing required argument 'number' (pos 1)");
        return Err(());
    };
    let ndigits = p[1].unwrap_or(Value::NULL);
    let round_args: &[Value] = if ndigits.is_null() { &[] } else { core::slice::from_ref(&ndigits) };
    if let Some(r) = crate::class::call_special(v, "__round__", round_args) {
        return nonnull(r);
    }
    let nd = if ndigits.is_null() || ndigits.is_none() {
        None
    } else {
        Some(ops::index_value(ndigits).ok_or_else(|| {
            raise_type_error(&format!("'{}' object cannot be interpreted as an integer", ndigits.type_name()));
        })?)
    };
    if int::is_int(v) {
        let v = if v.kind() == Kind::Bool { int::from_i64(i64::from(ops::bool_value(v))) } else { v };
        return match nd {
            None => Ok(v),
            Some(d) if d >= 0 => Ok(v),
            Some(d) => {
                let m = num_traits::pow(BigInt::from(10), (-d).min(100_000) as usize);
                let x = int::to_big(v);
                let (q, r) = num_integer::Integer::div_mod_floor(&x, &m);
                let twice = &r * 2;
                let q = if twice > m || (twice == m && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
                Ok(int::from_big(q * m))
            }
        };
    }
    if v.kind() != Kind::Float {
        raise_type_error(&format!("type {} doesn't define __round__ method", v.type_name()));
        return Err(());
    }
    let x = float::value(v);
    match nd {
        None => {
            if !x.is_finite() {
                let _ = float::to_int(x);
                return Err(());
            }
            Ok(float::to_int(x.round_ties_even()))
        }
        Some(d) => {
            let r = round_float(x, d);
            if r.is_infinite() && x.is_finite() {
                raise(&exceptions::OVERFLOW_ERROR, "rounded value too large to represent");
                return Err(());
            }
            Ok(float::new(r))
        }
    }
});

/// `round(x, d)` for floats: correctly rounded through the shortest decimal repr, as CPython
/// does with its dtoa-based implementation.
fn round_float(x: f64, d: i128) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if d > 323 {
        return x;
    }
    if d < -308 {
        return 0.0f64.copysign(x);
    }
    if d >= 0 {
        // Format with exact decimal expansion, round half even on the exact value.
        let s = format!("{:.*}", d as usize, x);
        return s.parse::<f64>().unwrap_or(x);
    }
    round_to_power_of_ten(x, d.unsigned_abs() as u32)
}

/// `round(x, -k)`: `x` rounded half to even, exactly, to a multiple of `10**k`, then the
/// nearest float to that (CPython gets the same from correctly rounded decimal digits).
fn round_to_power_of_ten(x: f64, k: u32) -> f64 {
    use num_integer::Integer;
    use num_traits::ToPrimitive;
    // x = m * 2**e exactly.
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (m, e) = if exp == 0 { (frac, -1074) } else { (frac | (1 << 52), exp - 1075) };
    let scale = BigInt::from(10).pow(k);
    // |x| / 10**k = num / den.
    let (num, den) =
        if e >= 0 { (BigInt::from(m) << e as u64, scale.clone()) } else { (BigInt::from(m), &scale << (-e) as u64) };
    let (q, r): (BigInt, BigInt) = num.div_rem(&den);
    let twice: BigInt = r * 2;
    let q = match twice.cmp(&den) {
        core::cmp::Ordering::Greater => q + 1,
        core::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    (q * scale).to_f64().unwrap_or(f64::INFINITY).copysign(x)
}

builtin!(krait_builtin_open, |args, kw| { crate::file::open(args, &kw) });

builtin!(krait_builtin_input, |args, kw| {
    no_kwargs("input", &kw)?;
    arity("input", args, 0, 1)?;
    let prompt = match args.first() {
        Some(&p) => Some(str_of(p)?),
        None => None,
    };
    let r = io::input(prompt.as_deref());
    nonnull(r)
});

// ---- builtin types called as constructors ----

builtin!(krait_builtin_int, |args, kw| {
    let mut base = Value::NULL;
    for &(k, v) in &kw {
        if k == "base" {
            base = v;
        } else {
            raise_type_error(&format!("'{k}' is an invalid keyword argument for int()"));
            return Err(());
        }
    }
    arity("int", args, 0, 2)?;
    if let Some(&b) = args.get(1) {
        base = b;
    }
    let Some(&v) = args.first() else { return Ok(int::from_i64(0)) };
    if !base.is_null() {
        // The base is converted first (a huge one clipped), as CPython's `int_new` does.
        let b = match crate::args::ssize(base) {
            Ok(b) => b,
            Err(()) if int::is_int(base) => {
                crate::exceptions::take_pending();
                if int::to_big(base).sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }
            }
            Err(()) => return Err(()),
        };
        if v.kind() != Kind::Str && crate::bytes::buffer(v).is_none() {
            raise_type_error("int() can't convert non-string with explicit base");
            return Err(());
        }
        return parse_int(v, b);
    }
    if v.is_small_int() {
        return Ok(v);
    }
    match v.kind() {
        // An instance of a class deriving from int gives its plain value.
        Kind::Int if v.ty().user => Ok(int::from_big(int::to_big(v))),
        Kind::Int => Ok(v),
        Kind::Bool => Ok(int::from_i64(i64::from(ops::bool_value(v)))),
        Kind::Float => {
            let r = float::to_int(float::value(v));
            nonnull(r)
        }
        Kind::Str | Kind::Bytes => parse_int(v, 10),
        _ => {
            if let Some(r) = crate::class::call_special(v, "__int__", &[]) {
                let r = nonnull(r)?;
                if !int::is_int(r) {
                    raise_type_error(&format!("__int__ returned non-int (type {})", r.type_name()));
                    return Err(());
                }
                return Ok(r);
            }
            if let Some(r) = ops::user_index(v)? {
                return Ok(r);
            }
            raise_type_error(&format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                v.type_name()
            ));
            Err(())
        }
    }
});

fn parse_int(v: Value, base: i64) -> Result<Value, ()> {
    if base != 0 && !(2..=36).contains(&base) {
        raise(&exceptions::VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0");
        return Err(());
    }
    let invalid = || {
        // CPython shows at most 200 characters of the argument's repr.
        let repr = match crate::bytes::buffer(v) {
            Some(data) => crate::bytes::literal(data, false),
            None => str::repr(str::as_str(v)),
        };
        let shown: String = repr.chars().take(200).collect();
        raise(&exceptions::VALUE_ERROR, &format!("invalid literal for int() with base {base}: {shown}"));
        Err(())
    };
    // A str's Unicode digits and spaces become ASCII (bytes must be ASCII already); then ASCII
    // white space (not U+001C..U+001F) is stripped.
    let text = match crate::bytes::buffer(v) {
        Some(data) if data.is_ascii() => std::str::from_utf8(data).unwrap_or_default(),
        Some(_) => return invalid(),
        None => str::as_str(v),
    };
    let Some(ascii) = crate::unicode::decimal_and_space_to_ascii(text) else { return invalid() };
    let t = ascii.trim();
    let (sign, body) = match t.as_bytes().first() {
        Some(b'-') => ("-", &t[1..]),
        Some(b'+') => ("", &t[1..]),
        _ => ("", t),
    };
    let lower = body.to_ascii_lowercase();
    let prefixed = |p: &str| lower.starts_with(p);
    let (base, digits) = match base {
        0 if prefixed("0x") => (16, &body[2..]),
        0 if prefixed("0o") => (8, &body[2..]),
        0 if prefixed("0b") => (2, &body[2..]),
        // As in Python source, a decimal with a leading zero must be all zeros ("00", "0_0").
        0 if body.starts_with('0') && body.bytes().any(|b| b != b'0' && b != b'_') => return invalid(),
        0 => (10, body),
        16 if prefixed("0x") => (16, &body[2..]),
        8 if prefixed("0o") => (8, &body[2..]),
        2 if prefixed("0b") => (2, &body[2..]),
        b => (b as u32, body),
    };
    let digits = digits.strip_prefix('_').filter(|_| digits.len() != body.len()).unwrap_or(digits);
    if !base.is_power_of_two() {
        int::check_parse_digits(digits.chars().filter(char::is_ascii_alphanumeric).count())?;
    }
    match int::parse(&format!("{sign}{digits}"), base) {
        Some(b) => Ok(int::from_big(b)),
        None => invalid(),
    }
}

builtin!(krait_builtin_float, |args, kw| {
    no_kwargs("float", &kw)?;
    arity("float", args, 0, 1)?;
    let Some(&v) = args.first() else { return Ok(float::new(0.0)) };
    if int::is_int(v) {
        return Ok(float::new(int::to_f64(if v.kind() == Kind::Bool {
            int::from_i64(i64::from(ops::bool_value(v)))
        } else {
            v
        })?));
    }
    match v.kind() {
        // An instance of a class deriving from float gives its plain value.
        Kind::Float if v.ty().user => Ok(float::new(float::value(v))),
        Kind::Float => Ok(v),
        Kind::Str | Kind::Bytes => {
            let text = match crate::bytes::buffer(v) {
                Some(data) if data.is_ascii() => std::str::from_utf8(data).ok(),
                Some(_) => None,
                None => Some(str::as_str(v)),
            };
            match text.and_then(float::parse) {
                Some(f) => Ok(float::new(f)),
                None => {
                    let repr = if v.kind() == Kind::Str { str::repr(str::as_str(v)) } else { crate::bytes::repr(v) };
                    raise(&exceptions::VALUE_ERROR, &format!("could not convert string to float: {repr}"));
                    Err(())
                }
            }
        }
        _ => {
            if let Some(f) = float::user_float(v)? {
                return Ok(float::new(f));
            }
            raise_type_error(&format!("float() argument must be a string or a real number, not '{}'", v.type_name()));
            Err(())
        }
    }
});

builtin!(krait_builtin_str, |args, kw| {
    // `str(x)`, the common case, without binding parameters.
    if kw.is_empty() && args.len() == 1 {
        let v = args[0];
        return if v.kind() == Kind::Str && !v.ty().user { Ok(v) } else { Ok(str::from_string(str_of(v)?)) };
    }
    if args.len() + kw.len() > 3 {
        raise_type_error(&format!("str() takes at most 3 arguments ({} given)", args.len() + kw.len()));
        return Err(());
    }
    let p = crate::func::bind_params("str", args, &kw, &["object", "encoding", "errors"], 3)?;
    let text = |i: usize, what: &str, default: &'static str| match p[i] {
        None => Ok(default),
        Some(v) if v.kind() == Kind::Str => Ok(str::as_str(v)),
        Some(v) => {
            raise_type_error(&format!("str() argument '{what}' must be str, not {}", crate::args::bad_type_name(v)));
            Err(())
        }
    };
    match p[0] {
        None => Ok(str::new_str("")),
        Some(v) if p[1].is_none() && p[2].is_none() => {
            if v.kind() == Kind::Str {
                Ok(v)
            } else {
                Ok(str::from_string(str_of(v)?))
            }
        }
        // `str(b, encoding, errors)` decodes.
        Some(v) => {
            let (encoding, errors) = (text(1, "encoding", "utf-8")?, text(2, "errors", "strict")?);
            match crate::bytes::buffer(v) {
                Some(d) => Ok(str::from_string(crate::codecs::decode(d, encoding, errors)?)),
                None if v.kind() == Kind::Str => {
                    raise_type_error("decoding str is not supported");
                    Err(())
                }
                None => {
                    raise_type_error(&format!("decoding to str: need a bytes-like object, {} found", v.type_name()));
                    Err(())
                }
            }
        }
    }
});

builtin!(krait_builtin_bytes, |args, kw| { crate::bytes::construct(&crate::bytes::BYTES_TYPE, args, &kw) });

builtin!(krait_builtin_bytearray, |args, kw| { crate::bytes::construct(&crate::bytes::BYTEARRAY_TYPE, args, &kw) });

builtin!(krait_builtin_bool, |args, kw| {
    no_kwargs("bool", &kw)?;
    arity("bool", args, 0, 1)?;
    match args.first() {
        None => Ok(Value::bool(false)),
        Some(&v) => Ok(Value::bool(ops::truthy(v)?)),
    }
});

builtin!(krait_builtin_list, |args, kw| {
    no_kwargs("list", &kw)?;
    arity("list", args, 0, 1)?;
    match args.first() {
        None => Ok(list::new(Vec::new())),
        Some(&v) => Ok(list::new(iter::collect(v)?)),
    }
});

builtin!(krait_builtin_tuple, |args, kw| {
    no_kwargs("tuple", &kw)?;
    arity("tuple", args, 0, 1)?;
    match args.first() {
        None => Ok(tuple::new(Vec::new())),
        Some(&v) if v.kind() == Kind::Tuple && !v.ty().user && tuple::struct_fields(v).is_none() => Ok(v),
        Some(&v) => Ok(tuple::new(iter::collect(v)?)),
    }
});

builtin!(krait_builtin_dict, |args, kw| {
    arity("dict", args, 0, 1)?;
    let d = dict::new();
    if let Some(&v) = args.first() {
        dict::update(d, v)?;
    }
    for (k, v) in kw {
        if !dict::setitem(d, str::new_str(k), v) {
            return Err(());
        }
    }
    Ok(d)
});

builtin!(krait_builtin_set, |args, kw| {
    no_kwargs("set", &kw)?;
    arity("set", args, 0, 1)?;
    let s = crate::set::new_empty(&crate::set::SET_TYPE);
    if let Some(&v) = args.first() {
        crate::set::update(s, v)?;
    }
    Ok(s)
});

builtin!(krait_builtin_frozenset, |args, kw| {
    no_kwargs("frozenset", &kw)?;
    arity("frozenset", args, 0, 1)?;
    match args.first() {
        Some(&v) if crate::set::is_frozen(v) => Ok(v),
        Some(&v) => crate::set::from_iterable(&crate::set::FROZENSET_TYPE, v),
        None => Ok(crate::set::new_empty(&crate::set::FROZENSET_TYPE)),
    }
});

builtin!(krait_builtin_slice, |args, kw| {
    no_kwargs("slice", &kw)?;
    arity("slice", args, 1, 3)?;
    Ok(match *args {
        [stop] => crate::slice::new(Value::NULL, stop, Value::NULL),
        [start, stop] => crate::slice::new(start, stop, Value::NULL),
        [start, stop, step, ..] => crate::slice::new(start, stop, step),
        [] => Value::NULL,
    })
});

/// `T.name(...)` for the alternative constructors of builtin types (`dict.fromkeys`,
/// `str.maketrans`, `float.fromhex`); `None` for any other name.
pub fn call_static_method(t: Value, name: &str, args: &[Value], kw: &[(&str, Value)]) -> Option<Value> {
    // SAFETY: callers check the kind is Type.
    let ty: &'static TypeObject = unsafe { t.obj::<TypeObject>() };
    let r = match (ty.name, name) {
        ("dict", "fromkeys") => no_kwargs("fromkeys", kw).and_then(|()| dict::fromkeys(args)),
        ("str", "maketrans") => no_kwargs("maketrans", kw).and_then(|()| str::maketrans(args)),
        ("bytes" | "bytearray", "maketrans") => {
            no_kwargs("maketrans", kw).and_then(|()| crate::bytes_methods::maketrans(args))
        }
        ("bytes" | "bytearray", "fromhex") => {
            no_kwargs("fromhex", kw).and_then(|()| crate::bytes_methods::fromhex(ty, args))
        }
        ("int", "from_bytes") => crate::number_methods::int_from_bytes(args, kw),
        ("float", "fromhex") => no_kwargs("fromhex", kw).and_then(|()| {
            arity("fromhex", args, 1, 1)?;
            if args[0].kind() != Kind::Str {
                raise_type_error("bad argument type for built-in operation");
                return Err(());
            }
            crate::number_methods::float_fromhex(str::as_str(args[0])).map(float::new)
        }),
        _ => return None,
    };
    Some(finish(r))
}

/// Calls a type object: a builtin type's constructor or an exception class.
pub fn call_type(t: Value, args: &[Value], kwnames: Value) -> Value {
    // SAFETY: callers check the kind is Type.
    let ty: &'static TypeObject = unsafe { t.obj::<TypeObject>() };
    if exceptions::is_exception_type(ty) {
        let (pos, kw) = split_args(args, kwnames);
        if !kw.is_empty() {
            return raise_type_error(&format!("{}() takes no keyword arguments", ty.name));
        }
        if ty.is_subtype(&exceptions::BASE_EXCEPTION_GROUP) {
            return crate::exception_group::new(ty, pos);
        }
        if ty.is_subtype(&exceptions::OS_ERROR) {
            return exceptions::new_os_error(ty, pos);
        }
        return exceptions::new_exception(ty, tuple::new(pos.to_vec()));
    }
    let entry: Option<unsafe extern "C" fn(*const Value, usize, Value) -> Value> = match ty.name {
        "int" => Some(krait_builtin_int),
        "float" => Some(krait_builtin_float),
        "str" => Some(krait_builtin_str),
        "bool" => Some(krait_builtin_bool),
        "list" => Some(krait_builtin_list),
        "tuple" => Some(krait_builtin_tuple),
        "dict" => Some(krait_builtin_dict),
        "set" => Some(krait_builtin_set),
        "frozenset" => Some(krait_builtin_frozenset),
        "bytes" => Some(krait_builtin_bytes),
        "bytearray" => Some(krait_builtin_bytearray),
        "slice" => Some(krait_builtin_slice),
        "range" => Some(krait_builtin_range),
        "type" => Some(krait_builtin_type),
        "staticmethod" => Some(krait_builtin_staticmethod),
        "classmethod" => Some(krait_builtin_classmethod),
        "property" => Some(krait_builtin_property),
        "_io.StringIO" | "_io.BytesIO" => {
            let (pos, kw) = split_args(args, kwnames);
            let r = if ty.name == "_io.StringIO" {
                crate::modules::io::string_io(pos, &kw)
            } else {
                crate::modules::io::bytes_io(pos, &kw)
            };
            return r.unwrap_or(Value::NULL);
        }
        "object" if args.is_empty() => return crate::object::new_plain_object(),
        "object" => return raise_type_error("object() takes no arguments"),
        "NoneType" if args.is_empty() => return Value::none(),
        "NoneType" => return raise_type_error("NoneType takes no arguments"),
        _ => None,
    };
    match entry {
        // SAFETY: builtin entries follow the generic convention.
        Some(f) => unsafe { f(args.as_ptr(), args.len(), kwnames) },
        None => raise_type_error(&format!("cannot create '{}' instances", ty.name)),
    }
}

/// The object a builtin name stands for: a type or exception class (`int`, `ValueError`, …)
/// or one of the constants `Ellipsis` and `NotImplemented`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_builtin_type_object(ptr: *const u8, len: usize) -> Value {
    // SAFETY: codegen passes a valid UTF-8 name.
    let name = unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(ptr, len)) };
    let builtin_types: [&'static TypeObject; 20] = [
        &crate::class::STATICMETHOD_TYPE,
        &crate::class::CLASSMETHOD_TYPE,
        &crate::class::PROPERTY_TYPE,
        &int::INT_TYPE,
        &float::FLOAT_TYPE,
        &str::STR_TYPE,
        &crate::object::BOOL_TYPE,
        &list::LIST_TYPE,
        &tuple::TUPLE_TYPE,
        &dict::DICT_TYPE,
        &crate::set::SET_TYPE,
        &crate::set::FROZENSET_TYPE,
        &crate::bytes::BYTES_TYPE,
        &crate::bytes::BYTEARRAY_TYPE,
        &crate::slice::SLICE_TYPE,
        &crate::range::RANGE_TYPE,
        &crate::object::TYPE_TYPE,
        &crate::object::OBJECT_TYPE,
        &crate::object::NONE_TYPE,
        &crate::func::FUNCTION_TYPE,
    ];
    match name {
        "Ellipsis" => return Value::from_static(&crate::object::ELLIPSIS),
        "NotImplemented" => return Value::from_static(&crate::object::NOT_IMPLEMENTED),
        // Old names of OSError.
        "IOError" | "EnvironmentError" => return Value::from_static(&exceptions::OS_ERROR),
        _ => {}
    }
    for t in builtin_types.iter().chain(exceptions::BUILTIN_EXCEPTIONS) {
        if t.name == name {
            return Value::from_static(*t);
        }
    }
    raise(&exceptions::NAME_ERROR, &format!("name '{name}' is not defined"))
}
