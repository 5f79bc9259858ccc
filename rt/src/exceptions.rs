//! Exceptions: the builtin hierarchy, the pending exception, and tracebacks (DESIGN.md §6).
//!
//! A failing operation stores its exception in `krait_exc` and returns an error marker.
//! Each frame the exception leaves appends a [`TbEntry`]; `except` blocks take the
//! exception out of `krait_exc` and push it on the "being handled" stack, which gives new
//! exceptions their `__context__`.

use core::sync::atomic::{AtomicUsize, Ordering};

use crate::cell::Global;
use crate::object::{Header, Kind, OBJECT_TYPE, TypeObject, Value, new_object};
use crate::str::new_str;
use crate::tuple;

/// The pending exception, or 0. Generated code reads it directly after calls whose result is
/// unboxed.
#[unsafe(no_mangle)]
pub static krait_exc: AtomicUsize = AtomicUsize::new(0);

macro_rules! exception_types {
    ($($static:ident = $name:literal : $base:ident $(+ $mixin:ident)?;)*) => {
        $(pub static $static: TypeObject = exception_type!($name, $base $(, $mixin)?);)*

        /// Every builtin exception type, for name lookup.
        pub static BUILTIN_EXCEPTIONS: &[&TypeObject] = &[$(&$static),*];
    };
}

macro_rules! exception_type {
    ($name:literal, $base:ident) => {
        TypeObject::new($name, Kind::Exception, Some(&$base))
    };
    ($name:literal, $base:ident, $mixin:ident) => {
        TypeObject::with_mixin($name, Kind::Exception, &$base, &$mixin)
    };
}

exception_types! {
    BASE_EXCEPTION = "BaseException": OBJECT_TYPE;
    BASE_EXCEPTION_GROUP = "BaseExceptionGroup": BASE_EXCEPTION;
    EXCEPTION_GROUP = "ExceptionGroup": BASE_EXCEPTION_GROUP + EXCEPTION;
    SYSTEM_EXIT = "SystemExit": BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": BASE_EXCEPTION;
    GENERATOR_EXIT = "GeneratorExit": BASE_EXCEPTION;
    EXCEPTION = "Exception": BASE_EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError": EXCEPTION;
    ZERO_DIVISION_ERROR = "ZeroDivisionError": ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError": ARITHMETIC_ERROR;
    LOOKUP_ERROR = "LookupError": EXCEPTION;
    INDEX_ERROR = "IndexError": LOOKUP_ERROR;
    KEY_ERROR = "KeyError": LOOKUP_ERROR;
    VALUE_ERROR = "ValueError": EXCEPTION;
    UNICODE_ERROR = "UnicodeError": VALUE_ERROR;
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": UNICODE_ERROR;
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": UNICODE_ERROR;
    TYPE_ERROR = "TypeError": EXCEPTION;
    NAME_ERROR = "NameError": EXCEPTION;
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": NAME_ERROR;
    ATTRIBUTE_ERROR = "AttributeError": EXCEPTION;
    RUNTIME_ERROR = "RuntimeError": EXCEPTION;
    RECURSION_ERROR = "RecursionError": RUNTIME_ERROR;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": RUNTIME_ERROR;
    STOP_ITERATION = "StopIteration": EXCEPTION;
    ASSERTION_ERROR = "AssertionError": EXCEPTION;
    MEMORY_ERROR = "MemoryError": EXCEPTION;
    EOF_ERROR = "EOFError": EXCEPTION;
    OS_ERROR = "OSError": EXCEPTION;
    IMPORT_ERROR = "ImportError": EXCEPTION;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": IMPORT_ERROR;
    FLOATING_POINT_ERROR = "FloatingPointError": ARITHMETIC_ERROR;
    BUFFER_ERROR = "BufferError": EXCEPTION;
    REFERENCE_ERROR = "ReferenceError": EXCEPTION;
    SYSTEM_ERROR = "SystemError": EXCEPTION;
    STOP_ASYNC_ITERATION = "StopAsyncIteration": EXCEPTION;
    SYNTAX_ERROR = "SyntaxError": EXCEPTION;
    INDENTATION_ERROR = "IndentationError": SYNTAX_ERROR;
    TAB_ERROR = "TabError": INDENTATION_ERROR;
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": UNICODE_ERROR;
    BLOCKING_IO_ERROR = "BlockingIOError": OS_ERROR;
    CHILD_PROCESS_ERROR = "ChildProcessError": OS_ERROR;
    CONNECTION_ERROR = "ConnectionError": OS_ERROR;
    BROKEN_PIPE_ERROR = "BrokenPipeError": CONNECTION_ERROR;
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": CONNECTION_ERROR;
    CONNECTION_RESET_ERROR = "ConnectionResetError": CONNECTION_ERROR;
    FILE_EXISTS_ERROR = "FileExistsError": OS_ERROR;
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": OS_ERROR;
    INTERRUPTED_ERROR = "InterruptedError": OS_ERROR;
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": OS_ERROR;
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": OS_ERROR;
    PERMISSION_ERROR = "PermissionError": OS_ERROR;
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": OS_ERROR;
    TIMEOUT_ERROR = "TimeoutError": OS_ERROR;
    UNSUPPORTED_OPERATION = "io.UnsupportedOperation": OS_ERROR + VALUE_ERROR;
    WARNING = "Warning": EXCEPTION;
    BYTES_WARNING = "BytesWarning": WARNING;
    DEPRECATION_WARNING = "DeprecationWarning": WARNING;
    ENCODING_WARNING = "EncodingWarning": WARNING;
    FUTURE_WARNING = "FutureWarning": WARNING;
    IMPORT_WARNING = "ImportWarning": WARNING;
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": WARNING;
    RESOURCE_WARNING = "ResourceWarning": WARNING;
    RUNTIME_WARNING = "RuntimeWarning": WARNING;
    SYNTAX_WARNING = "SyntaxWarning": WARNING;
    UNICODE_WARNING = "UnicodeWarning": WARNING;
    USER_WARNING = "UserWarning": WARNING;
}

