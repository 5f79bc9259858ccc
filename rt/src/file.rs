//! Files: `open()` and the file objects it makes — text files (`_io.TextIOWrapper`: decoding,
//! universal newlines) and binary ones (`_io.BufferedReader`, `BufferedWriter`,
//! `BufferedRandom`) — with their own read and write buffers, and CPython's errors: `OSError`
//! subclasses with the C library's message, `ValueError` for closed files and bad modes,
//! `io.UnsupportedOperation`.
//!
//! A file object is an `io::FileObj` whose `open` points at its `OpenFile`. Files left open
//! are closed (and flushed) when the collector finds them unreachable — at the next `open`,
//! as finalizers run on demand — and every file still open is flushed at exit.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};

use crate::cell::Global;
use crate::codecs::{self, Codec};
use crate::exceptions::{self, raise, raise_type_error};
use crate::io::{FileObj, TEXT_IO_TYPE};
use crate::object::{Header, Kind, OBJECT_TYPE, TypeObject, Value};
use crate::{args, bytes, int, list, str};

pub static BUFFERED_READER_TYPE: TypeObject = TypeObject::new("_io.BufferedReader", Kind::File, Some(&OBJECT_TYPE));
pub static BUFFERED_WRITER_TYPE: TypeObject = TypeObject::new("_io.BufferedWriter", Kind::File, Some(&OBJECT_TYPE));
pub static BUFFERED_RANDOM_TYPE: TypeObject = TypeObject::new("_io.BufferedRandom", Kind::File, Some(&OBJECT_TYPE));

/// How much a read asks the system for, and how much writing buffers before it writes.
const CHUNK: usize = 1 << 16;

/// A text file's `newline`: how lines end when reading and what `\n` becomes when writing.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Newline {
    /// `None`: `\n`, `\r` and `\r\n` end lines and read as `\n`.
    Universal,
    /// `''`: the three end lines, untranslated.
    Untranslated,
    /// `'\n'`, `'\r'` or `'\r\n'`: only that ends lines; writing turns `\n` into it.
    Exactly(&'static str),
}

/// Where a file object's bytes live: a file of the system, or memory (`io.StringIO` holds
/// its text as UTF-8, `io.BytesIO` its bytes).
pub enum Store {
    Disk(File),
    Memory(std::io::Cursor<Vec<u8>>),
}

impl Read for Store {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Store::Disk(f) => f.read(buf),
            Store::Memory(c) => c.read(buf),
        }
    }
}

impl Write for Store {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Store::Disk(f) => f.write(buf),
            // The memory holds bytes only: the collector need not scan it.
            Store::Memory(c) => crate::gc::pointer_free(|| c.write(buf)),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Seek for Store {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        match self {
            Store::Disk(f) => f.seek(to),
            Store::Memory(c) => c.seek(to),
        }
    }
}

impl Store {
    fn len(&self) -> u64 {
        match self {
            Store::Disk(f) => f.metadata().map_or(0, |m| m.len()),
            Store::Memory(c) => c.get_ref().len() as u64,
        }
    }
}

pub struct OpenFile {
    /// The open file; `None` once closed.
    file: Option<Store>,
    /// An `io.StringIO` or `io.BytesIO`.
    memory: bool,
    /// What `open` was given: the path, or a file descriptor.
    name: Value,
    /// The `mode` attribute.
    mode: &'static str,
    text: bool,
    readable: bool,
    writable: bool,
    codec: Codec,
    encoding: &'static str,
    errors: &'static str,
    newline: Newline,
    /// Bytes read ahead from the file, and how many of them were consumed.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Bytes written but not yet given to the system.
    wbuf: Vec<u8>,
}

/// The open file behind a file object, if it is one `open` made.
pub fn open_file(f: Value) -> Option<&'static mut OpenFile> {
    // SAFETY: callers check the kind; `open` is null or points at the GC-allocated state.
    unsafe { f.obj::<FileObj>().open.as_mut() }
}

/// The files `open` made that are not closed yet, as addresses the collector does not see
/// (so they do not keep the files alive): flushed at exit.
static OPEN_FILES: Global<Vec<usize>> = Global::new(Vec::new());

unsafe extern "C" {
    fn strerror(errnum: i32) -> *const core::ffi::c_char;
    fn GC_register_finalizer_no_order(
        obj: *mut core::ffi::c_void,
        f: Option<unsafe extern "C" fn(*mut core::ffi::c_void, *mut core::ffi::c_void)>,
        data: *mut core::ffi::c_void,
        old_f: *mut core::ffi::c_void,
        old_data: *mut core::ffi::c_void,
    );
    fn GC_invoke_finalizers() -> i32;
    fn GC_gcollect();
    fn GC_set_finalize_on_demand(on: i32);
}

