//! Text encodings: `str.encode` and `bytes.decode` for the codecs krait has (UTF-8, Latin-1,
//! ASCII), with CPython's codec names, error handlers and `UnicodeError` messages.

use crate::exceptions::{self, raise};
use crate::object::Value;
use crate::{bytes, int, str, tuple};

/// The codecs krait implements.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    /// UTF-8 with a byte order mark: written when encoding, skipped when decoding.
    Utf8Sig,
    Latin1,
    Ascii,
}

impl Codec {
    /// The name CPython's messages use (`'utf-8' codec can't decode ...`).
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
        }
    }

    /// The first code point the codec cannot encode.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => 0x11_0000,
            Codec::Latin1 => 0x100,
            Codec::Ascii => 0x80,
        }
    }
}

/// An encoding name as CPython's codec registry normalises it: lower case, every run of
/// characters other than letters, digits and `.` one `_`, none at either end.
fn normalise(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// Looks up a codec by name: a `LookupError` for a name CPython does not know, and an error
/// naming the codec for one CPython has and krait does not.
pub fn lookup(name: &str) -> Result<Codec, ()> {
    let n = normalise(name);
    match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => return Ok(Codec::Utf8),
        "utf_8_sig" => return Ok(Codec::Utf8Sig),
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819" | "iso_ir_100"
        | "csisolatin1" | "iso_8859_1_1987" => return Ok(Codec::Latin1),
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii"
        | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" => return Ok(Codec::Ascii),
        _ => {}
    }
    let known = crate::cpython_names::ENCODINGS.binary_search(&n.as_str()).is_ok();
    if known {
        raise(&exceptions::NOT_IMPLEMENTED_ERROR, &format!("krait does not support the '{name}' codec yet"));
    } else {
        raise(&exceptions::LOOKUP_ERROR, &format!("unknown encoding: {name}"));
    }
    Err(())
}

/// CPython's error handlers (`errors=`). The ones that make lone surrogates are not possible
/// in krait's strings, and `namereplace` needs the Unicode name database krait does not
/// carry: those are reported as unsupported.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

/// Resolves an error handler's name, only when an error needs it (as CPython does).
fn handler(errors: &str) -> Result<Handler, ()> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" | "surrogateescape" | "surrogatepass" => {
            raise(
                &exceptions::NOT_IMPLEMENTED_ERROR,
                &format!("krait does not support the '{errors}' error handler yet"),
            );
            return Err(());
        }
        _ => {
            raise(&exceptions::LOOKUP_ERROR, &format!("unknown error handler name '{errors}'"));
            return Err(());
        }
    })
}

/// Raises `UnicodeDecodeError(encoding, object, start, end, reason)`.
fn decode_error(codec: Codec, data: &[u8], start: usize, end: usize, reason: &str) {
    let args = vec![
        str::new_str(codec.name()),
        bytes::new(&bytes::BYTES_TYPE, data.to_vec()),
        int::from_i64(start as i64),
        int::from_i64(end as i64),
        str::new_str(reason),
    ];
    exceptions::set_pending(exceptions::new_exception(&exceptions::UNICODE_DECODE_ERROR, tuple::new(args)));
}

/// Raises `UnicodeEncodeError(encoding, object, start, end, reason)`; positions in code points.
fn encode_error(codec: Codec, text: &str, start: usize, end: usize, reason: &str) {
    let args = vec![
        str::new_str(codec.name()),
        str::new_str(text),
        int::from_i64(start as i64),
        int::from_i64(end as i64),
        str::new_str(reason),
    ];
    exceptions::set_pending(exceptions::new_exception(&exceptions::UNICODE_ENCODE_ERROR, tuple::new(args)));
}