/// Static facts about a compiled function, emitted by codegen: the name a traceback shows.
#[repr(C)]
pub struct CodeInfo {
    pub name: *const u8,
    pub name_len: usize,
    pub file: *const SourceFile,
}

/// The source of a compiled module, embedded in the executable for tracebacks.
#[repr(C)]
pub struct SourceFile {
    pub path: *const u8,
    pub path_len: usize,
    pub text: *const u8,
    pub text_len: usize,
}

pub fn bytes_str<'a>(ptr: *const u8, len: usize) -> &'a str {
    // SAFETY: codegen emits valid UTF-8 of the given length for names, paths and sources.
    unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(ptr, len)) }
}

/// Where in a function an exception passed, emitted by codegen: the line, and the caret
/// line (`~~^~~`) CPython prints under the source line (empty for none).
#[repr(C)]
pub struct Location {
    pub line: u32,
    pub carets: *const u8,
    pub carets_len: usize,
}

/// One line of a traceback: a frame the exception passed through.
#[derive(Clone, Copy)]
pub struct TbEntry {
    pub code: *const CodeInfo,
    pub loc: *const Location,
}

#[repr(C)]
pub struct ExcObj {
    pub header: Header,
    /// A tuple.
    pub args: Value,
    /// Innermost frame first.
    pub traceback: Vec<TbEntry>,
    pub context: Value,
    pub cause: Value,
    pub suppress_context: bool,
    /// Text the traceback appends to the message (CPython's "Did you mean" suggestions).
    pub suffix: String,
    /// The instance attributes of an exception whose class the program defines (null until
    /// one is set).
    pub dict: Value,
    /// An exception group's message and its exceptions (a tuple); null for other exceptions.
    pub message: Value,
    pub exceptions: Value,
    /// `name` of an `AttributeError` or `NameError`, `obj` of an `AttributeError` (null: None).
    pub name: Value,
    pub obj: Value,
}