/// The C library's message for an errno (`No such file or directory`).
pub fn strerror_text(errno: i32) -> String {
    // SAFETY: strerror returns a NUL-terminated string for any errno.
    unsafe { core::ffi::CStr::from_ptr(strerror(errno)) }.to_string_lossy().into_owned()
}

/// Raises the `OSError` subclass for a failed system call on `filename` (null: none), as
/// CPython's `PyErr_SetFromErrnoWithFilenameObject`.
pub fn raise_os_error(e: &std::io::Error, filename: Value) -> Value {
    let errno = e.raw_os_error().unwrap_or(5);
    let mut args = vec![int::from_i64(i64::from(errno)), str::from_string(strerror_text(errno))];
    if !filename.is_null() {
        args.push(filename);
    }
    exceptions::set_pending(exceptions::new_os_error(&exceptions::OS_ERROR, &args));
    Value::NULL
}

fn os_error<T>(e: &std::io::Error) -> Result<T, ()> {
    raise_os_error(e, Value::NULL);
    Err(())
}

fn closed_error<T>() -> Result<T, ()> {
    raise(&exceptions::VALUE_ERROR, "I/O operation on closed file.");
    Err(())
}

fn unsupported<T>(what: &str) -> Result<T, ()> {
    raise(&exceptions::UNSUPPORTED_OPERATION, what);
    Err(())
}

/// Runs the finalizers of file objects the collector found unreachable (closing them).
pub fn close_unreachable() {
    // SAFETY: finalizers run on demand, here, outside any runtime state borrow.
    unsafe { GC_invoke_finalizers() };
}

/// Called by the collector for an unreachable file object: flushes and closes it.
unsafe extern "C" fn finalize(obj: *mut core::ffi::c_void, _: *mut core::ffi::c_void) {
    let f = Value(obj as usize);
    if let Some(of) = open_file(f)
        && of.file.is_some()
    {
        let _ = of.close(f);
    }
}

