//! Character properties and case mappings exactly as CPython 3.12's `str` methods use them
//! (Unicode 15.0.0, from the generated [`unicode_data`](crate::unicode_data) tables), and the
//! string-level case operations built on them (`lower` with the final-sigma rule, `title`, …).

use crate::unicode_data::{self as data, FLAG_RUNS};

pub use crate::unicode_data::{
    ALPHA, CASE_IGNORABLE, CASED, DECIMAL, DIGIT, LINEBREAK, LOWER, NUMERIC, PRINTABLE, SPACE, TITLE, UPPER,
    XID_CONTINUE, XID_START,
};

const CAPITAL_SIGMA: char = '\u{3a3}';

/// The flags of the ASCII characters, computed from the runs at compile time.
static ASCII_FLAGS: [u16; 128] = {
    let mut table = [0u16; 128];
    let mut run = 0;
    let mut cp = 0;
    while cp < 128 {
        while run + 1 < FLAG_RUNS.len() && FLAG_RUNS[run + 1].0 <= cp as u32 {
            run += 1;
        }
        table[cp] = FLAG_RUNS[run].1;
        cp += 1;
    }
    table
};

/// The property flags of a code point.
pub fn flags(c: char) -> u16 {
    let cp = c as u32;
    if cp < 128 {
        return ASCII_FLAGS[cp as usize];
    }
    let i = FLAG_RUNS.partition_point(|&(start, _)| start <= cp);
    FLAG_RUNS[i - 1].1
}

pub fn has(c: char, flag: u16) -> bool {
    flags(c) & flag != 0
}

/// The value of a decimal digit (`int()` and `float()` accept every script's digits).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if !has(c, DECIMAL) {
        return None;
    }
    let cp = c as u32;
    let i = data::DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    Some(cp - data::DECIMAL_ZEROS[i - 1])
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`, which `int()` and `float()` apply
/// before parsing: white space becomes `' '` and every script's decimal digits ASCII digits.
/// `None` if another non-ASCII character occurs (the text cannot be a number).
pub fn decimal_and_space_to_ascii(s: &str) -> Option<std::borrow::Cow<'_, str>> {
    if s.is_ascii() {
        return Some(std::borrow::Cow::Borrowed(s));
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if has(c, SPACE) {
            out.push(' ');
        } else {
            out.push(char::from_digit(decimal_value(c)?, 10)?);
        }
    }
    Some(std::borrow::Cow::Owned(out))
}

fn mapping(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let cp = c as u32;
    table.binary_search_by_key(&cp, |&(k, _)| k).ok().map(|i| table[i].1)
}

fn push_mapped(out: &mut String, table: &'static [(u32, &'static str)], c: char) {
    match mapping(table, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

/// `σ` or, at the end of a word, `ς`: CPython's `handle_capital_sigma` for the sigma at `i`.
fn lower_sigma(chars: &[char], i: usize) -> char {
    let ignorable = |c: char| has(c, CASE_IGNORABLE);
    let before = chars[..i].iter().rev().copied().find(|&c| !ignorable(c));
    let mut is_final = before.is_some_and(|c| has(c, CASED));
    if is_final {
        let after = chars[i + 1..].iter().copied().find(|&c| !ignorable(c));
        is_final = !after.is_some_and(|c| has(c, CASED));
    }
    if is_final { '\u{3c2}' } else { '\u{3c3}' }
}

/// CPython's `lower_ucs4`: the full lowercase mapping, with the final-sigma rule.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    if chars[i] == CAPITAL_SIGMA {
        out.push(lower_sigma(chars, i));
    } else {
        push_mapped(out, data::LOWER_MAP, chars[i]);
    }
}

pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower(&mut out, &chars, i);
    }
    out
}

pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_mapped(&mut out, data::UPPER_MAP, c);
    }
    out
}

pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_mapped(&mut out, data::FOLD_MAP, c);
    }
    out
}

/// `str.title()`: title case after a non-cased character, lower case after a cased one.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_mapped(&mut out, data::TITLE_MAP, c);
        }
        previous_is_cased = has(c, CASED);
    }
    out
}

/// `str.capitalize()`: the first character in title case, the rest lowered.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_mapped(&mut out, data::TITLE_MAP, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        let f = flags(c);
        if f & UPPER != 0 {
            push_lower(&mut out, &chars, i);
        } else if f & LOWER != 0 {
            push_mapped(&mut out, data::UPPER_MAP, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `isupper()` (or with `upper` false, `islower()`): some cased character, and none of the
/// other case or title case.
pub fn is_cased_as(s: &str, upper: bool) -> bool {
    let (want, reject) = if upper { (UPPER, LOWER | TITLE) } else { (LOWER, UPPER | TITLE) };
    let mut cased = false;
    for c in s.chars() {
        let f = flags(c);
        if f & reject != 0 {
            return false;
        }
        cased |= f & want != 0;
    }
    cased
}

pub fn is_title(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        let f = flags(c);
        if f & (UPPER | TITLE) != 0 {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if f & LOWER != 0 {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

pub fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if has(c, XID_START) => cs.all(|c| has(c, XID_CONTINUE)),
        _ => false,
    }
}

/// Whether every character has one of `any_of` (false for the empty string).
pub fn all_have(s: &str, any_of: u16) -> bool {
    !s.is_empty() && s.chars().all(|c| flags(c) & any_of != 0)
}