pub fn is_exception_type(t: &'static TypeObject) -> bool {
    t.is_subtype(&BASE_EXCEPTION)
}

pub fn is_exception(v: Value) -> bool {
    v.kind() == Kind::Exception
}

pub fn new_exception(ty: &'static TypeObject, args: Value) -> Value {
    new_object(ExcObj {
        header: Header { ty },
        args,
        traceback: Vec::new(),
        context: Value::NULL,
        cause: Value::NULL,
        suppress_context: false,
        suffix: String::new(),
        dict: Value::NULL,
        message: Value::NULL,
        exceptions: Value::NULL,
        name: Value::NULL,
        obj: Value::NULL,
    })
}

/// Raises `AttributeError(msg)` for attribute `name` of `obj` (its `name` and `obj`, from
/// which an uncaught one's "Did you mean" suggestion is computed). Returns the error marker.
pub fn raise_attribute_error(obj: Value, name: &str, msg: &str) -> Value {
    raise(&ATTRIBUTE_ERROR, msg);
    let e = exc(pending());
    e.name = crate::str::new_str(name);
    e.obj = obj;
    Value::NULL
}

/// `e.name` / `e.obj` of an `AttributeError` (`name` of a `NameError` too).
pub fn name_or_obj(e: Value, field: &str) -> Option<Value> {
    let x = exc(e);
    let v = match field {
        "name" if e.ty().is_subtype(&ATTRIBUTE_ERROR) || e.ty().is_subtype(&NAME_ERROR) => x.name,
        "obj" if e.ty().is_subtype(&ATTRIBUTE_ERROR) => x.obj,
        _ => return None,
    };
    Some(if v.is_null() { Value::none() } else { v })
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: the subclass the errno
/// stands for (Linux numbering, as CPython's `errno_map`), its fields kept, and `args` cut to
/// `(errno, strerror)` when a file name is given.
pub fn new_os_error(ty: &'static TypeObject, args: &[Value]) -> Value {
    let fields = (2..=5).contains(&args.len());
    let ty = match (fields && core::ptr::eq(ty, &OS_ERROR)).then(|| crate::ops::index_value(args[0])).flatten() {
        Some(errno) => errno_type(errno).unwrap_or(ty),
        None => ty,
    };
    let kept = if fields && args.len() > 2 { &args[..2] } else { args };
    let e = new_exception(ty, tuple::new(kept.to_vec()));
    if fields {
        let d = attribute_dict(e);
        let names = ["errno", "strerror", "filename", "", "filename2"];
        for (name, &v) in names.iter().zip(args) {
            if !name.is_empty() {
                crate::dict::setitem(d, crate::str::new_str(name), v);
            }
        }
    }
    e
}

/// The `OSError` subclass of a Linux errno.
fn errno_type(errno: i128) -> Option<&'static TypeObject> {
    Some(match errno {
        1 | 13 => &PERMISSION_ERROR,
        2 => &FILE_NOT_FOUND_ERROR,
        3 => &PROCESS_LOOKUP_ERROR,
        4 => &INTERRUPTED_ERROR,
        10 => &CHILD_PROCESS_ERROR,
        11 | 114 | 115 => &BLOCKING_IO_ERROR,
        17 => &FILE_EXISTS_ERROR,
        20 => &NOT_A_DIRECTORY_ERROR,
        21 => &IS_A_DIRECTORY_ERROR,
        32 | 108 => &BROKEN_PIPE_ERROR,
        103 => &CONNECTION_ABORTED_ERROR,
        104 => &CONNECTION_RESET_ERROR,
        110 => &TIMEOUT_ERROR,
        111 => &CONNECTION_REFUSED_ERROR,
        _ => return None,
    })
}

/// `e.errno`, `e.strerror`, `e.filename`, `e.filename2` of an `OSError` (None if not given).
pub fn os_error_field(e: Value, name: &str) -> Value {
    let d = exc(e).dict;
    if d.is_null() {
        return Value::none();
    }
    crate::class::namespace_get(d, name).unwrap_or(Value::none())
}

