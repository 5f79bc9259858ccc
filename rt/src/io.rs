//! Standard streams: `sys.stdout`, `sys.stderr`, `sys.stdin`, `print` and `input`.
//!
//! stdout is buffered like CPython's: by lines on a terminal, not at all with
//! `PYTHONUNBUFFERED`, in blocks otherwise; it is also flushed before reading stdin and at exit.
//! stderr is written through at once.

use std::io::{BufRead, IsTerminal, Write};

use crate::cell::Global;
use crate::exceptions::{self, raise, raise_type_error};
use crate::object::{Header, Kind, OBJECT_TYPE, TypeObject, Value};
use crate::str;

pub static TEXT_IO_TYPE: TypeObject = TypeObject::new("_io.TextIOWrapper", Kind::File, Some(&OBJECT_TYPE));

/// A file object: a standard stream (`open` null), or a file `open` made (`crate::file`).
#[repr(C)]
pub struct FileObj {
    pub header: Header,
    pub fd: i32,
    pub name: &'static str,
    pub mode: &'static str,
    pub open: *mut crate::file::OpenFile,
}

// SAFETY: the runtime is single-threaded; the standard streams' `open` is null.
unsafe impl Sync for FileObj {}

const fn stream(fd: i32, name: &'static str, mode: &'static str) -> FileObj {
    FileObj { header: Header { ty: &TEXT_IO_TYPE }, fd, name, mode, open: core::ptr::null_mut() }
}

pub static STDIN: FileObj = stream(0, "<stdin>", "r");
pub static STDOUT: FileObj = stream(1, "<stdout>", "w");
pub static STDERR: FileObj = stream(2, "<stderr>", "w");

/// The binary streams under the standard streams (`sys.stdout.buffer`).
const fn binary(ty: &'static TypeObject, fd: i32, name: &'static str, mode: &'static str) -> FileObj {
    FileObj { header: Header { ty }, fd, name, mode, open: core::ptr::null_mut() }
}

pub static STDIN_BUFFER: FileObj = binary(&crate::file::BUFFERED_READER_TYPE, 0, "<stdin>", "rb");
pub static STDOUT_BUFFER: FileObj = binary(&crate::file::BUFFERED_WRITER_TYPE, 1, "<stdout>", "wb");
pub static STDERR_BUFFER: FileObj = binary(&crate::file::BUFFERED_WRITER_TYPE, 2, "<stderr>", "wb");

/// Whether `f` is one of the binary standard streams.
fn is_binary_stream(f: Value) -> bool {
    !core::ptr::eq(f.ty(), &TEXT_IO_TYPE)
}

struct OutState {
    buf: Vec<u8>,
    line_buffered: Option<bool>,
}

static OUT: Global<OutState> = Global::new(OutState { buf: Vec::new(), line_buffered: None });

pub fn fd_of(file: Value) -> i32 {
    // SAFETY: callers check the kind first.
    unsafe { file.obj::<FileObj>() }.fd
}

pub fn repr(v: Value) -> Result<String, ()> {
    if let Some(of) = crate::file::open_file(v) {
        return crate::file::repr(v, of);
    }
    // SAFETY: callers check the kind first.
    let f = unsafe { v.obj::<FileObj>() };
    if is_binary_stream(v) {
        return Ok(format!("<{} name='{}'>", v.ty().name, f.name));
    }
    Ok(format!("<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>", f.name, f.mode))
}

/// Writes text to stdout (fd 1) or stderr (fd 2).
pub fn write(fd: i32, s: &str) {
    write_bytes(fd, s.as_bytes());
}

/// Writes bytes to stdout (fd 1, through its buffer) or stderr (fd 2).
pub fn write_bytes(fd: i32, s: &[u8]) {
    if fd == 2 {
        flush_stdout_if_tty();
        let mut e = std::io::stderr().lock();
        let _ = e.write_all(s);
        let _ = e.flush();
        return;
    }
    let flush = OUT.with(|o| {
        // Like CPython: line-buffered on a terminal, and unbuffered with PYTHONUNBUFFERED set.
        let line = *o.line_buffered.get_or_insert_with(|| {
            std::io::stdout().is_terminal() || std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty())
        });
        o.buf.extend_from_slice(s);
        line || o.buf.len() >= 1 << 16
    });
    if flush {
        flush_stdout();
    }
}

fn flush_stdout_if_tty() {
    if OUT.with(|o| o.line_buffered == Some(true)) {
        flush_stdout();
    }
}

pub fn flush_stdout() {
    let buf = OUT.with(|o| std::mem::take(&mut o.buf));
    if !buf.is_empty() {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(&buf);
        let _ = out.flush();
    }
}