/// `data.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> Result<String, ()> {
    let codec = lookup(encoding)?;
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| char::from(b)).collect()),
        Codec::Ascii => {
            if data.is_ascii() {
                // SAFETY: ASCII bytes are valid UTF-8.
                return Ok(unsafe { core::str::from_utf8_unchecked(data) }.to_string());
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b.is_ascii() {
                    out.push(char::from(b));
                } else {
                    undecodable(&mut out, codec, data, i..i + 1, "ordinal not in range(128)", errors)?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => decode_utf8(data, errors, Codec::Utf8),
        Codec::Utf8Sig => decode_utf8(data.strip_prefix(BOM).unwrap_or(data), errors, Codec::Utf8Sig),
    }
}

/// Hands the undecodable bytes `data[bad]` to the error handler: `strict` raises, the
/// others append their replacement to `out`.
fn undecodable(
    out: &mut String,
    codec: Codec,
    data: &[u8],
    bad: core::ops::Range<usize>,
    reason: &str,
    errors: &str,
) -> Result<(), ()> {
    match handler(errors)? {
        Handler::Strict => {
            decode_error(codec, data, bad.start, bad.end, reason);
            return Err(());
        }
        Handler::Ignore => {}
        Handler::Replace => out.push('\u{fffd}'),
        Handler::BackslashReplace => {
            for b in &data[bad] {
                out.push_str(&format!("\\x{b:02x}"));
            }
        }
        Handler::XmlCharRefReplace => {
            crate::exceptions::raise_type_error("don't know how to handle UnicodeDecodeError in error callback");
            return Err(());
        }
    }
    Ok(())
}

/// The UTF-8 encoding of U+FEFF, the byte order mark.
const BOM: &[u8] = b"\xef\xbb\xbf";

/// UTF-8 decoding; each maximal invalid subsequence is one error, as in CPython.
fn decode_utf8(data: &[u8], errors: &str, codec: Codec) -> Result<String, ()> {
    let mut out = String::new();
    let mut rest = data;
    loop {
        match core::str::from_utf8(rest) {
            Ok(s) => {
                if out.is_empty() {
                    return Ok(s.to_string());
                }
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                // SAFETY: `from_utf8` validated the first `good` bytes.
                out.push_str(unsafe { core::str::from_utf8_unchecked(&rest[..good]) });
                let start = data.len() - rest.len() + good;
                let (n, reason) = match e.error_len() {
                    None => (rest.len() - good, "unexpected end of data"),
                    Some(n) if n == 1 && !(0xc2..=0xf4).contains(&rest[good]) => (1, "invalid start byte"),
                    Some(n) => (n, "invalid continuation byte"),
                };
                undecodable(&mut out, codec, data, start..start + n, reason, errors)?;
                rest = &rest[good + n..];
            }
        }
    }
}

/// `text.encode(encoding, errors)`.
pub fn encode(text: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, ()> {
    let codec = lookup(encoding)?;
    match codec {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Utf8Sig => return Ok([BOM, text.as_bytes()].concat()),
        _ if text.is_ascii() => return Ok(text.as_bytes().to_vec()),
        _ => {}
    }
    let limit = codec.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        // CPython hands the whole run of unencodable characters to the handler at once.
        let end = (i..chars.len()).find(|&k| (chars[k] as u32) < limit).unwrap_or(chars.len());
        let h = handler(errors)?;
        for &c in &chars[i..end] {
            match h {
                Handler::Strict => {
                    encode_error(codec, text, i, end, &format!("ordinal not in range({limit})"));
                    return Err(());
                }
                Handler::Ignore => {}
                Handler::Replace => out.push(b'?'),
                Handler::BackslashReplace => out.extend_from_slice(escape_char(c).as_bytes()),
                Handler::XmlCharRefReplace => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
            }
        }
        i = end;
    }
    Ok(out)
}

/// `\xe9`, `\u20ac` or `\U0001f600`: a character as Python's escapes write it.
pub fn escape_char(c: char) -> String {
    match c as u32 {
        u @ 0..=0xff => format!("\\x{u:02x}"),
        u @ 0x100..=0xffff => format!("\\u{u:04x}"),
        u => format!("\\U{u:08x}"),
    }
}

/// `str(e)` of a `UnicodeDecodeError`/`UnicodeEncodeError` made from its five arguments.
pub fn error_message(e: Value, decoding: bool) -> Option<String> {
    let args = tuple::items(crate::exceptions::exc(e).args);
    let [enc, obj, start, end, reason] = *args else { return None };
    let (start, end) = (int::to_i64(start)?, int::to_i64(end)?);
    let (enc, reason) = (str::as_str(enc), str::as_str(reason));
    let single = end == start + 1;
    Some(if decoding {
        let data = bytes::data(obj);
        match data.get(start as usize) {
            Some(b) if single => format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"),
            _ => format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1),
        }
    } else {
        match str::as_str(obj).chars().nth(start as usize) {
            Some(c) if single => {
                format!("'{enc}' codec can't encode character '{}' in position {start}: {reason}", escape_char(c))
            }
            _ => format!("'{enc}' codec can't encode characters in position {start}-{}: {reason}", end - 1),
        }
    })
}