/// `str(e)` of an `OSError` made with its fields: `[Errno 2] message: 'file'`.
fn os_error_str(v: Value) -> Result<Option<String>, ()> {
    let errno = os_error_field(v, "errno");
    let strerror = os_error_field(v, "strerror");
    if errno.is_none() || strerror.is_none() {
        return Ok(None);
    }
    let (errno, strerror) = (crate::repr::str_string(errno)?, crate::repr::str_string(strerror)?);
    let file = os_error_field(v, "filename");
    let file2 = os_error_field(v, "filename2");
    Ok(Some(match (file.is_none(), file2.is_none()) {
        (true, _) => format!("[Errno {errno}] {strerror}"),
        (false, true) => format!("[Errno {errno}] {strerror}: {}", crate::repr::repr_string(file)?),
        (false, false) => format!(
            "[Errno {errno}] {strerror}: {} -> {}",
            crate::repr::repr_string(file)?,
            crate::repr::repr_string(file2)?
        ),
    }))
}

/// The exception object behind a value of kind `Exception`.
pub fn exc(v: Value) -> &'static mut ExcObj {
    // SAFETY: callers check `is_exception` first.
    unsafe { v.obj_mut::<ExcObj>() }
}

/// Raises a new exception of type `ty` with a message; returns the error marker.
pub fn raise(ty: &'static TypeObject, msg: &str) -> Value {
    let args = if msg.is_empty() { tuple::new(Vec::new()) } else { tuple::new(vec![new_str(msg)]) };
    set_pending(new_exception(ty, args));
    Value::NULL
}

/// Raises `ty(arg)` with an arbitrary argument value.
pub fn raise_with(ty: &'static TypeObject, arg: Value) -> Value {
    set_pending(new_exception(ty, tuple::new(vec![arg])));
    Value::NULL
}

/// Turns the error marker of a raising call into `Err`, for runtime code written with `?`.
pub fn fail<T>(_marker: Value) -> Result<T, ()> {
    Err(())
}

/// The result of a builtin type's method for `call_method`: `None` when the method does not
/// exist (an `Err` with nothing raised), the error marker when it raised.
pub fn method_result(r: Result<Value, ()>) -> Option<Value> {
    match r {
        Ok(v) => Some(v),
        Err(()) if has_pending() => Some(Value::NULL),
        Err(()) => None,
    }
}

pub fn raise_type_error(msg: &str) -> Value {
    raise(&TYPE_ERROR, msg)
}

/// Makes `e` the pending exception, giving it the exception being handled as its context.
pub fn set_pending(e: Value) {
    let handling = HANDLING.with(|h| h.last().copied());
    if let Some(h) = handling
        && h != e
        && exc(e).context.is_null()
    {
        exc(e).context = h;
    }
    krait_exc.store(e.0, Ordering::Relaxed);
}

/// Makes `e` pending again, as it was (no context is added).
pub fn restore_pending(e: Value) {
    krait_exc.store(e.0, Ordering::Relaxed);
}

pub fn pending() -> Value {
    Value(krait_exc.load(Ordering::Relaxed))
}

pub fn has_pending() -> bool {
    krait_exc.load(Ordering::Relaxed) != 0
}

pub fn take_pending() -> Value {
    Value(krait_exc.swap(0, Ordering::Relaxed))
}

/// Exceptions currently being handled by `except`/`finally` blocks, innermost last.
static HANDLING: Global<Vec<Value>> = Global::new(Vec::new());

/// The exception being handled (`sys.exception()`), or null.
pub fn handled() -> Value {
    HANDLING.with(|h| h.last().copied()).unwrap_or(Value::NULL)
}

/// `str(e)`.
pub fn exc_str(v: Value) -> Result<String, ()> {
    if let Some(s) = crate::class::exception_text(v, "__str__") {
        return s;
    }
    builtin_str(v)
}

