//! `str`: immutable Unicode text, stored as UTF-8 with its length in code points cached.

use crate::exceptions::{self, raise, raise_type_error};
use crate::int;
use crate::list;
use crate::object::{Header, Kind, OBJECT_TYPE, TypeObject, Value, new_object};
use crate::slice;
use crate::unicode;

#[unsafe(export_name = "krait_str_type")]
pub static STR_TYPE: TypeObject = TypeObject::new("str", Kind::Str, Some(&OBJECT_TYPE));

#[repr(C)]
pub struct StrObj {
    pub header: Header,
    /// Length in code points; equal to `len` exactly when the text is ASCII.
    pub char_len: usize,
    /// The hash, computed on first use (-1 until then), as CPython caches it.
    pub hash: core::cell::Cell<i64>,
    /// The UTF-8 text: `len` bytes at `ptr`, in GC memory (right after this object, or the
    /// front of a `GrowBuf` shared with the shorter strings it was concatenated from).
    ptr: *const u8,
    len: usize,
    /// The buffer `ptr` points into when the text came from concatenation; null otherwise.
    grow: *mut GrowBuf,
}

/// Room for a str built by `+`/`+=` to be extended in place. Strings sharing the buffer are
/// prefixes of its `used` bytes; only the longest (the one ending at `used`) may append,
/// so no string's text ever changes. This makes `s += t` in a loop linear, as CPython's
/// in-place resize makes it there.
#[repr(C)]
struct GrowBuf {
    used: usize,
    cap: usize,
    data: *mut u8,
}

/// Concatenations shorter than this are plain strings; longer ones get spare room.
const GROW_MIN: usize = 64;

fn new_obj(text: *const u8, len: usize, char_len: usize, grow: *mut GrowBuf) -> Value {
    new_object(StrObj {
        header: Header { ty: &STR_TYPE },
        char_len,
        hash: core::cell::Cell::new(-1),
        ptr: text,
        len,
        grow,
    })
}

pub fn new_str(s: &str) -> Value {
    new_inline(s.as_bytes(), s.chars().count())
}

#[allow(clippy::needless_pass_by_value)] // Callers hand over the text they built.
pub fn from_string(s: String) -> Value {
    new_inline(s.as_bytes(), s.chars().count())
}

/// A str with its text stored right after the object, in one block the collector does not
/// scan: the only pointers in it are to the static type and into the block itself.
fn new_inline(text: &[u8], char_len: usize) -> Value {
    new_inline_parts(&[text], char_len)
}

/// `new_inline` of the texts one after the other.
fn new_inline_parts(parts: &[&[u8]], char_len: usize) -> Value {
    let head = core::mem::size_of::<StrObj>();
    let len: usize = parts.iter().map(|t| t.len()).sum();
    // The collector's blocks are 16-byte aligned, enough for the object.
    #[allow(clippy::cast_ptr_alignment)]
    let p = crate::gc::alloc_bytes_atomic(head + len).cast::<StrObj>();
    // SAFETY: the block holds the object and then `len` bytes; GC blocks are aligned for
    // any object of the runtime.
    unsafe {
        let data = p.cast::<u8>().add(head);
        let mut at = data;
        for t in parts {
            core::ptr::copy_nonoverlapping(t.as_ptr(), at, t.len());
            at = at.add(t.len());
        }
        p.write(StrObj {
            header: Header { ty: &STR_TYPE },
            char_len,
            hash: core::cell::Cell::new(-1),
            ptr: data,
            len,
            grow: core::ptr::null_mut(),
        });
    }
    Value::from_ptr(p)
}

/// A str that is an instance of `ty`, a class deriving from `str`, with the text of the str
/// `text` (which it keeps alive: the text is shared).
pub fn new_subclass_instance(ty: &'static crate::object::TypeObject, text: Value) -> Value {
    let src = obj(text);
    crate::object::new_object(StrSubObj {
        obj: StrObj {
            header: Header { ty },
            char_len: src.char_len,
            hash: core::cell::Cell::new(-1),
            ptr: src.ptr,
            len: src.len,
            grow: src.grow,
        },
        dict: crate::dict::new(),
        text,
    })
}