/// Reads one line from stdin, with its newline; empty at end of input. Ctrl-C while it
/// waits raises `KeyboardInterrupt`.
pub fn read_line() -> Result<String, ()> {
    flush_stdout();
    let mut bytes = Vec::new();
    let mut stdin = std::io::stdin().lock();
    loop {
        let chunk = match stdin.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                if crate::interrupt::take() {
                    return Err(());
                }
                continue;
            }
            Err(_) => break,
        };
        if chunk.is_empty() {
            break;
        }
        let (used, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        bytes.extend_from_slice(&chunk[..used]);
        stdin.consume(used);
        if done {
            break;
        }
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// `input(prompt)`.
pub fn input(prompt: Option<&str>) -> Value {
    if let Some(p) = prompt {
        write(1, p);
    }
    let Ok(line) = read_line() else { return Value::NULL };
    if line.is_empty() {
        return raise(&exceptions::EOF_ERROR, "EOF when reading a line");
    }
    let line = line.strip_suffix('\n').unwrap_or(&line);
    str::new_str(line)
}

pub fn call_method(f: Value, name: &str, args: &[Value]) -> Option<Value> {
    if let Some(of) = crate::file::open_file(f) {
        return crate::file::call_method(f, of, name, args);
    }
    let fd = fd_of(f);
    if is_binary_stream(f) {
        return binary_method(fd, name, args);
    }
    Some(match name {
        "write" => {
            if args.len() != 1 {
                return Some(raise_type_error(&format!("write() takes exactly one argument ({} given)", args.len())));
            }
            if args[0].kind() != Kind::Str {
                return Some(raise_type_error(&format!("write() argument must be str, not {}", args[0].type_name())));
            }
            if fd == 0 {
                return Some(raise(&exceptions::OS_ERROR, "not writable"));
            }
            write(fd, str::as_str(args[0]));
            crate::int::from_i64(str::char_len(args[0]) as i64)
        }
        "flush" => {
            if fd == 1 {
                flush_stdout();
            }
            Value::none()
        }
        "readline" => read_line().map_or(Value::NULL, str::from_string),
        "readlines" => {
            let mut lines = Vec::new();
            loop {
                let Ok(l) = read_line() else { return Some(Value::NULL) };
                if l.is_empty() {
                    break;
                }
                lines.push(str::from_string(l));
            }
            crate::list::new(lines)
        }
        "read" => {
            let mut all = String::new();
            loop {
                let Ok(l) = read_line() else { return Some(Value::NULL) };
                if l.is_empty() {
                    break;
                }
                all.push_str(&l);
            }
            str::from_string(all)
        }
        "fileno" => crate::int::from_i64(i64::from(fd)),
        "isatty" => Value::bool(match fd {
            0 => std::io::stdin().is_terminal(),
            1 => std::io::stdout().is_terminal(),
            _ => std::io::stderr().is_terminal(),
        }),
        "readable" => Value::bool(fd == 0),
        "writable" => Value::bool(fd != 0),
        _ => return None,
    })
}

/// The methods of the binary standard streams.
fn binary_method(fd: i32, name: &str, args: &[Value]) -> Option<Value> {
    Some(match name {
        "write" if fd != 0 => {
            let [data] = args else {
                return Some(raise_type_error(&format!("write() takes exactly one argument ({} given)", args.len())));
            };
            let Some(d) = crate::bytes::buffer(*data) else {
                return Some(raise_type_error(&format!("a bytes-like object is required, not '{}'", data.type_name())));
            };
            write_bytes(fd, d);
            crate::int::from_i64(d.len() as i64)
        }
        "flush" => {
            if fd == 1 {
                flush_stdout();
            }
            Value::none()
        }
        "read" if fd == 0 => {
            flush_stdout();
            let mut all = Vec::new();
            let _ = std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut all);
            crate::bytes::new_bytes(all)
        }
        "readline" if fd == 0 => match read_line() {
            Ok(l) => crate::bytes::new_bytes(l.into_bytes()),
            Err(()) => Value::NULL,
        },
        "fileno" => crate::int::from_i64(i64::from(fd)),
        "readable" => Value::bool(fd == 0),
        "writable" => Value::bool(fd != 0),
        _ => return None,
    })
}

/// The methods of the standard streams (for `getattr`, bound method values).
pub const METHODS: &[&str] =
    &["write", "flush", "readline", "readlines", "read", "fileno", "isatty", "readable", "writable"];

/// Data attributes of a standard stream: `name`, `mode`, `encoding`, `errors`, `closed`.
pub fn attribute(f: Value, name: &str) -> Option<Value> {
    if let Some(of) = crate::file::open_file(f) {
        return crate::file::attribute(of, name);
    }
    // SAFETY: callers check the kind first.
    let file = unsafe { f.obj::<FileObj>() };
    Some(match name {
        "name" => str::new_str(file.name),
        "mode" => str::new_str(file.mode),
        "encoding" => str::new_str("utf-8"),
        "errors" => str::new_str(if file.fd == 2 { "backslashreplace" } else { "strict" }),
        "closed" => Value::bool(false),
        "buffer" if !is_binary_stream(f) => Value::from_static(match file.fd {
            0 => &STDIN_BUFFER,
            1 => &STDOUT_BUFFER,
            _ => &STDERR_BUFFER,
        }),
        _ => return None,
    })
}