/// `BaseException.__str__` (and its subclasses' builtin ones), whatever the class defines.
pub fn builtin_str(v: Value) -> Result<String, ()> {
    if crate::exception_group::is_group(v) {
        return Ok(crate::exception_group::text(v));
    }
    if v.ty().is_subtype(&OS_ERROR)
        && let Some(s) = os_error_str(v)?
    {
        return Ok(s);
    }
    let e = exc(v);
    let args = tuple::items(e.args);
    for (ty, decoding) in [(&UNICODE_DECODE_ERROR, true), (&UNICODE_ENCODE_ERROR, false)] {
        if v.ty().is_subtype(ty)
            && let Some(msg) = crate::codecs::error_message(v, decoding)
        {
            return Ok(msg);
        }
    }
    match args.len() {
        0 => Ok(String::new()),
        1 if v.ty().is_subtype(&KEY_ERROR) => crate::repr::repr_string(args[0]),
        1 => crate::repr::str_string(args[0]),
        _ => crate::repr::repr_string(e.args),
    }
}

/// `repr(e)`: `ValueError('msg')`.
pub fn exc_repr(v: Value) -> Result<String, ()> {
    if let Some(s) = crate::class::exception_text(v, "__repr__") {
        return s;
    }
    builtin_repr(v)
}

/// `BaseException.__repr__`, whatever the class defines.
pub fn builtin_repr(v: Value) -> Result<String, ()> {
    let e = exc(v);
    let args = tuple::items(e.args);
    let name = v.ty().name;
    if args.len() == 1 {
        Ok(format!("{name}({})", crate::repr::repr_string(args[0])?))
    } else {
        Ok(format!("{name}{}", crate::repr::repr_string(e.args)?))
    }
}

/// The attribute dict of an exception (made on first use).
pub fn attribute_dict(v: Value) -> Value {
    let x = exc(v);
    if x.dict.is_null() {
        x.dict = crate::dict::new();
    }
    x.dict
}

/// `e.name = value` (`del e.name` for a null value): the chaining attributes and `args`
/// are the exception's fields, other names its attribute dict's.
pub fn setattr(e: Value, name: &str, value: Value) -> bool {
    let x = exc(e);
    let chained = |what: &str| -> Result<Value, ()> {
        if value.is_null() {
            return fail(raise_type_error(&format!("__{what}__ may not be deleted")));
        }
        if value.is_none() {
            return Ok(Value::NULL);
        }
        if is_exception(value) {
            return Ok(value);
        }
        fail(raise_type_error(&format!("exception {what} must be None or derive from BaseException")))
    };
    match name {
        "__cause__" => match chained("cause") {
            Ok(c) => {
                x.cause = c;
                x.suppress_context = true;
            }
            Err(()) => return false,
        },
        "__context__" => match chained("context") {
            Ok(c) => x.context = c,
            Err(()) => return false,
        },
        "__suppress_context__" => {
            if value.is_null() {
                raise_type_error("can't delete numeric/char attribute");
                return false;
            }
            if value.kind() != Kind::Bool {
                raise_type_error("attribute value type must be bool");
                return false;
            }
            x.suppress_context = value == Value::bool(true);
        }
        "__traceback__" => {
            if value.is_null() {
                raise_type_error("__traceback__ may not be deleted");
                return false;
            }
            match crate::traceback::entries_of(value) {
                Ok(entries) => x.traceback = entries,
                Err(()) => return false,
            }
        }
        "args" => {
            if value.is_null() {
                raise_type_error("args may not be deleted");
                return false;
            }
            match crate::iter::collect(value) {
                Ok(items) => x.args = tuple::new(items),
                Err(()) => return false,
            }
        }
        _ => return crate::class::exception_setattr(e, name, value),
    }
    true
}

/// `e.__notes__`, if it is a list.
pub fn notes(v: Value) -> Option<Value> {
    let d = exc(v).dict;
    if d.is_null() {
        return None;
    }
    crate::class::namespace_get(d, "__notes__").filter(|n| n.kind() == Kind::List)
}