/// An instance of a class deriving from `str`: `object::WithDict<StrObj>` and the str its
/// text belongs to.
#[repr(C)]
struct StrSubObj {
    obj: StrObj,
    dict: Value,
    text: Value,
}

/// The text of a str value.
pub fn as_str(v: Value) -> &'static str {
    let o = obj(v);
    // SAFETY: `ptr` holds `len` bytes of valid UTF-8 that never change (see `GrowBuf`).
    unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(o.ptr, o.len)) }
}

fn obj(v: Value) -> &'static StrObj {
    // SAFETY: callers check the kind first.
    unsafe { v.obj::<StrObj>() }
}

pub fn char_len(v: Value) -> usize {
    obj(v).char_len
}

pub fn is_ascii(v: Value) -> bool {
    let o = obj(v);
    o.char_len == o.len
}

/// Python's `str.isspace` for one character (white space as `split()` and `strip()` see it;
/// it includes the separators U+001C..U+001F).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() { matches!(c, ' ' | '\t'..='\r' | '\x1c'..='\x1f') } else { unicode::has(c, unicode::SPACE) }
}

/// Hash of a str. CPython randomises it per process, so any well-mixed hash is faithful.
pub fn hash(v: Value) -> i64 {
    let o = obj(v);
    let cached = o.hash.get();
    if cached != -1 {
        return cached;
    }
    let h = hash_bytes(as_str(v).as_bytes());
    o.hash.set(h);
    h
}

/// The hash of a str's UTF-8 text or of a `bytes`: 0 for the empty string, as in CPython;
/// otherwise eight bytes at a time, multiply-rotate mixing (FxHash-like), then a final
/// avalanche. Never -1 (the "not computed" mark).
pub fn hash_bytes(bytes: &[u8]) -> i64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    if bytes.is_empty() {
        return 0;
    }
    let mut h: u64 = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let mut tail = [0u8; 8];
    let rest = chunks.remainder();
    tail[..rest.len()].copy_from_slice(rest);
    h = (h.rotate_left(5) ^ u64::from_le_bytes(tail)).wrapping_mul(K);
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 32;
    let h = (h >> 1) as i64;
    if h == -1 { -2 } else { h }
}

/// The code point at index `i` (already in range).
fn char_at(v: Value, i: usize) -> char {
    if is_ascii(v) { as_str(v).as_bytes()[i] as char } else { as_str(v).chars().nth(i).unwrap_or('\0') }
}

pub fn getitem(v: Value, index: Value) -> Value {
    let Some(i) = crate::args::seq_index(index) else {
        return raise_type_error(&format!("string indices must be integers, not '{}'", index.type_name()));
    };
    let n = char_len(v) as i128;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return crate::args::index_error(index, "string index out of range");
    }
    char_str(char_at(v, j as usize))
}

/// The one-character strings of Latin-1, made once (CPython shares them too, so indexing
/// and iterating text allocates nothing for them).
static LATIN1: crate::cell::Global<[Value; 256]> = crate::cell::Global::new([Value::NULL; 256]);

/// The str of one character.
pub fn char_str(c: char) -> Value {
    let code = c as usize;
    if code >= 256 {
        let mut buf = [0u8; 4];
        return new_inline(c.encode_utf8(&mut buf).as_bytes(), 1);
    }
    let cached = LATIN1.with(|t| t[code]);
    if !cached.is_null() {
        return cached;
    }
    let mut buf = [0u8; 4];
    let v = new_inline(c.encode_utf8(&mut buf).as_bytes(), 1);
    LATIN1.with(|t| t[code] = v);
    v
}

/// The character at byte offset `at` of a str and the offset after it (`None` at the end):
/// iteration steps through the text by bytes, not by counting characters each time.
pub fn char_from(v: Value, at: usize) -> Option<(Value, usize)> {
    let c = as_str(v).get(at..)?.chars().next()?;
    Some((char_str(c), at + c.len_utf8()))
}

pub fn getslice(v: Value, start: Value, stop: Value, step: Value) -> Value {
    let Ok(b) = slice::resolve(start, stop, step, char_len(v)) else { return Value::NULL };
    if is_ascii(v) {
        let bytes = as_str(v).as_bytes();
        if b.step == 1 {
            return new_str(if b.len == 0 { "" } else { &as_str(v)[b.start as usize..b.start as usize + b.len] });
        }
        let s: String = b.indices().map(|i| bytes[i] as char).collect();
        return from_string(s);
    }
    let chars: Vec<char> = as_str(v).chars().collect();
    from_string(b.indices().map(|i| chars[i]).collect())
}

