//! `traceback`: formatting and printing exceptions (`format_exc`, `print_exc`,
//! `format_exception`, `print_exception`, `format_exception_only`, `format_tb`, `print_tb`),
//! in the text `traceback.rs` makes for uncaught exceptions. The functions about the running
//! stack (`extract_stack`, `print_stack`, ...) are not provided: compiled frames are not
//! objects.

use crate::exceptions::{self, is_exception, raise, raise_type_error};
use crate::object::{Kind, Value};
use crate::{list, str};

#[rustfmt::skip]
pub const NAMES: &[&str] = &[
    "FrameSummary", "StackSummary", "TracebackException", "clear_frames", "extract_stack", "extract_tb",
    "format_exc", "format_exception", "format_exception_only", "format_list", "format_stack", "format_tb",
    "print_exc", "print_exception", "print_last", "print_list", "print_stack", "print_tb", "walk_stack", "walk_tb",
];

pub fn getattr(name: &str) -> Option<Value> {
    let entry: crate::func::BuiltinEntry = match name {
        "format_exc" => traceback_format_exc,
        "print_exc" => traceback_print_exc,
        "format_exception" => traceback_format_exception,
        "print_exception" => traceback_print_exception,
        "format_exception_only" => traceback_format_exception_only,
        "format_tb" => traceback_format_tb,
        "print_tb" => traceback_print_tb,
        _ => return None,
    };
    let name = NAMES.iter().find(|n| **n == name).copied().unwrap_or("traceback");
    Some(super::builtin(entry, name))
}

/// The keyword arguments these functions take: `limit`, `chain`, `file` (each function
/// accepts the ones CPython's does).
struct Options {
    limit: Option<i64>,
    chain: bool,
    file: Value,
}

fn options(func: &str, kw: &[(&str, Value)], allowed: &[&str]) -> Result<Options, ()> {
    let mut o = Options { limit: None, chain: true, file: Value::none() };
    for &(k, v) in kw {
        if !allowed.contains(&k) {
            return exceptions::fail(raise_type_error(&format!("{func}() got an unexpected keyword argument '{k}'")));
        }
        match k {
            "limit" if !v.is_none() => o.limit = Some(crate::args::ssize(v)?),
            "chain" => o.chain = crate::ops::truthy(v)?,
            "file" => o.file = v,
            _ => {}
        }
    }
    Ok(o)
}

/// Writes `text` to `file` (None: stderr), as `print(..., file=file, end="")`.
fn write(file: Value, text: &str) -> Result<(), ()> {
    if file.is_none() {
        crate::io::write(2, text);
        return Ok(());
    }
    if file.kind() == Kind::File {
        crate::io::write(crate::io::fd_of(file), text);
        return Ok(());
    }
    let r = crate::func::call_method(file, "write", &[str::new_str(text)], Value::NULL);
    if r.is_null() { Err(()) } else { Ok(()) }
}

/// The exception a `format_exception`-style call is about: `exc`, or in the old form
/// `(type, value, tb)` the value (the traceback given is the value's own, in practice).
fn exception_arg(func: &str, args: &[Value]) -> Result<Value, ()> {
    let (exc, value) = match args {
        [exc] => (*exc, None),
        [_, value, _] => (*value, Some(*value)),
        [_, _] => {
            return exceptions::fail(raise(&exceptions::VALUE_ERROR, "Both or neither of value and tb must be given"));
        }
        _ => {
            return exceptions::fail(raise_type_error(&format!(
                "{func}() takes from 1 to 3 positional arguments but {} were given",
                args.len()
            )));
        }
    };
    let v = value.unwrap_or(exc);
    Ok(v)
}

/// The pieces of the text for `v` (an exception, or None: `NoneType: None`).
fn pieces(v: Value, o: &Options) -> Vec<String> {
    if is_exception(v) { crate::traceback::format_chunks(v, o.limit, o.chain) } else { vec![none_text(v)] }
}

fn none_text(v: Value) -> String {
    let text = crate::repr::str_string(v).unwrap_or_default();
    format!("{}: {text}\n", v.type_name())
}

fn text_list(pieces: Vec<String>) -> Value {
    list::new(pieces.into_iter().map(str::from_string).collect())
}

fn handled() -> Value {
    let e = exceptions::handled();
    if e.is_null() { Value::none() } else { e }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn traceback_format_exc(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let o = options("format_exc", kw, &["limit", "chain"])?;
        if let Some(&limit) = args.first() {
            let o = Options { limit: if limit.is_none() { None } else { Some(crate::args::ssize(limit)?) }, ..o };
            return Ok(str::from_string(pieces(handled(), &o).concat()));
        }
        Ok(str::from_string(pieces(handled(), &o).concat()))
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn traceback_print_exc(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |_args, kw| {
        let o = options("print_exc", kw, &["limit", "file", "chain"])?;
        write(o.file, &pieces(handled(), &o).concat())?;
        Ok(Value::none())
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn traceback_format_exception(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let o = options("format_exception", kw, &["limit", "chain"])?;
        let v = exception_arg("format_exception", args)?;
        Ok(text_list(pieces(v, &o)))
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn traceback_print_exception(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let o = options("print_exception", kw, &["limit", "file", "chain"])?;
        let v = exception_arg("print_exception", args)?;
        write(o.file, &pieces(v, &o).concat())?;
        Ok(Value::none())
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn traceback_format_exception_only(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        options("format_exception_only", kw, &[])?;
        let v = match args {
            [exc] => *exc,
            [_, value] => *value,
            _ => {
                return exceptions::fail(raise_type_error(&format!(
                    "format_exception_only() takes from 1 to 2 positional arguments but {} were given",
                    args.len()
                )));
            }
        };
        Ok(text_list(if is_exception(v) { crate::traceback::exception_only(v) } else { vec![none_text(v)] }))
    })
}

/// The traceback argument of `format_tb`/`print_tb`.
fn tb_arg(func: &str, args: &[Value]) -> Result<Value, ()> {
    match args {
        [tb] => Ok(*tb),
        _ => exceptions::fail(raise_type_error(&format!(
            "{func}() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        ))),
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn traceback_format_tb(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        options("format_tb", kw, &[])?;
        Ok(text_list(crate::traceback::format_tb(tb_arg("format_tb", args)?)?))
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn traceback_print_tb(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let o = options("print_tb", kw, &["file"])?;
        write(o.file, &crate::traceback::format_tb(tb_arg("print_tb", args)?)?.concat())?;
        Ok(Value::none())
    })
}