/// Flushes every file still open (at exit).
pub fn flush_all() {
    let files = OPEN_FILES.with(|o| o.clone());
    for addr in files {
        if let Some(of) = open_file(Value(addr)) {
            let _ = of.flush_buffer();
        }
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True)`.
pub fn open(args: &[Value], kw: &[(&str, Value)]) -> Result<Value, ()> {
    const PARAMS: &[&str] = &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];
    let a = args::bind_keywords("open", PARAMS, 1, args, kw)?;
    let name = a[0].unwrap_or(Value::NULL);
    let text_arg = |i: usize, what: &str| -> Result<Option<&'static str>, ()> {
        match a[i] {
            None => Ok(None),
            Some(v) if v.is_none() => Ok(None),
            Some(v) if v.kind() == Kind::Str => Ok(Some(str::as_str(v))),
            Some(v) => {
                raise_type_error(&format!("open() argument '{what}' must be str or None, not {}", v.type_name()));
                Err(())
            }
        }
    };
    let mode = match a[1] {
        None => "r",
        Some(v) if v.kind() == Kind::Str => str::as_str(v),
        Some(v) => {
            raise_type_error(&format!("open() argument 'mode' must be str, not {}", v.type_name()));
            return Err(());
        }
    };
    let (encoding, errors, newline) = (text_arg(3, "encoding")?, text_arg(4, "errors")?, text_arg(5, "newline")?);
    let m = Mode::parse(mode)?;
    if m.binary {
        for (given, what) in [(encoding, "an encoding"), (errors, "an errors"), (newline, "a newline")] {
            if given.is_some() {
                raise(&exceptions::VALUE_ERROR, &format!("binary mode doesn't take {what} argument"));
                return Err(());
            }
        }
    }
    let newline = match newline {
        None => Newline::Universal,
        Some("") => Newline::Untranslated,
        Some(n @ ("\n" | "\r" | "\r\n")) => Newline::Exactly(n),
        Some(n) => {
            raise(&exceptions::VALUE_ERROR, &format!("illegal newline value: {n}"));
            return Err(());
        }
    };
    let codec = match encoding {
        Some(e) => codecs::lookup(e)?,
        None => Codec::Utf8,
    };
    if a[7].is_some_and(|o| !o.is_none()) {
        raise(&exceptions::NOT_IMPLEMENTED_ERROR, "krait does not support open()'s opener yet");
        return Err(());
    }
    let file = open_path(name, &m)?;
    let of = OpenFile {
        file: Some(Store::Disk(file)),
        memory: false,
        name,
        mode: if m.binary { m.binary_mode() } else { leak(mode) },
        text: !m.binary,
        readable: m.read || m.plus,
        writable: !m.read || m.plus,
        codec,
        encoding: leak(encoding.unwrap_or("UTF-8")),
        errors: leak(errors.unwrap_or("strict")),
        newline,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
    };
    let ty = match (m.binary, m.read, m.plus) {
        (false, _, _) => &TEXT_IO_TYPE,
        (true, _, true) => &BUFFERED_RANDOM_TYPE,
        (true, true, false) => &BUFFERED_READER_TYPE,
        (true, false, false) => &BUFFERED_WRITER_TYPE,
    };
    let state = crate::gc::alloc(of);
    let f = crate::object::new_object(FileObj { header: Header { ty }, fd: -1, name: "", mode: "", open: state });
    // SAFETY: `f` is a GC object; its finalizer runs when it becomes unreachable.
    unsafe {
        GC_register_finalizer_no_order(
            f.0 as *mut _,
            Some(finalize),
            core::ptr::null_mut(),
            core::ptr::null_mut(),
            core::ptr::null_mut(),
        );
    }
    crate::gc::pointer_free(|| OPEN_FILES.with(|o| o.push(f.0)));
    Ok(f)
}

pub static STRING_IO_TYPE: TypeObject = TypeObject::new("_io.StringIO", Kind::File, Some(&OBJECT_TYPE));
pub static BYTES_IO_TYPE: TypeObject = TypeObject::new("_io.BytesIO", Kind::File, Some(&OBJECT_TYPE));

/// `io.StringIO(initial)` (text, `newline` as given: `'\n'` by default) or `io.BytesIO(initial)`.
pub fn memory_file(text: bool, initial: &[u8], newline: Option<&str>) -> Value {
    let newline = match newline {
        None => Newline::Universal,
        Some("") => Newline::Untranslated,
        Some("\r") => Newline::Exactly("\r"),
        Some("\r\n") => Newline::Exactly("\r\n"),
        Some(_) => Newline::Exactly("\n"),
    };
    let data = crate::gc::pointer_free(|| initial.to_vec());
    let of = OpenFile {
        file: Some(Store::Memory(std::io::Cursor::new(data))),
        memory: true,
        name: Value::NULL,
        mode: "",
        text,
        readable: true,
        writable: true,
        codec: Codec::Utf8,
        encoding: "utf-8",
        errors: "strict",
        newline,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
    };
    let ty = if text { &STRING_IO_TYPE } else { &BYTES_IO_TYPE };
    let state = crate::gc::alloc(of);
    crate::object::new_object(FileObj { header: Header { ty }, fd: -1, name: "", mode: "", open: state })
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

/// Opens the file named by `name` (a path or a file descriptor) as `m` says.
fn open_path(name: Value, m: &Mode) -> Result<File, ()> {
    let path = match name.kind() {
        Kind::Str => str::as_str(name).to_string(),
        Kind::Bytes => String::from_utf8_lossy(bytes::data(name)).into_owned(),
        Kind::Int | Kind::Bool if !name.is_null() => {
            raise(&exceptions::NOT_IMPLEMENTED_ERROR, "krait does not support open() of a file descriptor yet");
            return Err(());
        }
        _ => match crate::modules::os::fspath(name) {
            Some(p) => p,
            None => {
                raise_type_error(&format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    if name.is_null() { "NoneType" } else { name.type_name() }
                ));
                return Err(());
            }
        },
    };
    let mut opts = OpenOptions::new();
    opts.read(m.read || m.plus).write(!m.read || m.plus);
    if m.append {
        opts.append(true).create(true);
    } else if m.create {
        opts.create_new(true);
    } else if m.write {
        opts.create(true).truncate(true);
    }
    // Open once more after closing unreachable files when out of descriptors.
    let mut tries = 0;
    let file = loop {
        close_unreachable();
        match opts.open(&path) {
            Ok(f) => break f,
            Err(e) if tries == 0 && matches!(e.raw_os_error(), Some(23 | 24)) => {
                // SAFETY: a full collection finds the unreachable files.
                unsafe { GC_gcollect() };
                tries += 1;
            }
            Err(e) => {
                raise_os_error(&e, filename(name, &path));
                return Err(());
            }
        }
    };
    if file.metadata().is_ok_and(|md| md.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        raise_os_error(&e, filename(name, &path));
        return Err(());
    }
    Ok(file)
}

/// The `filename` of an `OSError` about `name`: itself if a str or bytes, else its path.
fn filename(name: Value, path: &str) -> Value {
    if matches!(name.kind(), Kind::Str | Kind::Bytes) { name } else { str::new_str(path) }
}

/// A parsed `mode` string.
struct Mode {
    read: bool,
    write: bool,
    append: bool,
    create: bool,
    plus: bool,
    binary: bool,
}

impl Mode {
    /// Checks a mode as CPython's `_io.open` does.
    fn parse(mode: &str) -> Result<Mode, ()> {
        let mut m = Mode { read: false, write: false, append: false, create: false, plus: false, binary: false };
        let mut text = false;
        let mut seen = String::new();
        for c in mode.chars() {
            if !"rwxabt+".contains(c) || seen.contains(c) {
                raise(&exceptions::VALUE_ERROR, &format!("invalid mode: '{mode}'"));
                return Err(());
            }
            seen.push(c);
            match c {
                'r' => m.read = true,
                'w' => m.write = true,
                'a' => m.append = true,
                'x' => m.create = true,
                '+' => m.plus = true,
                'b' => m.binary = true,
                _ => text = true,
            }
        }
        if text && m.binary {
            raise(&exceptions::VALUE_ERROR, "can't have text and binary mode at once");
            return Err(());
        }
        match [m.read, m.write, m.append, m.create].iter().filter(|&&x| x).count() {
            1 => {}
            0 => {
                // `open` lets it through; `FileIO` refuses it.
                let msg = "Must have exactly one of create/read/write/append mode and at most one plus";
                raise(&exceptions::VALUE_ERROR, msg);
                return Err(());
            }
            _ => {
                raise(&exceptions::VALUE_ERROR, "must have exactly one of create/read/write/append mode");
                return Err(());
            }
        }
        Ok(m)
    }

    /// The `mode` of a binary file object (`FileIO`'s spelling: `rb`, `wb+`, ...).
    fn binary_mode(&self) -> &'static str {
        match (self.read, self.write, self.append, self.plus) {
            (true, _, _, false) => "rb",
            (true, _, _, true) => "rb+",
            (_, true, _, false) => "wb",
            (_, true, _, true) => "wb+",
            (_, _, true, false) => "ab",
            (_, _, true, true) => "ab+",
            (_, _, _, false) => "xb",
            _ => "xb+",
        }
    }
}

impl OpenFile {
    fn file(&mut self) -> Result<&mut Store, ()> {
        match self.file.as_mut() {
            Some(f) => Ok(f),
            None => closed_error(),
        }
    }

    /// A position in the bytes as `io.StringIO` counts it: in characters.
    fn to_chars(&self, at: u64) -> u64 {
        match &self.file {
            Some(Store::Memory(c)) if self.text => {
                let data = c.get_ref();
                let end = (at as usize).min(data.len());
                let chars = data[..end].iter().filter(|&&b| b & 0xC0 != 0x80).count();
                (chars + (at as usize - end)) as u64
            }
            _ => at,
        }
    }

    /// The byte offset of `io.StringIO`'s character position `chars`.
    fn to_bytes(&mut self, chars: i64) -> Result<i64, ()> {
        if chars < 0 || !self.text || !self.is_memory() {
            return Ok(chars);
        }
        self.flush_buffer()?;
        let Some(Store::Memory(c)) = &self.file else { return Ok(chars) };
        let data = c.get_ref();
        let mut seen = 0;
        for (i, &b) in data.iter().enumerate() {
            if b & 0xC0 != 0x80 {
                if seen == chars {
                    return Ok(i as i64);
                }
                seen += 1;
            }
        }
        Ok(data.len() as i64 + (chars - seen))
    }

    fn is_memory(&self) -> bool {
        self.memory
    }

    fn check_readable(&mut self) -> Result<(), ()> {
        self.file()?;
        if !self.readable {
            return unsupported("not readable");
        }
        // Pending writes go first, so reads see them.
        self.flush_buffer()
    }

    fn check_writable(&mut self) -> Result<(), ()> {
        self.file()?;
        if !self.writable {
            return unsupported("not writable");
        }
        // Reading ahead moved the system's position past what the program has read.
        let ahead = self.rbuf.len() - self.rpos;
        if ahead > 0 {
            let f = self.file()?;
            if let Err(e) = f.seek(SeekFrom::Current(-(ahead as i64))) {
                return os_error(&e);
            }
        }
        self.rbuf.clear();
        self.rpos = 0;
        Ok(())
    }

    /// Gives buffered writes to the system.
    fn flush_buffer(&mut self) -> Result<(), ()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        let f = self.file()?;
        if let Err(e) = f.write_all(&data) {
            raise_os_error(&e, Value::NULL);
            return Err(());
        }
        Ok(())
    }

    /// Reads more of the file into the read buffer; false at end of file.
    fn fill(&mut self) -> Result<bool, ()> {
        if self.rpos > 0 && self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        } else if self.rpos > CHUNK {
            crate::gc::pointer_free(|| self.rbuf.drain(..self.rpos));
            self.rpos = 0;
        }
        let start = self.rbuf.len();
        // The buffers hold bytes only: the collector need not scan them.
        crate::gc::pointer_free(|| self.rbuf.resize(start + CHUNK, 0));
        let file = self.file.as_mut().expect("checked open");
        let n = loop {
            match file.read(&mut self.rbuf[start..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                    if crate::interrupt::take() {
                        self.rbuf.truncate(start);
                        return Err(());
                    }
                }
                Err(e) => {
                    self.rbuf.truncate(start);
                    raise_os_error(&e, Value::NULL);
                    return Err(());
                }
            }
        };
        self.rbuf.truncate(start + n);
        Ok(n > 0)
    }

    /// The end (exclusive) of the next line in the read buffer, reading more as needed, and
    /// whether it ends with `\r\n` read as one `\n`.
    fn line_end(&mut self, limit: Option<usize>) -> Result<usize, ()> {
        let mut scan = self.rpos;
        loop {
            let hay = &self.rbuf[scan..];
            let found = match (self.text, self.newline) {
                (false, _) | (true, Newline::Exactly("\n")) => memchr::memchr(b'\n', hay),
                (true, Newline::Exactly("\r")) => memchr::memchr(b'\r', hay),
                (true, Newline::Exactly(_)) => memchr::memmem::find(hay, b"\r\n").map(|i| i + 1),
                (true, _) => memchr::memchr2(b'\n', b'\r', hay),
            };
            if let Some(i) = found {
                let at = scan + i;
                let universal = self.text && matches!(self.newline, Newline::Universal | Newline::Untranslated);
                if universal && self.rbuf[at] == b'\r' {
                    // `\r\n` is one line end: look at the next byte.
                    if at + 1 == self.rbuf.len() && self.fill()? {
                        continue;
                    }
                    if self.rbuf.get(at + 1) == Some(&b'\n') {
                        return Ok(at + 2);
                    }
                }
                return Ok(at + 1);
            }
            if let Some(l) = limit
                && self.rbuf.len() - self.rpos >= l.saturating_mul(4)
            {
                return Ok(self.rbuf.len());
            }
            scan = self.rbuf.len();
            let consumed = self.rpos;
            if !self.fill()? {
                return Ok(self.rbuf.len());
            }
            // `fill` may have moved the unread bytes to the front.
            scan -= consumed - self.rpos;
        }
    }

    /// The next line (with its ending), or an empty result at end of file.
    fn readline(&mut self, limit: Option<usize>) -> Result<Value, ()> {
        let end = self.line_end(limit)?;
        let mut line = self.rpos..end;
        if let Some(l) = limit {
            line.end = self.rpos + self.prefix_len(&self.rbuf[line.clone()], l);
        }
        let v = self.make(line.clone())?;
        self.rpos = line.end;
        Ok(v)
    }

    /// How many bytes of `data` hold its first `n` characters (bytes, for a binary file).
    fn prefix_len(&self, data: &[u8], n: usize) -> usize {
        if !self.text || self.codec != Codec::Utf8 {
            return data.len().min(n);
        }
        let mut chars = 0;
        for (i, &b) in data.iter().enumerate() {
            if b & 0xC0 != 0x80 {
                if chars == n {
                    return i;
                }
                chars += 1;
            }
        }
        data.len()
    }

    /// The value of buffered bytes `range`: bytes, or text decoded with newlines translated.
    fn make(&self, range: core::ops::Range<usize>) -> Result<Value, ()> {
        let data = &self.rbuf[range];
        if !self.text {
            return Ok(bytes::new_bytes(data.to_vec()));
        }
        self.decode(data)
    }

    fn decode(&self, data: &[u8]) -> Result<Value, ()> {
        // The common case: ASCII, whose only `\r` can be a line's end.
        if data.is_ascii()
            && matches!(self.codec, Codec::Utf8 | Codec::Latin1 | Codec::Ascii)
            && memchr::memchr(b'\r', data).is_none()
        {
            return Ok(str::new_ascii_bytes(data));
        }
        let text = if self.codec == Codec::Utf8
            && let Ok(s) = core::str::from_utf8(data)
        {
            std::borrow::Cow::Borrowed(s)
        } else {
            std::borrow::Cow::Owned(codecs::decode(data, self.encoding_name(), self.errors)?)
        };
        if self.newline == Newline::Universal && text.contains('\r') {
            return Ok(str::from_string(text.replace("\r\n", "\n").replace('\r', "\n")));
        }
        Ok(match text {
            std::borrow::Cow::Borrowed(s) => str::new_str(s),
            std::borrow::Cow::Owned(s) => str::from_string(s),
        })
    }

    fn encoding_name(&self) -> &'static str {
        if self.encoding == "UTF-8" { "utf-8" } else { self.encoding }
    }

    /// `read(size)`: everything left, or `size` characters (bytes).
    fn read(&mut self, size: Option<usize>) -> Result<Value, ()> {
        let Some(n) = size else {
            let file = self.file.as_mut().expect("checked open");
            let (rbuf, rpos) = (&mut self.rbuf, self.rpos);
            let read = crate::gc::pointer_free(|| {
                let mut rest = Vec::with_capacity(file.len() as usize + 1);
                rest.extend_from_slice(&rbuf[rpos..]);
                file.read_to_end(&mut rest).map(|_| rest)
            });
            let rest = match read {
                Ok(r) => r,
                Err(e) => {
                    raise_os_error(&e, Value::NULL);
                    return Err(());
                }
            };
            // The whole rest, made into one value; the buffer is let go.
            self.rbuf = rest;
            self.rpos = 0;
            let v = self.make(0..self.rbuf.len());
            self.rbuf = Vec::new();
            return v;
        };
        // Enough bytes for `n` characters, or all there is.
        while self.rbuf.len() - self.rpos <= n.saturating_mul(4) && self.fill()? {}
        let avail = &self.rbuf[self.rpos..];
        let taken = if self.text {
            // A `\r\n` read as one `\n` counts once.
            let crlf = self.newline == Newline::Universal;
            let (mut taken, mut chars) = (0, 0);
            while chars < n && taken < avail.len() {
                let b = avail[taken];
                taken += if crlf && b == b'\r' && avail.get(taken + 1) == Some(&b'\n') {
                    2
                } else if self.codec == Codec::Utf8 {
                    utf8_width(b)
                } else {
                    1
                };
                chars += 1;
            }
            taken.min(avail.len())
        } else {
            n.min(avail.len())
        };
        let v = self.make(self.rpos..self.rpos + taken)?;
        self.rpos += taken;
        Ok(v)
    }

    /// `write(data)`: a str for a text file, bytes-like for a binary one; returns how many
    /// characters (bytes) were written.
    fn write(&mut self, data: Value) -> Result<Value, ()> {
        if self.text {
            if data.kind() != Kind::Str {
                raise_type_error(&format!("write() argument must be str, not {}", data.type_name()));
                return Err(());
            }
            self.check_writable()?;
            let s = str::as_str(data);
            let translated;
            let s = match self.newline {
                Newline::Exactly(nl @ ("\r" | "\r\n")) if s.contains('\n') => {
                    translated = s.replace('\n', nl);
                    translated.as_str()
                }
                _ => s,
            };
            if self.codec == Codec::Utf8 {
                crate::gc::pointer_free(|| self.wbuf.extend_from_slice(s.as_bytes()));
            } else {
                let encoded = codecs::encode(s, self.encoding_name(), self.errors)?;
                crate::gc::pointer_free(|| self.wbuf.extend_from_slice(&encoded));
            }
            if self.wbuf.len() >= CHUNK {
                self.flush_buffer()?;
            }
            return Ok(int::from_i64(str::char_len(data) as i64));
        }
        let Some(d) = bytes::buffer(data) else {
            raise_type_error(&format!("a bytes-like object is required, not '{}'", data.type_name()));
            return Err(());
        };
        self.check_writable()?;
        crate::gc::pointer_free(|| self.wbuf.extend_from_slice(d));
        if self.wbuf.len() >= CHUNK {
            self.flush_buffer()?;
        }
        Ok(int::from_i64(d.len() as i64))
    }

    /// The position the program has reached (writes flushed, reading ahead not counted).
    fn tell(&mut self) -> Result<u64, ()> {
        self.flush_buffer()?;
        let ahead = (self.rbuf.len() - self.rpos) as u64;
        let f = self.file()?;
        match f.stream_position() {
            Ok(p) => Ok(p - ahead),
            Err(e) => {
                raise_os_error(&e, Value::NULL);
                Err(())
            }
        }
    }

    fn seek(&mut self, offset: i64, whence: i32) -> Result<u64, ()> {
        self.file()?;
        if self.text && offset != 0 && whence != 0 {
            let what = if whence == 1 { "cur" } else { "end" };
            return unsupported(&format!("can't do nonzero {what}-relative seeks"));
        }
        let to = match whence {
            0 if offset < 0 => {
                raise(&exceptions::VALUE_ERROR, &format!("negative seek position {offset}"));
                return Err(());
            }
            0 => SeekFrom::Start(offset as u64),
            1 => SeekFrom::Current(offset - (self.rbuf.len() - self.rpos) as i64),
            2 => SeekFrom::End(offset),
            _ => {
                let msg = if self.text {
                    format!("invalid whence ({whence}, should be 0, 1 or 2)")
                } else {
                    format!("whence value {whence} unsupported")
                };
                raise(&exceptions::VALUE_ERROR, &msg);
                return Err(());
            }
        };
        self.flush_buffer()?;
        self.rbuf.clear();
        self.rpos = 0;
        match self.file()?.seek(to) {
            Ok(p) => Ok(p),
            Err(e) => {
                raise_os_error(&e, Value::NULL);
                Err(())
            }
        }
    }

    /// Flushes and closes (a second close does nothing).
    fn close(&mut self, f: Value) -> Result<(), ()> {
        if self.file.is_none() {
            return Ok(());
        }
        let flushed = self.flush_buffer();
        self.file = None;
        self.rbuf = Vec::new();
        OPEN_FILES.with(|o| o.retain(|&a| a != f.0));
        flushed
    }
}

fn utf8_width(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// A file's methods (those `open` made).
pub fn call_method(f: Value, of: &'static mut OpenFile, name: &str, args: &[Value]) -> Option<Value> {
    let r: Result<Value, ()> = (|| match name {
        "read" => {
            of.check_readable()?;
            let size = args::opt_ssize(args.first().filter(|v| !v.is_none()), -1)?;
            of.read(usize::try_from(size).ok())
        }
        "readline" => {
            of.check_readable()?;
            let size = args::opt_ssize(args.first().filter(|v| !v.is_none()), -1)?;
            of.readline(usize::try_from(size).ok())
        }
        "readlines" => {
            of.check_readable()?;
            let hint = args::opt_ssize(args.first().filter(|v| !v.is_none()), -1)?;
            let mut lines = Vec::new();
            let mut total = 0usize;
            loop {
                let line = of.readline(None)?;
                let n = if of.text { str::char_len(line) } else { bytes::data(line).len() };
                if n == 0 {
                    break;
                }
                lines.push(line);
                total += n;
                if hint > 0 && total >= hint as usize {
                    break;
                }
            }
            Ok(list::new(lines))
        }
        "write" => {
            if args.len() != 1 {
                raise_type_error(&format!("write() takes exactly one argument ({} given)", args.len()));
                return Err(());
            }
            of.write(args[0])
        }
        "writelines" => {
            let [lines] = args else {
                raise_type_error(&format!("writelines() takes exactly one argument ({} given)", args.len()));
                return Err(());
            };
            let it = crate::builtins::nonnull(crate::iter::iter(*lines))?;
            while let Some(line) = crate::iter::next(it)? {
                of.write(line)?;
            }
            Ok(Value::none())
        }
        "flush" => {
            of.file()?;
            of.flush_buffer()?;
            Ok(Value::none())
        }
        "close" => {
            of.close(f)?;
            Ok(Value::none())
        }
        "tell" => {
            let at = of.tell()?;
            Ok(int::from_i64(of.to_chars(at) as i64))
        }
        "seek" => {
            let offset = args::ssize(*args.first().unwrap_or(&int::from_i64(0)))?;
            let whence = args::c_int_or(args.get(1), 0)?;
            let offset = if whence == 0 { of.to_bytes(offset)? } else { offset };
            let at = of.seek(offset, whence)?;
            Ok(int::from_i64(of.to_chars(at) as i64))
        }
        "truncate" => {
            let pos = match args.first() {
                Some(v) if !v.is_none() => args::ssize(*v)? as u64,
                _ => of.tell()?,
            };
            of.check_writable()?;
            of.flush_buffer()?;
            match of.file()? {
                Store::Disk(f) => {
                    if let Err(e) = f.set_len(pos) {
                        return os_error(&e);
                    }
                }
                Store::Memory(c) => c.get_mut().truncate(pos as usize),
            }
            Ok(int::from_i64(pos as i64))
        }
        "fileno" => {
            use std::os::fd::AsRawFd;
            match of.file()? {
                Store::Disk(f) => Ok(int::from_i64(i64::from(f.as_raw_fd()))),
                Store::Memory(_) => unsupported("fileno"),
            }
        }
        "getvalue" if of.is_memory() => {
            of.file()?;
            of.flush_buffer()?;
            let Some(Store::Memory(c)) = &of.file else { unreachable!("checked") };
            let data = c.get_ref().clone();
            if of.text {
                Ok(str::from_string(String::from_utf8_lossy(&data).into_owned()))
            } else {
                Ok(bytes::new_bytes(data))
            }
        }
        "isatty" => {
            of.file()?;
            Ok(Value::bool(false))
        }
        "readable" => {
            of.file()?;
            Ok(Value::bool(of.readable))
        }
        "writable" => {
            of.file()?;
            Ok(Value::bool(of.writable))
        }
        "seekable" => {
            of.file()?;
            Ok(Value::bool(true))
        }
        "__enter__" => {
            of.file()?;
            Ok(f)
        }
        "__exit__" => {
            of.close(f)?;
            Ok(Value::none())
        }
        "__iter__" => {
            of.file()?;
            Ok(f)
        }
        "__next__" => match next_line(f)? {
            Some(line) => Ok(line),
            None => {
                raise(&exceptions::STOP_ITERATION, "");
                Err(())
            }
        },
        _ => Err(()),
    })();
    match r {
        Ok(v) => Some(v),
        Err(()) if !exceptions::has_pending() => None,
        Err(()) => Some(Value::NULL),
    }
}

/// The methods of files `open` made (for `getattr`, bound method values).
pub const METHODS: &[&str] = &[
    "read",
    "readline",
    "readlines",
    "write",
    "writelines",
    "flush",
    "close",
    "tell",
    "seek",
    "truncate",
    "fileno",
    "isatty",
    "readable",
    "writable",
    "seekable",
    "__enter__",
    "__exit__",
    "__iter__",
    "__next__",
    "getvalue",
];

/// The next line of a file being iterated (`None` at the end).
pub fn next_line(f: Value) -> Result<Option<Value>, ()> {
    let Some(of) = open_file(f) else { return Ok(None) };
    of.check_readable()?;
    let line = of.readline(None)?;
    let empty = if of.text { str::char_len(line) == 0 } else { bytes::data(line).is_empty() };
    Ok(if empty { None } else { Some(line) })
}

/// Writes text to a file `open` made (`print(..., file=f)`).
pub fn write_text(f: Value, text: &str) -> Result<(), ()> {
    let Some(of) = open_file(f) else { return Ok(()) };
    of.write(str::new_str(text)).map(|_| ())
}

/// A file's data attributes.
pub fn attribute(of: &OpenFile, name: &str) -> Option<Value> {
    if of.is_memory() {
        return match name {
            "closed" => Some(Value::bool(of.file.is_none())),
            "line_buffering" if of.text => Some(Value::bool(false)),
            "newlines" | "encoding" | "errors" if of.text => Some(Value::none()),
            _ => None,
        };
    }
    Some(match name {
        "name" => of.name,
        "mode" => str::new_str(of.mode),
        "closed" => Value::bool(of.file.is_none()),
        "encoding" if of.text => str::new_str(of.encoding),
        "errors" if of.text => str::new_str(of.errors),
        "newlines" if of.text => Value::none(),
        "line_buffering" if of.text => Value::bool(false),
        _ => return None,
    })
}

/// `repr(f)`.
pub fn repr(f: Value, of: &OpenFile) -> Result<String, ()> {
    if of.is_memory() {
        return Ok(format!("<{} object at {:#x}>", f.ty().name, f.0));
    }
    let name = crate::repr::repr_string(of.name)?;
    let ty = f.ty().name;
    Ok(if of.text {
        format!("<{ty} name={name} mode='{}' encoding='{}'>", of.mode, of.encoding)
    } else {
        format!("<{ty} name={name}>")
    })
}

/// Makes finalizers run only when `close_unreachable` asks (at safe points).
pub fn init() {
    // SAFETY: called once at start-up, before any allocation that could finalize.
    unsafe { GC_set_finalize_on_demand(1) };
}