/// `e.add_note(note)` and `e.with_traceback(tb)` (and a group's methods); `None` for other
/// names.
pub fn call_method(e: Value, name: &str, args: &[Value]) -> Option<Value> {
    if let Some(r) = crate::exception_group::call_method(e, name, args) {
        return Some(r);
    }
    Some(match (name, args) {
        ("add_note", [note]) => {
            if note.kind() != Kind::Str {
                return Some(raise_type_error(&format!("note must be a str, not '{}'", note.type_name())));
            }
            let d = attribute_dict(e);
            let list = match crate::class::namespace_get(d, "__notes__") {
                Some(l) if l.kind() == Kind::List => l,
                Some(_) => return Some(raise_type_error("Cannot add note: __notes__ is not a list")),
                None => {
                    let l = crate::list::new(Vec::new());
                    crate::dict::setitem(d, crate::str::new_str("__notes__"), l);
                    l
                }
            };
            crate::list::items(list).push(*note);
            Value::none()
        }
        ("add_note", _) => {
            raise_type_error(&format!("BaseException.add_note() takes exactly one argument ({} given)", args.len()))
        }
        ("with_traceback", [tb]) => match crate::traceback::entries_of(*tb) {
            Ok(entries) => {
                exc(e).traceback = entries;
                e
            }
            Err(()) => Value::NULL,
        },
        _ => return None,
    })
}

// ---- entry points for generated code ----

/// Records that the pending exception passed through `code` at `loc`.
#[unsafe(no_mangle)]
pub extern "C" fn krait_traceback_add(code: *const CodeInfo, loc: *const Location) {
    let e = pending();
    if !e.is_null() {
        exc(e).traceback.push(TbEntry { code, loc });
    }
}

/// `raise v`: `v` is an exception instance or class. Always returns the error marker.
#[unsafe(no_mangle)]
pub extern "C" fn krait_raise(v: Value) -> Value {
    let Some(e) = instantiate(v) else { return Value::NULL };
    set_pending(e);
    Value::NULL
}

/// `raise v from cause`.
#[unsafe(no_mangle)]
pub extern "C" fn krait_raise_from(v: Value, cause: Value) -> Value {
    let Some(e) = instantiate(v) else { return Value::NULL };
    let cause = if cause.is_none() {
        Value::NULL
    } else {
        match instantiate(cause) {
            Some(c) => c,
            None => {
                take_pending();
                return raise_type_error("exception causes must derive from BaseException");
            }
        }
    };
    exc(e).cause = cause;
    exc(e).suppress_context = true;
    set_pending(e);
    Value::NULL
}

/// Turns the operand of `raise` into an exception instance, or raises `TypeError`.
pub fn instantiate(v: Value) -> Option<Value> {
    if is_exception(v) {
        return Some(v);
    }
    if v.kind() == Kind::Type {
        // SAFETY: kind Type means the value is a TypeObject.
        let t: &'static TypeObject = unsafe { v.obj::<TypeObject>() };
        if crate::class::of_type(t).is_some() && is_exception_type(t) {
            let e = crate::class::instantiate(v, &[], Value::NULL);
            return if e.is_null() { None } else { Some(e) };
        }
        if is_exception_type(t) {
            return Some(new_exception(t, tuple::new(Vec::new())));
        }
    }
    raise_type_error("exceptions must derive from BaseException");
    None
}

/// Bare `raise` inside an `except` block: re-raises the exception being handled, with its
/// traceback unchanged.
#[unsafe(no_mangle)]
pub extern "C" fn krait_reraise() -> Value {
    match HANDLING.with(|h| h.last().copied()) {
        Some(e) => krait_exc.store(e.0, Ordering::Relaxed),
        None => {
            raise(&RUNTIME_ERROR, "No active exception to reraise");
        }
    }
    Value::NULL
}