/// `a + b`: in place at the end of `a`'s `GrowBuf` when `a` is its longest string and it has
/// room; otherwise into a new buffer with room to grow (for long results).
pub fn concat(a: Value, b: Value) -> Value {
    let (x, y) = (obj(a), obj(b));
    if y.len == 0 {
        return a;
    }
    if x.len == 0 {
        return b;
    }
    let total = x.len + y.len;
    let char_len = x.char_len + y.char_len;
    if !x.grow.is_null() {
        // SAFETY: a non-null `grow` is the live buffer this text is a prefix of.
        let g = unsafe { &mut *x.grow };
        if g.used == x.len && total <= g.cap {
            // SAFETY: `used..total` is spare room of the buffer, which no string covers.
            unsafe { core::ptr::copy_nonoverlapping(y.ptr, g.data.add(x.len), y.len) };
            g.used = total;
            return new_obj(g.data, total, char_len, x.grow);
        }
    }
    if total < GROW_MIN {
        return new_inline_parts(&[as_str(a).as_bytes(), as_str(b).as_bytes()], char_len);
    }
    let cap = total.saturating_mul(2);
    let data = crate::gc::alloc_bytes_atomic(cap);
    // SAFETY: `data` has room for `cap >= total` bytes; the sources are other blocks.
    unsafe {
        core::ptr::copy_nonoverlapping(x.ptr, data, x.len);
        core::ptr::copy_nonoverlapping(y.ptr, data.add(x.len), y.len);
    }
    let grow = crate::gc::alloc(GrowBuf { used: total, cap, data });
    new_obj(data, total, char_len, grow)
}

pub fn repeat(a: Value, n: i128) -> Value {
    if n <= 0 {
        return new_str("");
    }
    let s = as_str(a);
    let chars = char_len(a) as u128 * n as u128;
    if chars > isize::MAX as u128 {
        return raise(&exceptions::OVERFLOW_ERROR, "repeated string is too long");
    }
    if crate::args::check_size(s.len() as u128 * n as u128).is_err() {
        return Value::NULL;
    }
    from_string(s.repeat(n as usize))
}

pub fn contains(hay: Value, needle: Value) -> Result<bool, ()> {
    if needle.kind() != Kind::Str {
        raise_type_error(&format!("'in <string>' requires string as left operand, not {}", needle.type_name()));
        return Err(());
    }
    Ok(as_str(hay).contains(as_str(needle)))
}

