//! `io`: `StringIO` and `BytesIO` (file objects over memory, `crate::file`), `open`, and the
//! names scripts use (`UnsupportedOperation`, `SEEK_*`, the file types).

use crate::exceptions::{self, raise_type_error};
use crate::file::{
    self, BUFFERED_RANDOM_TYPE, BUFFERED_READER_TYPE, BUFFERED_WRITER_TYPE, BYTES_IO_TYPE, STRING_IO_TYPE,
};
use crate::object::{Kind, Value};
use crate::{bytes, int, str};

#[rustfmt::skip]
pub const NAMES: &[&str] = &[
    "BlockingIOError", "BufferedIOBase", "BufferedRWPair", "BufferedRandom", "BufferedReader", "BufferedWriter",
    "BytesIO", "DEFAULT_BUFFER_SIZE", "FileIO", "IOBase", "IncrementalNewlineDecoder", "RawIOBase", "SEEK_CUR",
    "SEEK_END", "SEEK_SET", "StringIO", "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "open", "open_code",
    "text_encoding",
];

pub fn getattr(name: &str) -> Option<Value> {
    Some(match name {
        "StringIO" => Value::from_static(&STRING_IO_TYPE),
        "BytesIO" => Value::from_static(&BYTES_IO_TYPE),
        "TextIOWrapper" => Value::from_static(&crate::io::TEXT_IO_TYPE),
        "BufferedReader" => Value::from_static(&BUFFERED_READER_TYPE),
        "BufferedWriter" => Value::from_static(&BUFFERED_WRITER_TYPE),
        "BufferedRandom" => Value::from_static(&BUFFERED_RANDOM_TYPE),
        "UnsupportedOperation" => Value::from_static(&exceptions::UNSUPPORTED_OPERATION),
        "BlockingIOError" => Value::from_static(&exceptions::BLOCKING_IO_ERROR),
        "open" => super::builtin(crate::builtins::krait_builtin_open, "open"),
        "SEEK_SET" => int::from_i64(0),
        "SEEK_CUR" => int::from_i64(1),
        "SEEK_END" => int::from_i64(2),
        "DEFAULT_BUFFER_SIZE" => int::from_i64(8192),
        _ => return None,
    })
}

/// `io.StringIO(initial_value='', newline='\n')`.
pub fn string_io(args: &[Value], kw: &[(&str, Value)]) -> Result<Value, ()> {
    let a = crate::args::bind_keywords("StringIO", &["initial_value", "newline"], 0, args, kw)?;
    let initial = match a[0] {
        None => "",
        Some(v) if v.is_none() => "",
        Some(v) if v.kind() == Kind::Str => str::as_str(v),
        Some(v) => {
            raise_type_error(&format!("initial_value must be str or None, not {}", v.type_name()));
            return Err(());
        }
    };
    let newline = match a[1] {
        None => Some("\n"),
        Some(v) if v.is_none() => None,
        Some(v) if v.kind() == Kind::Str && matches!(str::as_str(v), "" | "\n" | "\r" | "\r\n") => Some(str::as_str(v)),
        Some(v) if v.kind() == Kind::Str => {
            crate::exceptions::raise(&exceptions::VALUE_ERROR, &format!("illegal newline value: {}", str::as_str(v)));
            return Err(());
        }
        Some(v) => {
            raise_type_error(&format!("newline must be str or None, not {}", v.type_name()));
            return Err(());
        }
    };
    Ok(file::memory_file(true, initial.as_bytes(), newline))
}

/// `io.BytesIO(initial_bytes=b'')`.
pub fn bytes_io(args: &[Value], kw: &[(&str, Value)]) -> Result<Value, ()> {
    let a = crate::args::bind_keywords("BytesIO", &["initial_bytes"], 0, args, kw)?;
    let initial = match a[0] {
        None => &[][..],
        Some(v) if v.is_none() => &[][..],
        Some(v) => match bytes::buffer(v) {
            Some(d) => d,
            None => {
                raise_type_error(&format!("a bytes-like object is required, not '{}'", v.type_name()));
                return Err(());
            }
        },
    };
    Ok(file::memory_file(false, initial, None))
}