/// Entering an `except`/`finally` block: takes the pending exception and marks it as being
/// handled.
#[unsafe(no_mangle)]
pub extern "C" fn krait_exc_begin_handler() -> Value {
    let e = take_pending();
    handle(e);
    e
}

/// How many exceptions are being handled.
pub fn handling_depth() -> usize {
    HANDLING.with(|h| h.len())
}

/// Swaps the exceptions being handled above `depth` with `saved`: a generator suspended in
/// an `except` block keeps its exception to itself until it is resumed.
pub fn swap_handling(depth: usize, saved: &mut Vec<Value>) {
    HANDLING.with(|h| {
        let above = h.split_off(depth.min(h.len()));
        h.append(saved);
        *saved = above;
    });
}

/// Marks `e` as being handled (until the next `krait_exc_end_handler`).
pub fn handle(e: Value) {
    HANDLING.with(|h| h.push(e));
}

/// Leaving an `except`/`finally` block, normally or by a new exception.
#[unsafe(no_mangle)]
pub extern "C" fn krait_exc_end_handler() {
    HANDLING.with(std::vec::Vec::pop);
}

/// Leaving a handler that did not match (or a `finally` after an exception): the exception
/// propagates again, without a new traceback entry.
#[unsafe(no_mangle)]
pub extern "C" fn krait_exc_resume(e: Value) -> Value {
    HANDLING.with(std::vec::Vec::pop);
    krait_exc.store(e.0, Ordering::Relaxed);
    Value::NULL
}

/// `except cls:` test: 1 if the exception `e` matches, 0 if not, -1 with an exception pending
/// if `cls` is not an exception class (or tuple of them).
#[unsafe(no_mangle)]
pub extern "C" fn krait_exc_matches(e: Value, cls: Value) -> i32 {
    if cls.kind() == Kind::Tuple {
        for &c in tuple::items(cls) {
            match krait_exc_matches(e, c) {
                0 => {}
                r => return r,
            }
        }
        return 0;
    }
    if cls.kind() == Kind::Type {
        // SAFETY: kind Type means a TypeObject.
        let t: &'static TypeObject = unsafe { cls.obj::<TypeObject>() };
        if is_exception_type(t) {
            return i32::from(e.ty().is_subtype(t));
        }
    }
    raise_type_error("catching classes that do not inherit from BaseException is not allowed");
    -1
}

/// Raises `NameError: name 'x' is not defined`. `locals` and `globals` name the variables
/// of the frame and of the module, one per line, for CPython's "Did you mean" suggestion.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_raise_name_error(
    ptr: *const u8,
    len: usize,
    locals: *const u8,
    locals_len: usize,
    globals: *const u8,
    globals_len: usize,
) -> Value {
    let name = bytes_str(ptr, len);
    raise(&NAME_ERROR, &format!("name '{name}' is not defined"));
    exc(pending()).name = crate::str::new_str(name);
    let lines = |p, n| -> Vec<&str> { bytes_str(p, n).lines().collect() };
    let suffix = crate::suggest::name_error_suffix(name, &lines(locals, locals_len), &lines(globals, globals_len));
    exc(pending()).suffix = suffix;
    Value::NULL
}

/// Raises `UnboundLocalError` for a local read before assignment.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_raise_unbound_local(ptr: *const u8, len: usize) -> Value {
    let name = bytes_str(ptr, len);
    raise(
        &UNBOUND_LOCAL_ERROR,
        &format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// The message of an `assert` without one, or with one: raises `AssertionError`.
#[unsafe(no_mangle)]
pub extern "C" fn krait_raise_assertion(msg: Value) -> Value {
    let args = if msg.is_null() { tuple::new(Vec::new()) } else { tuple::new(vec![msg]) };
    set_pending(new_exception(&ASSERTION_ERROR, args));
    Value::NULL
}

/// Whether an exception is pending (for calls whose result is unboxed).
#[unsafe(no_mangle)]
pub extern "C" fn krait_err_occurred() -> bool {
    has_pending()
}