/// `repr(s)` with CPython's choice of quotes and escapes.
pub fn repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable` for one character (what `repr` leaves unescaped).
fn is_printable(c: char) -> bool {
    unicode::has(c, unicode::PRINTABLE)
}

fn arg_str<'a>(v: Value, method: &str, pos: &str) -> Result<&'a str, ()> {
    if v.kind() == Kind::Str {
        Ok(as_str(v))
    } else {
        let _ = pos;
        raise_type_error(&format!("{method} arg must be None or str"));
        Err(())
    }
}

fn must_str<'a>(v: Value, what: &str) -> Result<&'a str, ()> {
    if v.kind() == Kind::Str {
        Ok(as_str(v))
    } else {
        // Argument Clinic's messages ("f() argument 1 must be str") call None `None`.
        let name = if what.contains("() argument") { crate::args::bad_type_name(v) } else { v.type_name() };
        raise_type_error(&format!("{what}, not {name}"));
        Err(())
    }
}

/// Resolves `start`/`end` arguments of `find`, `count`, … to a byte range of `s`, with the
/// start as a code point index.
fn sub_range(s: &str, start: Option<&Value>, end: Option<&Value>) -> Result<Option<(usize, usize, usize)>, ()> {
    let Some((a, b)) = slice::search_range(s.chars().count(), start, end)? else { return Ok(None) };
    let byte = |ci: usize| s.char_indices().nth(ci).map_or(s.len(), |(b, _)| b);
    Ok(Some((byte(a), byte(b), a)))
}

fn char_index(s: &str, byte: usize) -> usize {
    s[..byte].chars().count()
}

fn split_whitespace(s: &str, maxsplit: i128) -> Vec<Value> {
    crate::gc::without_collection(|| split_whitespace_inner(s, maxsplit))
}

fn split_whitespace_inner(s: &str, maxsplit: i128) -> Vec<Value> {
    if s.is_ascii() {
        return split_ascii_whitespace(s.as_bytes(), maxsplit);
    }
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i128 >= maxsplit {
            out.push(new_str(rest));
            return out;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(new_str(&rest[..end]));
        rest = rest[end..].trim_start_matches(is_space);
    }
    out
}

/// `split()` of ASCII text: Python's white space there is `\t\n\x0b\x0c\r\x1c-\x1f` and space.
fn split_ascii_whitespace(b: &[u8], maxsplit: i128) -> Vec<Value> {
    let space = |c: u8| matches!(c, b' ' | b'\t'..=b'\r' | 0x1c..=0x1f);
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        let mut end = i;
        if maxsplit >= 0 && out.len() as i128 >= maxsplit {
            // The rest, trailing white space included, as CPython leaves it.
            end = b.len();
        } else {
            while end < b.len() && !space(b[end]) {
                end += 1;
            }
        }
        // SAFETY: the text is ASCII, so any byte range is valid UTF-8.
        out.push(new_ascii(unsafe { core::str::from_utf8_unchecked(&b[i..end]) }));
        i = end;
    }
    out
}

/// The next word of `s.split()` from byte offset `*pos` (moved past it), for a loop over
/// the words (`iter::words`): the list CPython makes is never seen there, and the words of
/// a long text need not all be alive at once.
pub fn next_word(s: Value, pos: &mut usize) -> Option<Value> {
    let text = as_str(s);
    let b = text.as_bytes();
    let ascii = is_ascii(s);
    let (start, end) = if ascii {
        let space = |c: u8| matches!(c, b' ' | b'\t'..=b'\r' | 0x1c..=0x1f);
        let start = b[*pos..].iter().position(|&c| !space(c)).map_or(b.len(), |i| *pos + i);
        (start, b[start..].iter().position(|&c| space(c)).map_or(b.len(), |i| start + i))
    } else {
        let rest = text[*pos..].trim_start_matches(is_space);
        let start = text.len() - rest.len();
        (start, rest.find(is_space).map_or(text.len(), |i| start + i))
    };
    *pos = end;
    let word = &text[start..end];
    (start != end).then(|| if ascii { new_ascii(word) } else { new_str(word) })
}

/// A str from ASCII text (its length in code points is its length in bytes).
fn new_ascii(s: &str) -> Value {
    new_inline(s.as_bytes(), s.len())
}

/// A str of ASCII bytes (the caller has checked they are).
pub fn new_ascii_bytes(b: &[u8]) -> Value {
    debug_assert!(b.is_ascii());
    new_inline(b, b.len())
}

fn strip_chars(v: Option<&Value>) -> Result<Option<Vec<char>>, ()> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(&v) => Ok(Some(arg_str(v, "strip", "chars")?.chars().collect())),
    }
}

fn check_args(name: &str, args: &[Value], min: usize, max: usize) -> Result<(), ()> {
    if args.len() < min || args.len() > max {
        let msg = if min == max {
            format!(
                "str.{name}() takes exactly {} argument{} ({} given)",
                min,
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else if args.len() < min {
            format!("{name} expected at least {min} argument{}, got {}", if min == 1 { "" } else { "s" }, args.len())
        } else {
            format!("{name} expected at most {max} argument{}, got {}", if max == 1 { "" } else { "s" }, args.len())
        };
        raise_type_error(&msg);
        return Err(());
    }
    Ok(())
}

/// Calls the str method `name` on `v`. `None` if there is no such method.
pub fn call_method(v: Value, name: &str, args: &[Value]) -> Option<Value> {
    let s = as_str(v);
    let r: Result<Value, ()> = (|| match name {
        "upper" | "lower" | "casefold" | "title" | "capitalize" | "swapcase" => {
            check_args(name, args, 0, 0)?;
            let f = match name {
                "upper" => unicode::upper,
                "lower" => unicode::lower,
                "casefold" => unicode::casefold,
                "title" => unicode::title,
                "capitalize" => unicode::capitalize,
                _ => unicode::swapcase,
            };
            Ok(from_string(f(s)))
        }
        "isalpha" | "isdecimal" | "isdigit" | "isnumeric" | "isalnum" | "isspace" | "isupper" | "islower"
        | "istitle" | "isprintable" | "isascii" | "isidentifier" => {
            check_args(name, args, 0, 0)?;
            let r = match name {
                "isalpha" => unicode::all_have(s, unicode::ALPHA),
                "isdecimal" => unicode::all_have(s, unicode::DECIMAL),
                "isdigit" => unicode::all_have(s, unicode::DIGIT),
                "isnumeric" => unicode::all_have(s, unicode::NUMERIC),
                "isalnum" => {
                    unicode::all_have(s, unicode::ALPHA | unicode::DECIMAL | unicode::DIGIT | unicode::NUMERIC)
                }
                "isspace" => unicode::all_have(s, unicode::SPACE),
                "isupper" => unicode::is_cased_as(s, true),
                "islower" => unicode::is_cased_as(s, false),
                "istitle" => unicode::is_title(s),
                "isprintable" => s.chars().all(|c| unicode::has(c, unicode::PRINTABLE)),
                "isascii" => s.is_ascii(),
                _ => unicode::is_identifier(s),
            };
            Ok(Value::bool(r))
        }
        "strip" | "lstrip" | "rstrip" => {
            check_args(name, args, 0, 1)?;
            let chars = strip_chars(args.first())?;
            let pred = |c: char| match &chars {
                Some(cs) => cs.contains(&c),
                None => is_space(c),
            };
            let t = match name {
                "strip" => s.trim_matches(pred),
                "lstrip" => s.trim_start_matches(pred),
                _ => s.trim_end_matches(pred),
            };
            Ok(new_str(t))
        }
        "split" | "rsplit" => {
            check_args(name, args, 0, 2)?;
            let maxsplit = i128::from(crate::args::opt_ssize(args.get(1), -1)?);
            let sep = match args.first() {
                None => None,
                Some(v) if v.is_none() => None,
                Some(&v) => Some(must_str(v, "must be str or None")?),
            };
            let parts = match sep {
                None if name == "split" => split_whitespace(s, maxsplit),
                None => {
                    let rev: String = s.chars().rev().collect();
                    let mut parts: Vec<Value> = split_whitespace(&rev, maxsplit)
                        .into_iter()
                        .map(|p| from_string(as_str(p).chars().rev().collect()))
                        .collect();
                    parts.reverse();
                    parts
                }
                Some("") => return crate::exceptions::fail(raise(&exceptions::VALUE_ERROR, "empty separator")),
                Some(sep) => {
                    let mut parts: Vec<Value> = if maxsplit < 0 {
                        s.split(sep).map(new_str).collect()
                    } else if name == "split" {
                        s.splitn(maxsplit as usize + 1, sep).map(new_str).collect()
                    } else {
                        s.rsplitn(maxsplit as usize + 1, sep).map(new_str).collect()
                    };
                    if name == "rsplit" && maxsplit >= 0 {
                        parts.reverse();
                    }
                    parts
                }
            };
            Ok(list::new(parts))
        }
        "join" => {
            check_args(name, args, 1, 1)?;
            let items = crate::iter::collect_or(args[0], "can only join an iterable")?;
            let mut out = String::new();
            for (i, item) in items.iter().enumerate() {
                if item.kind() != Kind::Str {
                    raise_type_error(&format!("sequence item {i}: expected str instance, {} found", item.type_name()));
                    return Err(());
                }
                if i > 0 {
                    out.push_str(s);
                }
                out.push_str(as_str(*item));
            }
            Ok(from_string(out))
        }
        "replace" => {
            check_args(name, args, 2, 3)?;
            let old = must_str(args[0], "replace() argument 1 must be str")?;
            let new = must_str(args[1], "replace() argument 2 must be str")?;
            let count = i128::from(crate::args::opt_ssize(args.get(2), -1)?);
            Ok(if count < 0 {
                from_string(s.replace(old, new))
            } else {
                from_string(s.replacen(old, new, count as usize))
            })
        }
        "startswith" | "endswith" => {
            check_args(name, args, 1, 3)?;
            let Some((a, b, _)) = sub_range(s, args.get(1), args.get(2))? else { return Ok(Value::bool(false)) };
            let hay = &s[a..b];
            let test = |p: &str| if name == "startswith" { hay.starts_with(p) } else { hay.ends_with(p) };
            let found = if args[0].kind() == Kind::Tuple {
                // The first match decides; later items are not checked (as in CPython).
                let mut any = false;
                for &p in crate::tuple::items(args[0]) {
                    if test(must_str(p, &format!("tuple for {name} must only contain str"))?) {
                        any = true;
                        break;
                    }
                }
                any
            } else if args[0].kind() == Kind::Str {
                test(as_str(args[0]))
            } else {
                raise_type_error(&format!(
                    "{name} first arg must be str or a tuple of str, not {}",
                    args[0].type_name()
                ));
                return Err(());
            };
            Ok(Value::bool(found))
        }
        "find" | "rfind" | "index" | "rindex" | "count" => {
            check_args(name, args, 1, 3)?;
            let sub = must_str(args[0], "must be str")?;
            let range = sub_range(s, args.get(1), args.get(2))?;
            if name == "count" {
                let Some((a, b, _)) = range else { return Ok(int::from_i64(0)) };
                let hay = &s[a..b];
                let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(sub).count() };
                return Ok(int::from_i64(n as i64));
            }
            let found = range.and_then(|(a, b, ca)| {
                let hay = &s[a..b];
                let pos = if name.starts_with('r') { hay.rfind(sub) } else { hay.find(sub) };
                pos.map(|p| (ca + char_index(hay, p)) as i64)
            });
            match found {
                Some(i) => Ok(int::from_i64(i)),
                None if name.ends_with("index") => {
                    crate::exceptions::fail(raise(&exceptions::VALUE_ERROR, "substring not found"))
                }
                None => Ok(int::from_i64(-1)),
            }
        }
        "ljust" | "rjust" | "center" => {
            check_args(name, args, 1, 2)?;
            let width = i128::from(crate::args::opt_ssize(args.first(), 0)?);
            let fill = match args.get(1) {
                None => ' ',
                Some(&f) => {
                    if f.kind() != Kind::Str {
                        raise_type_error(&format!(
                            "The fill character must be a unicode character, not {}",
                            f.type_name()
                        ));
                        return Err(());
                    }
                    let mut it = as_str(f).chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => c,
                        _ => {
                            raise_type_error("The fill character must be exactly one character long");
                            return Err(());
                        }
                    }
                }
            };
            let n = char_len(v) as i128;
            if width <= n {
                return Ok(v);
            }
            crate::args::check_size(width as u128 * fill.len_utf8() as u128)?;
            let (left, right) = justify_padding(name, width, (width - n) as usize);
            let f = fill.to_string();
            Ok(from_string(format!("{}{s}{}", f.repeat(left), f.repeat(right))))
        }
        "zfill" => {
            check_args(name, args, 1, 1)?;
            let width = i128::from(crate::args::opt_ssize(args.first(), 0)?);
            let n = char_len(v) as i128;
            if width <= n {
                return Ok(v);
            }
            crate::args::check_size(width as u128)?;
            let pad = "0".repeat((width - n) as usize);
            let out = match s.chars().next() {
                Some(c @ ('+' | '-')) => format!("{c}{pad}{}", &s[1..]),
                _ => format!("{pad}{s}"),
            };
            Ok(from_string(out))
        }
        "translate" => {
            check_args(name, args, 1, 1)?;
            Ok(from_string(translate(s, args[0])?))
        }
        "expandtabs" => {
            check_args(name, args, 0, 1)?;
            Ok(from_string(expandtabs(s, i128::from(crate::args::c_int_or(args.first(), 8)?))))
        }
        "splitlines" => {
            check_args(name, args, 0, 1)?;
            let keep = args.first().is_some_and(|&k| crate::ops::truthy(k).unwrap_or(false));
            let mut out = Vec::new();
            let mut start = 0;
            let bytes: Vec<(usize, char)> = s.char_indices().collect();
            let mut k = 0;
            while k < bytes.len() {
                let (i, c) = bytes[k];
                let is_break = matches!(
                    c,
                    '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
                );
                if is_break {
                    let mut end = i + c.len_utf8();
                    if c == '\r' && bytes.get(k + 1).is_some_and(|&(_, n)| n == '\n') {
                        end += 1;
                        k += 1;
                    }
                    out.push(new_str(if keep { &s[start..end] } else { &s[start..i] }));
                    start = end;
                }
                k += 1;
            }
            if start < s.len() {
                out.push(new_str(&s[start..]));
            }
            Ok(list::new(out))
        }
        "partition" | "rpartition" => {
            check_args(name, args, 1, 1)?;
            let sep = must_str(args[0], "must be str")?;
            if sep.is_empty() {
                return crate::exceptions::fail(raise(&exceptions::VALUE_ERROR, "empty separator"));
            }
            let found = if name == "partition" { s.find(sep) } else { s.rfind(sep) };
            let parts = match found {
                Some(i) => vec![new_str(&s[..i]), args[0], new_str(&s[i + sep.len()..])],
                None if name == "partition" => vec![v, new_str(""), new_str("")],
                None => vec![new_str(""), new_str(""), v],
            };
            Ok(crate::tuple::new(parts))
        }
        "encode" => {
            check_args(name, args, 0, 2)?;
            let text = |i: usize, what: &str, default: &'static str| match args.get(i) {
                None => Ok(default),
                Some(&a) if a.is_none() => Ok(default),
                Some(&a) if a.kind() == Kind::Str => Ok(as_str(a)),
                Some(&a) => {
                    raise_type_error(&format!(
                        "encode() argument '{what}' must be str, not {}",
                        crate::args::bad_type_name(a)
                    ));
                    Err(())
                }
            };
            let (encoding, errors) = (text(0, "encoding", "utf-8")?, text(1, "errors", "strict")?);
            Ok(crate::bytes::new_bytes(crate::codecs::encode(s, encoding, errors)?))
        }
        "removeprefix" => {
            check_args(name, args, 1, 1)?;
            let p = must_str(args[0], "removeprefix() argument must be str")?;
            Ok(s.strip_prefix(p).map_or(v, new_str))
        }
        "removesuffix" => {
            check_args(name, args, 1, 1)?;
            let p = must_str(args[0], "removesuffix() argument must be str")?;
            Ok(s.strip_suffix(p).map_or(v, new_str))
        }
        _ => Err(()),
    })();
    crate::exceptions::method_result(r)
}

/// The padding `ljust`, `rjust` or `center` (`name`) puts left and right of a text to reach
/// `width` (`pad` more than its length). CPython's centering puts the extra one on the right
/// unless both the padding and the width are odd. `bytes` shares it.
pub fn justify_padding(name: &str, width: i128, pad: usize) -> (usize, usize) {
    match name {
        "ljust" => (0, pad),
        "rjust" => (pad, 0),
        _ => {
            let left = pad / 2 + (pad & width as usize & 1);
            (left, pad - left)
        }
    }
}

/// `str.maketrans(x)` (a dict of ordinals or characters) or `str.maketrans(x, y[, z])`.
pub fn maketrans(args: &[Value]) -> Result<Value, ()> {
    check_args("maketrans", args, 1, 3)?;
    let table = crate::dict::new();
    let set = |k: char, v: Value| -> Result<(), ()> {
        if crate::dict::setitem(table, int::from_i64(i64::from(u32::from(k))), v) { Ok(()) } else { Err(()) }
    };
    if args.len() == 1 {
        let x = args[0];
        if x.kind() != Kind::Dict {
            raise_type_error("if you give only one argument to maketrans it must be a dict");
            return Err(());
        }
        let entries: Vec<crate::dict::Entry> = crate::dict::table(x).live().copied().collect();
        for e in entries {
            if e.key.kind() == Kind::Str {
                let mut cs = as_str(e.key).chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => set(c, e.value)?,
                    _ => {
                        raise(&exceptions::VALUE_ERROR, "string keys in translate table must be of length 1");
                        return Err(());
                    }
                }
            } else if int::is_int(e.key) {
                if !crate::dict::setitem(table, e.key, e.value) {
                    return Err(());
                }
            } else {
                raise_type_error("keys in translate table must be strings or integers");
                return Err(());
            }
        }
        return Ok(table);
    }
    let arg = |i: usize| -> Result<&'static str, ()> {
        must_str(args[i], &format!("maketrans() argument {} must be str", i + 1))
    };
    if args[0].kind() != Kind::Str {
        raise_type_error("first maketrans argument must be a string if there is a second argument");
        return Err(());
    }
    let (x, y) = (arg(0)?, arg(1)?);
    if x.chars().count() != y.chars().count() {
        raise(&exceptions::VALUE_ERROR, "the first two maketrans arguments must have equal length");
        return Err(());
    }
    for (a, b) in x.chars().zip(y.chars()) {
        set(a, int::from_i64(i64::from(u32::from(b))))?;
    }
    if args.len() == 3 {
        for c in arg(2)?.chars() {
            set(c, Value::none())?;
        }
    }
    Ok(table)
}

/// `s.translate(table)`: each character looked up by ordinal; a missing entry keeps it,
/// `None` deletes it, an int or str replaces it.
fn translate(s: &str, table: Value) -> Result<String, ()> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = int::from_i64(i64::from(u32::from(c)));
        let r = crate::ops::getitem(table, key);
        if r.is_null() {
            let e = exceptions::pending();
            if e.ty().is_subtype(&exceptions::LOOKUP_ERROR) {
                exceptions::take_pending();
                out.push(c);
                continue;
            }
            return Err(());
        }
        if r.is_none() {
            continue;
        }
        if r.kind() == Kind::Str {
            out.push_str(as_str(r));
        } else if int::is_int(r) {
            match int::to_i64(r).and_then(|i| u32::try_from(i).ok()).and_then(char::from_u32) {
                Some(m) => out.push(m),
                None => {
                    raise(&exceptions::VALUE_ERROR, "character mapping must be in range(0x110000)");
                    return Err(());
                }
            }
        } else {
            raise_type_error("character mapping must return integer, None or str");
            return Err(());
        }
    }
    Ok(out)
}

/// `s.expandtabs(tabsize=8)`: tabs to spaces up to the next multiple of `tabsize`; columns
/// restart after `\n` and `\r`.
fn expandtabs(s: &str, tabsize: i128) -> String {
    expand_tabs(s.chars(), tabsize, |c| c as u32).into_iter().collect()
}

/// `expandtabs` over the characters (or bytes) of a text, with `code` giving each one's code
/// (tab 9, newline 10, carriage return 13); tabs become spaces (`C::from(b' ')`).
pub fn expand_tabs<C: Copy + From<u8>>(
    text: impl Iterator<Item = C>,
    tabsize: i128,
    code: impl Fn(C) -> u32,
) -> Vec<C> {
    let mut out = Vec::new();
    let mut column: i128 = 0;
    for c in text {
        match code(c) {
            9 => {
                if tabsize > 0 {
                    let n = tabsize - column % tabsize;
                    out.extend(std::iter::repeat_n(C::from(b' '), n as usize));
                    column += n;
                }
            }
            10 | 13 => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

/// `s.format(*args, **kwargs)` and `s.format_map(mapping)`.
pub fn call_format(v: Value, name: &str, args: &[Value], kw: &[(&'static str, Value)]) -> Value {
    let fmt = as_str(v);
    let r = if name == "format" {
        let lookup = |key: &str| Ok(kw.iter().find(|(k, _)| *k == key).map(|&(_, v)| v));
        crate::format::str_format(fmt, Some(args), &lookup)
    } else {
        if args.len() != 1 || !kw.is_empty() {
            return raise_type_error(&format!("format_map() takes exactly one argument ({} given)", args.len()));
        }
        let mapping = args[0];
        let lookup = |key: &str| {
            let r = crate::ops::getitem(mapping, new_str(key));
            if r.is_null() { Err(()) } else { Ok(Some(r)) }
        };
        crate::format::str_format(fmt, None, &lookup)
    };
    r.map_or(Value::NULL, from_string)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn krait_str_const(ptr: *const u8, len: usize) -> Value {
    // SAFETY: codegen passes `len` bytes of valid UTF-8.
    let s = unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(ptr, len)) };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => char_str(c),
        // Constants that look like names are interned, as CPython does: attribute lookups
        // by them then find their key without comparing text.
        _ if s.chars().all(|c| c.is_alphanumeric() || c == '_') => crate::class::attr_key(s),
        _ => new_str(s),
    }
}
