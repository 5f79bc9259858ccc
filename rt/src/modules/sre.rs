//! `_sre`: the regular-expression engine under krait's `re` (which is written in Python,
//! `lower/stdlib/re.py`). It parses Python's pattern syntax (with `sre_parse`'s error
//! messages) and matches by backtracking, as CPython's `_sre` does, over the pattern's
//! characters: groups, named groups, backreferences, lookahead and lookbehind, greedy, lazy
//! and possessive repeats, atomic groups, conditionals, and the flags `IGNORECASE`,
//! `MULTILINE`, `DOTALL`, `VERBOSE` and `ASCII` (inline too).

use crate::exceptions::{self, raise_type_error};
use crate::object::{Kind, TypeObject, Value};
use crate::unicode::{self, ALPHA, DECIMAL, DIGIT, NUMERIC, SPACE};
use crate::{dict, int, native, str, tuple};

pub const NAMES: &[&str] = &["compile", "search", "info", "findall", "subn_literal"];

pub fn getattr(name: &str) -> Option<Value> {
    let f: crate::func::BuiltinEntry = match name {
        "compile" => sre_compile,
        "search" => sre_search,
        "info" => sre_info,
        "findall" => sre_findall,
        "subn_literal" => sre_subn_literal,
        _ => return None,
    };
    let name: &'static str = NAMES.iter().find(|n| **n == name)?;
    Some(super::builtin(f, name))
}

const IGNORECASE: i64 = 2;
const MULTILINE: i64 = 8;
const DOTALL: i64 = 16;
const UNICODE: i64 = 32;
const VERBOSE: i64 = 64;
const ASCII: i64 = 256;

/// What a class item or escape stands for.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Category {
    Digit,
    NotDigit,
    Word,
    NotWord,
    Space,
    NotSpace,
}

#[derive(Clone, Debug)]
enum ClassItem {
    Range(char, char),
    Cat(Category),
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Assert {
    /// `^` (at line starts with MULTILINE).
    Bol,
    /// `$`: the end, or before a final newline (at line ends with MULTILINE).
    Eol,
    /// `\A`
    Start,
    /// `\Z`
    End,
    /// `\b`, `\B`
    Boundary,
    NotBoundary,
}

#[derive(Clone, Debug)]
enum Node {
    Empty,
    Char(char),
    Any,
    Class(Vec<ClassItem>, bool),
    Assert(Assert),
    Group(Box<Node>, Option<usize>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: usize,
        max: usize,
        greedy: bool,
        possessive: bool,
    },
    Backref(usize),
    Look {
        node: Box<Node>,
        ahead: bool,
        negate: bool,
        width: usize,
    },
    Atomic(Box<Node>),
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
    /// A subpattern with its own flags (`(?i:...)`): (flags on, flags off).
    Flags(Box<Node>, i64),
}

/// A compiled pattern.
struct Program {
    /// A one-character node every match starts with, and the flags it is tested with: the
    /// search skips the positions where it fails.
    first: Option<(Node, i64)>,
    root: Node,
    groups: usize,
    names: Vec<(String, usize)>,
    flags: i64,
}

/// A pattern syntax error: the message and where.
struct SyntaxError(String, usize);

struct Parser<'p> {
    chars: &'p [char],
    pos: usize,
    flags: i64,
    groups: usize,
    names: Vec<(String, usize)>,
    /// Groups still open (a backreference to one is an error).
    open: Vec<usize>,
    /// The groups conditionals test, with where (checked once all groups are known).
    cond_refs: Vec<(usize, usize)>,
}

type P<T> = Result<T, SyntaxError>;

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn err<T>(&self, msg: impl Into<String>, at: usize) -> P<T> {
        Err(SyntaxError(msg.into(), at))
    }

    fn verbose(&self) -> bool {
        self.flags & VERBOSE != 0
    }

    /// Skips white space and comments in a verbose pattern.
    fn skip_verbose(&mut self) {
        if !self.verbose() {
            return;
        }
        loop {
            match self.peek() {
                Some(c) if c.is_whitespace() => self.pos += 1,
                Some('#') => {
                    while let Some(c) = self.peek() {
                        self.pos += 1;
                        if c == '\n' {
                            break;
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn alternation(&mut self) -> P<Node> {
        let mut branches = vec![self.sequence()?];
        while self.eat('|') {
            branches.push(self.sequence()?);
        }
        Ok(if branches.len() == 1 { branches.pop().unwrap_or(Node::Empty) } else { Node::Alt(branches) })
    }

    fn sequence(&mut self) -> P<Node> {
        let mut items = Vec::new();
        loop {
            self.skip_verbose();
            match self.peek() {
                None | Some('|') | Some(')') => break,
                _ => {}
            }
            let start = self.pos;
            let atom = self.atom()?;
            let atom = self.quantified(atom, start)?;
            items.push(atom);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    fn number(&mut self) -> Option<usize> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        if self.pos == start {
            return None;
        }
        self.chars[start..self.pos].iter().collect::<String>().parse().ok()
    }

    fn quantified(&mut self, atom: Node, start: usize) -> P<Node> {
        self.skip_verbose();
        let at = self.pos;
        let (min, max) = match self.peek() {
            Some('*') => {
                self.pos += 1;
                (0, usize::MAX)
            }
            Some('+') => {
                self.pos += 1;
                (1, usize::MAX)
            }
            Some('?') => {
                self.pos += 1;
                (0, 1)
            }
            Some('{') => {
                let save = self.pos;
                self.pos += 1;
                let lo = self.number();
                let hi = if self.eat(',') { self.number().map_or(Some(usize::MAX), Some) } else { lo };
                if !self.eat('}') || (lo.is_none() && hi.is_none()) {
                    // Not a repeat: a literal `{`.
                    self.pos = save;
                    return Ok(atom);
                }
                let (lo, hi) = (lo.unwrap_or(0), hi.unwrap_or(usize::MAX));
                if hi < lo {
                    return self.err("min repeat greater than max repeat", save + 1);
                }
                (lo, hi)
            }
            _ => return Ok(atom),
        };
        let _ = start;
        if matches!(atom, Node::Empty | Node::Assert(_)) {
            return self.err("nothing to repeat", at);
        }
        let greedy = !self.eat('?');
        let possessive = greedy && self.eat('+');
        if matches!(self.peek(), Some('*' | '+' | '?' | '{')) && !(self.peek() == Some('{') && !self.is_repeat_brace())
        {
            return self.err("multiple repeat", self.pos);
        }
        Ok(Node::Repeat { node: Box::new(atom), min, max, greedy, possessive })
    }

    fn is_repeat_brace(&self) -> bool {
        let mut i = self.pos + 1;
        let mut digits = false;
        while let Some(&c) = self.chars.get(i) {
            if c.is_ascii_digit() {
                digits = true;
            } else if c == ',' {
            } else {
                return c == '}' && digits;
            }
            i += 1;
        }
        false
    }

    fn atom(&mut self) -> P<Node> {
        let start = self.pos;
        let Some(c) = self.peek() else { return Ok(Node::Empty) };
        self.pos += 1;
        Ok(match c {
            '.' => Node::Any,
            '^' => Node::Assert(Assert::Bol),
            '$' => Node::Assert(Assert::Eol),
            '*' | '+' | '?' => return self.err("nothing to repeat", start),
            '[' => self.class(start)?,
            '(' => self.group(start)?,
            '\\' => self.escape(false)?,
            c => Node::Char(c),
        })
    }

    fn group(&mut self, start: usize) -> P<Node> {
        if self.eat('?') {
            let Some(c) = self.peek() else { return self.err("unexpected end of pattern", self.pos) };
            self.pos += 1;
            match c {
                ':' => return self.close_group(start, None),
                '>' => {
                    let inner = self.alternation()?;
                    self.expect_close(start)?;
                    return Ok(Node::Atomic(Box::new(inner)));
                }
                '=' | '!' => {
                    let inner = self.alternation()?;
                    self.expect_close(start)?;
                    return Ok(Node::Look { node: Box::new(inner), ahead: true, negate: c == '!', width: 0 });
                }
                '#' => {
                    while let Some(c) = self.peek() {
                        self.pos += 1;
                        if c == ')' {
                            return Ok(Node::Empty);
                        }
                    }
                    return self.err("missing ), unterminated comment", start);
                }
                '<' if matches!(self.peek(), Some('=' | '!')) => {
                    let negate = self.peek() == Some('!');
                    self.pos += 1;
                    let inner = self.alternation()?;
                    self.expect_close(start)?;
                    let Some(width) = fixed_width(&inner) else {
                        // CPython reports no position for this one.
                        let _ = start;
                        return self.err("look-behind requires fixed-width pattern", usize::MAX);
                    };
                    return Ok(Node::Look { node: Box::new(inner), ahead: false, negate, width });
                }
                'P' | '<' => {
                    if c == 'P' && self.eat('=') {
                        let name = self.name(')')?;
                        return match self.names.iter().find(|(n, _)| *n == name) {
                            Some(&(_, g)) => Ok(Node::Backref(g)),
                            None => self.err(format!("unknown group name '{name}'"), start + 4),
                        };
                    }
                    if c == 'P' && !self.eat('<') {
                        let at = self.pos;
                        return match self.peek() {
                            Some(ch) => self.err(format!("unknown extension ?P{ch}"), at - 1),
                            None => self.err("unexpected end of pattern", at),
                        };
                    }
                    let name_at = self.pos;
                    let name = self.name('>')?;
                    if self.names.iter().any(|(n, _)| *n == name) {
                        return self.err(
                            format!(
                                "redefinition of group name '{name}' as group {}; was group {}",
                                self.groups + 1,
                                self.names.iter().find(|(n, _)| *n == name).map_or(0, |x| x.1)
                            ),
                            name_at,
                        );
                    }
                    self.groups += 1;
                    let g = self.groups;
                    self.names.push((name, g));
                    return self.close_group(start, Some(g));
                }
                '(' => {
                    let at = self.pos;
                    let group = match self.number() {
                        Some(n) => n,
                        None => {
                            let name = self.name(')')?;
                            self.pos -= 1;
                            match self.names.iter().find(|(n, _)| *n == name) {
                                Some(&(_, g)) => g,
                                None => return self.err(format!("unknown group name '{name}'"), at),
                            }
                        }
                    };
                    if !self.eat(')') {
                        return self.err("missing ), unterminated name", at);
                    }
                    self.cond_refs.push((group, at));
                    let yes = self.sequence()?;
                    let no = if self.eat('|') { self.sequence()? } else { Node::Empty };
                    if self.peek() == Some('|') {
                        return self.err("conditional backref with more than two branches", self.pos);
                    }
                    self.expect_close(start)?;
                    return Ok(Node::Cond { group, yes: Box::new(yes), no: Box::new(no) });
                }
                _ => {
                    // Flags: `(?aiLmsux)` for the whole pattern, `(?i-s:...)` for a part.
                    self.pos -= 1;
                    let (on, off) = self.flag_letters()?;
                    if self.eat(')') {
                        if start != 0 && on & !self.flags != 0 {
                            return self.err("global flags not at the start of the expression", start);
                        }
                        self.flags |= on;
                        return Ok(Node::Empty);
                    }
                    if !self.eat(':') {
                        let at = self.pos;
                        return match self.peek() {
                            Some(ch) if ch.is_alphabetic() => self.err("unknown flag", at),
                            Some(_) => self.err("missing -, : or )", at),
                            None => self.err("missing -, : or )", at),
                        };
                    }
                    let saved = self.flags;
                    self.flags = (self.flags | on) & !off;
                    let inner = self.alternation();
                    let scoped = self.flags;
                    self.flags = saved;
                    let inner = inner?;
                    self.expect_close(start)?;
                    return Ok(Node::Flags(Box::new(inner), scoped));
                }
            }
        }
        self.groups += 1;
        let g = self.groups;
        self.close_group(start, Some(g))
    }

    fn flag_letters(&mut self) -> P<(i64, i64)> {
        let (mut on, mut off) = (0, 0);
        let mut minus = false;
        while let Some(c) = self.peek() {
            let f = match c {
                'i' => IGNORECASE,
                'm' => MULTILINE,
                's' => DOTALL,
                'x' => VERBOSE,
                'a' => ASCII,
                'u' => UNICODE,
                'L' => return self.err("bad inline flags: cannot use 'L' flag with a str pattern", self.pos),
                '-' if !minus => {
                    minus = true;
                    self.pos += 1;
                    continue;
                }
                _ => break,
            };
            if minus {
                off |= f;
            } else {
                on |= f;
            }
            self.pos += 1;
        }
        Ok((on, off))
    }

    fn name(&mut self, end: char) -> P<String> {
        let start = self.pos;
        let mut name = String::new();
        loop {
            match self.peek() {
                None => return self.err("missing >, unterminated name".replace('>', &end.to_string()), start),
                Some(c) if c == end => {
                    self.pos += 1;
                    break;
                }
                Some(c) => {
                    name.push(c);
                    self.pos += 1;
                }
            }
        }
        if name.is_empty() {
            return self.err("missing group name", start);
        }
        if !unicode::is_identifier(&name) {
            return self.err(format!("bad character in group name '{name}'"), start);
        }
        Ok(name)
    }

    fn expect_close(&mut self, start: usize) -> P<()> {
        if self.eat(')') { Ok(()) } else { self.err("missing ), unterminated subpattern", start) }
    }

    fn close_group(&mut self, start: usize, g: Option<usize>) -> P<Node> {
        if let Some(g) = g {
            self.open.push(g);
        }
        let inner = self.alternation()?;
        if g.is_some() {
            self.open.pop();
        }
        self.expect_close(start)?;
        Ok(Node::Group(Box::new(inner), g))
    }

    /// An escape after `\` (in a class with `in_class`).
    fn escape(&mut self, in_class: bool) -> P<Node> {
        let start = self.pos - 1;
        let Some(c) = self.peek() else { return self.err("bad escape (end of pattern)", start) };
        self.pos += 1;
        let cat = |c: Category| Ok(Node::Class(vec![ClassItem::Cat(c)], false));
        match c {
            'd' => cat(Category::Digit),
            'D' => cat(Category::NotDigit),
            'w' => cat(Category::Word),
            'W' => cat(Category::NotWord),
            's' => cat(Category::Space),
            'S' => cat(Category::NotSpace),
            'b' if in_class => Ok(Node::Char('\u{8}')),
            'b' => Ok(Node::Assert(Assert::Boundary)),
            'B' if !in_class => Ok(Node::Assert(Assert::NotBoundary)),
            'A' if !in_class => Ok(Node::Assert(Assert::Start)),
            'Z' if !in_class => Ok(Node::Assert(Assert::End)),
            'n' => Ok(Node::Char('\n')),
            't' => Ok(Node::Char('\t')),
            'r' => Ok(Node::Char('\r')),
            'f' => Ok(Node::Char('\u{c}')),
            'v' => Ok(Node::Char('\u{b}')),
            'a' => Ok(Node::Char('\u{7}')),
            'x' | 'u' | 'U' => {
                let n = match c {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let digits: String = self.chars[self.pos..].iter().take(n).collect();
                if digits.len() != n || !digits.chars().all(|d| d.is_ascii_hexdigit()) {
                    return self.err(format!("incomplete escape \\{c}{digits}"), start);
                }
                self.pos += n;
                let v = u32::from_str_radix(&digits, 16).unwrap_or(0);
                match char::from_u32(v) {
                    Some(ch) => Ok(Node::Char(ch)),
                    None => self.err(format!("bad escape \\{c}{digits}"), start),
                }
            }
            '0' => {
                let mut v = 0u32;
                let mut k = 0;
                while k < 2 && self.peek().is_some_and(|d| ('0'..='7').contains(&d)) {
                    v = v * 8 + self.peek().map_or(0, |d| d as u32 - '0' as u32);
                    self.pos += 1;
                    k += 1;
                }
                Ok(Node::Char(char::from_u32(v).unwrap_or('\0')))
            }
            '1'..='9' if !in_class => {
                self.pos -= 1;
                let at = self.pos;
                let n = self.number().unwrap_or(0);
                if n > self.groups || self.open.contains(&n) {
                    if self.open.contains(&n) {
                        return self.err("cannot refer to an open group", start);
                    }
                    return self.err(format!("invalid group reference {n}"), at);
                }
                Ok(Node::Backref(n))
            }
            c if c.is_ascii_alphanumeric() => self.err(format!("bad escape \\{c}"), start),
            c => Ok(Node::Char(c)),
        }
    }

    fn class(&mut self, start: usize) -> P<Node> {
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else { return self.err("unterminated character set", start) };
            if c == ']' && !first {
                self.pos += 1;
                break;
            }
            first = false;
            let item_at = self.pos;
            self.pos += 1;
            let lo = if c == '\\' {
                match self.escape(true)? {
                    Node::Char(ch) => ch,
                    Node::Class(mut cats, _) => {
                        items.append(&mut cats);
                        continue;
                    }
                    _ => return self.err("bad escape", item_at),
                }
            } else {
                c
            };
            if self.peek() == Some('-') && self.chars.get(self.pos + 1).is_some_and(|&n| n != ']') {
                self.pos += 1;
                let hc = self.peek().unwrap_or(']');
                self.pos += 1;
                let hi = if hc == '\\' {
                    match self.escape(true)? {
                        Node::Char(ch) => ch,
                        _ => {
                            let text: String = self.chars[item_at..self.pos].iter().collect();
                            return self.err(format!("bad character range {text}"), item_at);
                        }
                    }
                } else {
                    hc
                };
                if hi < lo {
                    let text: String = self.chars[item_at..self.pos].iter().collect();
                    return self.err(format!("bad character range {text}"), item_at);
                }
                items.push(ClassItem::Range(lo, hi));
            } else {
                items.push(ClassItem::Range(lo, lo));
            }
        }
        Ok(Node::Class(items, negated))
    }
}

/// The number of characters `n` always matches, if fixed.
fn fixed_width(n: &Node) -> Option<usize> {
    Some(match n {
        Node::Empty | Node::Assert(_) | Node::Look { .. } => 0,
        Node::Char(_) | Node::Any | Node::Class(..) => 1,
        Node::Group(inner, _) | Node::Atomic(inner) | Node::Flags(inner, _) => fixed_width(inner)?,
        Node::Concat(items) => items.iter().map(fixed_width).sum::<Option<usize>>()?,
        Node::Alt(items) => {
            let w = fixed_width(&items[0])?;
            if items.iter().all(|i| fixed_width(i) == Some(w)) { w } else { return None }
        }
        Node::Repeat { node, min, max, .. } if min == max => fixed_width(node)? * min,
        _ => return None,
    })
}

fn compile(pattern: &[char], flags: i64) -> Result<Program, SyntaxError> {
    let mut p =
        Parser { chars: pattern, pos: 0, flags, groups: 0, names: Vec::new(), open: Vec::new(), cond_refs: Vec::new() };
    // Global inline flags take effect for the whole pattern (a verbose flag changes parsing).
    let root = p.alternation()?;
    if p.pos < pattern.len() {
        if pattern[p.pos] == ')' {
            return Err(SyntaxError("unbalanced parenthesis".into(), p.pos));
        }
        return Err(SyntaxError("unexpected end of pattern".into(), p.pos));
    }
    if let Some(&(g, at)) = p.cond_refs.iter().find(|(g, _)| *g > p.groups) {
        return Err(SyntaxError(format!("invalid group reference {g}"), at));
    }
    let mut flags = p.flags;
    if flags & ASCII == 0 {
        flags |= UNICODE;
    }
    let root = Node::Flags(Box::new(root), flags);
    let first = first_char(&root, flags).map(|(n, f)| (n.clone(), f));
    Ok(Program { first, root, groups: p.groups, names: p.names, flags })
}

/// The one-character node every match of `n` must start with, if there is one.
fn first_char(n: &Node, flags: i64) -> Option<(&Node, i64)> {
    match n {
        Node::Char(_) | Node::Class(..) => Some((n, flags)),
        Node::Flags(inner, f) => first_char(inner, *f),
        Node::Group(inner, _) | Node::Atomic(inner) => first_char(inner, flags),
        Node::Repeat { node, min, .. } if *min >= 1 => first_char(node, flags),
        Node::Concat(items) => {
            for item in items {
                match item {
                    // Zero-width: the first character still has to be the next item's.
                    Node::Assert(_) | Node::Look { .. } | Node::Empty => continue,
                    _ => return first_char(item, flags),
                }
            }
            None
        }
        _ => None,
    }
}

// ---- matching ----

/// A repeat being matched: what repeats, and how often.
struct Rep<'n> {
    node: &'n Node,
    min: usize,
    max: usize,
    greedy: bool,
}

struct Matcher<'t> {
    text: &'t [char],
    end: usize,
    caps: Vec<(usize, usize)>,
    /// Steps taken, to poll for Ctrl-C now and then.
    steps: u64,
    interrupted: bool,
}

const UNSET: usize = usize::MAX;

fn fold(c: char) -> char {
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

fn is_word(c: char, ascii: bool) -> bool {
    if ascii {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        c == '_' || unicode::has(c, ALPHA | DECIMAL | DIGIT | NUMERIC)
    }
}

fn in_category(c: char, cat: Category, ascii: bool) -> bool {
    match cat {
        Category::Digit => {
            if ascii {
                c.is_ascii_digit()
            } else {
                unicode::has(c, DECIMAL)
            }
        }
        Category::NotDigit => !in_category(c, Category::Digit, ascii),
        Category::Word => is_word(c, ascii),
        Category::NotWord => !is_word(c, ascii),
        Category::Space => {
            if ascii {
                matches!(c, ' ' | '\t'..='\r')
            } else {
                unicode::has(c, SPACE)
            }
        }
        Category::NotSpace => !in_category(c, Category::Space, ascii),
    }
}

fn class_has(items: &[ClassItem], c: char, flags: i64) -> bool {
    let ascii = flags & ASCII != 0;
    let test = |c: char| {
        items.iter().any(|i| match *i {
            ClassItem::Range(lo, hi) => lo <= c && c <= hi,
            ClassItem::Cat(cat) => in_category(c, cat, ascii),
        })
    };
    if test(c) {
        return true;
    }
    if flags & IGNORECASE != 0 {
        let lower = fold(c);
        let upper = c.to_uppercase().next().unwrap_or(c);
        return (lower != c && test(lower)) || (upper != c && test(upper));
    }
    false
}

impl Matcher<'_> {
    /// Matches node `n` at `i` with `flags`, then the continuation `k`.
    fn m(&mut self, n: &Node, i: usize, flags: i64, k: &mut dyn FnMut(&mut Self, usize) -> bool) -> bool {
        self.steps += 1;
        if self.steps & 0xFFFF == 0 && crate::interrupt::take() {
            self.interrupted = true;
        }
        if self.interrupted {
            return false;
        }
        match n {
            Node::Empty => k(self, i),
            Node::Char(_) | Node::Any | Node::Class(..) => {
                if i < self.end && self.single(n, self.text[i], flags) {
                    k(self, i + 1)
                } else {
                    false
                }
            }
            Node::Assert(a) => self.assert(*a, i, flags) && k(self, i),
            Node::Flags(inner, f) => self.m(inner, i, *f, k),
            Node::Group(inner, None) => self.m(inner, i, flags, k),
            Node::Group(inner, Some(g)) => {
                let g = *g;
                self.m(inner, i, flags, &mut |s: &mut Self, j| {
                    let old = s.caps[g];
                    s.caps[g] = (i, j);
                    if k(s, j) {
                        return true;
                    }
                    s.caps[g] = old;
                    false
                })
            }
            Node::Concat(items) => self.seq(items, i, flags, k),
            Node::Alt(branches) => {
                for b in branches {
                    if self.m(b, i, flags, k) {
                        return true;
                    }
                    if self.interrupted {
                        return false;
                    }
                }
                false
            }
            Node::Repeat { node, min, max, greedy, possessive } => {
                if matches!(**node, Node::Char(_) | Node::Any | Node::Class(..)) {
                    return self.simple_repeat(node, i, *min, *max, *greedy, *possessive, flags, k);
                }
                if *possessive {
                    let mut count = 0;
                    let mut at = i;
                    while count < *max {
                        let mut next = None;
                        if !self.m(node, at, flags, &mut |_, j| {
                            next = Some(j);
                            true
                        }) {
                            break;
                        }
                        let j = next.unwrap_or(at);
                        count += 1;
                        if j == at {
                            break;
                        }
                        at = j;
                    }
                    return count >= *min && k(self, at);
                }
                self.repeat(&Rep { node, min: *min, max: *max, greedy: *greedy }, i, 0, flags, k)
            }
            Node::Backref(g) => {
                let (s, e) = self.caps[*g];
                if s == UNSET {
                    return false;
                }
                let len = e - s;
                if i + len > self.end {
                    return false;
                }
                let icase = flags & IGNORECASE != 0;
                for t in 0..len {
                    let (a, b) = (self.text[s + t], self.text[i + t]);
                    if a != b && !(icase && fold(a) == fold(b)) {
                        return false;
                    }
                }
                k(self, i + len)
            }
            Node::Look { node, ahead, negate, width } => {
                let start = if *ahead {
                    i
                } else if i >= *width {
                    i - width
                } else {
                    return *negate && k(self, i);
                };
                let saved = self.caps.clone();
                let end = self.end;
                if !*ahead {
                    self.end = i;
                }
                let found = self.m(node, start, flags, &mut |_, j| *ahead || j == i);
                self.end = end;
                if found == *negate {
                    self.caps = saved;
                    return false;
                }
                if *negate {
                    self.caps = saved;
                }
                if k(self, i) {
                    return true;
                }
                false
            }
            Node::Atomic(inner) => {
                let mut next = None;
                if !self.m(inner, i, flags, &mut |_, j| {
                    next = Some(j);
                    true
                }) {
                    return false;
                }
                k(self, next.unwrap_or(i))
            }
            Node::Cond { group, yes, no } => {
                let set = self.caps.get(*group).is_some_and(|c| c.0 != UNSET);
                self.m(if set { yes } else { no }, i, flags, k)
            }
        }
    }

    fn seq(&mut self, items: &[Node], i: usize, flags: i64, k: &mut dyn FnMut(&mut Self, usize) -> bool) -> bool {
        match items.split_first() {
            None => k(self, i),
            Some((first, rest)) => self.m(first, i, flags, &mut |s: &mut Self, j| s.seq(rest, j, flags, k)),
        }
    }

    /// A general repeat after `count` iterations, at `i`.
    fn repeat(
        &mut self,
        rep: &Rep,
        i: usize,
        count: usize,
        flags: i64,
        k: &mut dyn FnMut(&mut Self, usize) -> bool,
    ) -> bool {
        if count < rep.min {
            return self.step(rep, i, count, flags, k);
        }
        if rep.greedy {
            if count < rep.max && self.step(rep, i, count, flags, k) {
                return true;
            }
            k(self, i)
        } else {
            if k(self, i) {
                return true;
            }
            count < rep.max && self.step(rep, i, count, flags, k)
        }
    }

    /// One more iteration of a repeat, then the rest of it.
    fn step(
        &mut self,
        rep: &Rep,
        i: usize,
        count: usize,
        flags: i64,
        k: &mut dyn FnMut(&mut Self, usize) -> bool,
    ) -> bool {
        self.m(rep.node, i, flags, &mut |s: &mut Self, j| {
            // An iteration that matched nothing ends the repeat (as `_sre` does).
            if j == i && count >= rep.min {
                return false;
            }
            s.repeat(rep, j, count + 1, flags, k)
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn simple_repeat(
        &mut self,
        node: &Node,
        i: usize,
        min: usize,
        max: usize,
        greedy: bool,
        possessive: bool,
        flags: i64,
        k: &mut dyn FnMut(&mut Self, usize) -> bool,
    ) -> bool {
        let limit = max.min(self.end - i);
        if greedy {
            let mut n = 0;
            while n < limit && self.single(node, self.text[i + n], flags) {
                n += 1;
            }
            if n < min {
                return false;
            }
            if possessive {
                return k(self, i + n);
            }
            let mut c = n;
            loop {
                if k(self, i + c) {
                    return true;
                }
                if c == min || self.interrupted {
                    return false;
                }
                c -= 1;
            }
        }
        let mut c = 0;
        while c < min {
            if c >= limit || !self.single(node, self.text[i + c], flags) {
                return false;
            }
            c += 1;
        }
        loop {
            if k(self, i + c) {
                return true;
            }
            if c >= limit || self.interrupted || !self.single(node, self.text[i + c], flags) {
                return false;
            }
            c += 1;
        }
    }

    fn single(&self, n: &Node, c: char, flags: i64) -> bool {
        match n {
            Node::Char(x) => *x == c || (flags & IGNORECASE != 0 && fold(*x) == fold(c)),
            Node::Any => flags & DOTALL != 0 || c != '\n',
            Node::Class(items, negated) => class_has(items, c, flags) != *negated,
            _ => false,
        }
    }

    fn assert(&self, a: Assert, i: usize, flags: i64) -> bool {
        let n = self.text.len();
        let ascii = flags & ASCII != 0;
        match a {
            Assert::Bol => i == 0 || (flags & MULTILINE != 0 && self.text[i - 1] == '\n'),
            Assert::Eol => {
                i == n
                    || (i + 1 == n && self.text[i] == '\n')
                    || (flags & MULTILINE != 0 && i < n && self.text[i] == '\n')
            }
            Assert::Start => i == 0,
            Assert::End => i == n,
            Assert::Boundary | Assert::NotBoundary => {
                let before = i > 0 && is_word(self.text[i - 1], ascii);
                let after = i < self.end && is_word(self.text[i], ascii);
                (before != after) == (a == Assert::Boundary)
            }
        }
    }
}

// ---- the module's functions ----

static PROGRAM_TYPE: TypeObject = native::native_type("_sre.program");

fn not_callable(_: &native::NativeObj, _: &[Value], _: Value) -> Value {
    raise_type_error("'_sre.program' object is not callable")
}

fn program_repr(_: &native::NativeObj) -> Result<String, ()> {
    Ok("<_sre.program>".into())
}

/// The compiled program behind a program object (kept in its `names[0]`'s place: the
/// program is leaked once, its address held as an int).
fn program_of(v: Value) -> Option<&'static Program> {
    if v.kind() != Kind::Native || !core::ptr::eq(v.ty(), &PROGRAM_TYPE) {
        return None;
    }
    // SAFETY: the kind and type say this is a program object.
    let o = unsafe { v.obj::<native::NativeObj>() };
    let addr = crate::int::to_i64(o.data[0])? as usize;
    // SAFETY: `sre_compile` stored the address of a leaked `Program`.
    Some(unsafe { &*(addr as *const Program) })
}

/// Every compiled program (scanned by the collector, so the programs stay alive).
static PROGRAMS: crate::cell::Global<Vec<usize>> = crate::cell::Global::new(Vec::new());

/// The text of a str as characters, for the last str matched (strs never change).
static CHARS: crate::cell::Global<(Value, Vec<char>)> = crate::cell::Global::new((Value::NULL, Vec::new()));

fn chars_of(s: Value) -> &'static [char] {
    CHARS.with(|c| {
        if c.0 != s {
            c.1 = crate::gc::pointer_free(|| str::as_str(s).chars().collect());
            c.0 = s;
        }
        // SAFETY: the vector lives in a static until the next different str replaces it;
        // callers use the slice only within one call.
        unsafe { core::slice::from_raw_parts(c.1.as_ptr(), c.1.len()) }
    })
}

module_function!(sre_compile, |args, kw| {
    let _ = kw;
    let [pattern, flags] = args else {
        raise_type_error("_sre.compile() takes exactly 2 arguments");
        return Err(());
    };
    if pattern.kind() != Kind::Str {
        raise_type_error("krait's re supports str patterns only (bytes patterns are not supported yet)");
        return Err(());
    }
    let flags = crate::int::to_i64(*flags).unwrap_or(0);
    let chars: Vec<char> = str::as_str(*pattern).chars().collect();
    match compile(&chars, flags) {
        Ok(p) => {
            let addr = Box::into_raw(Box::new(p)) as usize;
            // The object holds the address as an int, which the collector does not follow:
            // the registry keeps every program alive (`re` caches them anyway).
            PROGRAMS.with(|r| r.push(addr));
            let addr = addr as i64;
            Ok(native::new(
                &PROGRAM_TYPE,
                not_callable,
                program_repr,
                vec![int::from_i64(addr)],
                Vec::new(),
                Vec::new(),
            ))
        }
        Err(SyntaxError(msg, pos)) => {
            // `re` turns this into `re.error(msg, pattern, pos)`.
            let e = exceptions::new_exception(
                &exceptions::VALUE_ERROR,
                tuple::new(vec![
                    str::from_string(msg),
                    if pos == usize::MAX { Value::none() } else { int::from_i64(pos as i64) },
                ]),
            );
            exceptions::set_pending(e);
            Err(())
        }
    }
});

// `info(program)`: `(groups, {name: index}, flags)`.
module_function!(sre_info, |args, kw| {
    let _ = kw;
    let Some(p) = args.first().and_then(|&v| program_of(v)) else {
        raise_type_error("_sre.info() expects a program");
        return Err(());
    };
    let d = dict::new();
    for (name, g) in &p.names {
        dict::setitem(d, str::new_str(name), int::from_i64(*g as i64));
    }
    Ok(tuple::new(vec![int::from_i64(p.groups as i64), d, int::from_i64(p.flags)]))
});

/// The first match of `p` in `text[..end]` at or after `start` (mode 0), at `start` (1), or
/// of all of `start..end` (2); with `must_advance`, not an empty one at `start`. Its group
/// spans (group 0 first; `UNSET` for groups that did not take part), or `Err` if Ctrl-C
/// interrupted it.
fn find(
    p: &Program,
    text: &[char],
    start: usize,
    end: usize,
    mode: i64,
    must_advance: bool,
) -> Result<Option<Vec<(usize, usize)>>, ()> {
    let mut m = Matcher { text, end, caps: vec![(UNSET, UNSET); p.groups + 1], steps: 0, interrupted: false };
    let mut at = start;
    loop {
        if mode == 0
            && let Some((first, fflags)) = &p.first
        {
            while at < end && !m.single(first, text[at], *fflags) {
                at += 1;
            }
            if at >= end {
                return Ok(None);
            }
        }
        let mut found = None;
        let full = mode == 2;
        let first = at == start;
        let hit = m.m(&p.root, at, p.flags, &mut |_, j| {
            if (full && j != end) || (must_advance && first && j == at) {
                return false;
            }
            found = Some(j);
            true
        });
        if m.interrupted {
            // `interrupt::take` raised KeyboardInterrupt.
            return Err(());
        }
        if hit {
            m.caps[0] = (at, found.unwrap_or(at));
            return Ok(Some(m.caps));
        }
        if mode != 0 || at >= end {
            return Ok(None);
        }
        at += 1;
        for c in &mut m.caps {
            *c = (UNSET, UNSET);
        }
    }
}

/// The program and the text of a call's first two arguments, and its `pos`/`endpos` as a
/// range of the text.
fn call_args(
    name: &str,
    prog: Value,
    string: Value,
    pos: Value,
    endpos: Value,
) -> Result<(&'static Program, &'static [char], usize, usize), ()> {
    let Some(p) = program_of(prog) else {
        raise_type_error(&format!("_sre.{name}() expects a program"));
        return Err(());
    };
    if string.kind() != Kind::Str {
        raise_type_error(&format!("expected string or bytes-like object, got '{}'", string.type_name()));
        return Err(());
    }
    let text = chars_of(string);
    let n = text.len() as i64;
    let clamp = |v: Value, default: i64| -> i64 {
        let x = crate::int::to_i64(v).unwrap_or(default);
        let x = if x < 0 { (x + n).max(0) } else { x };
        x.min(n)
    };
    let start = clamp(pos, 0) as usize;
    let end = (clamp(endpos, n) as usize).max(start);
    Ok((p, text, start, end))
}

fn text_of(text: &[char], s: usize, e: usize) -> Value {
    str::from_string(text[s..e].iter().collect())
}

// `search(program, string, pos, endpos, mode)`: the spans of the first match at or after
// `pos` (mode 0), or at `pos` (1: `match`), or of all of `pos:endpos` (2: `fullmatch`): a
// tuple `(start0, end0, start1, end1, ...)` with -1 for groups that did not take part; None
// when there is no match. Mode bit 4: not an empty match at `pos` (after an empty match, as
// `_sre`'s `must_advance`).
module_function!(sre_search, |args, kw| {
    let _ = kw;
    let [prog, string, pos, endpos, mode] = args else {
        raise_type_error("_sre.search() takes exactly 5 arguments");
        return Err(());
    };
    let (p, text, start, end) = call_args("search", *prog, *string, *pos, *endpos)?;
    let mode = crate::int::to_i64(*mode).unwrap_or(0);
    match find(p, text, start, end, mode & 3, mode & 4 != 0)? {
        None => Ok(Value::none()),
        Some(caps) => {
            let mut spans = Vec::with_capacity(2 * caps.len());
            for (s, e) in caps {
                let (s, e) = if s == UNSET { (-1, -1) } else { (s as i64, e as i64) };
                spans.push(int::from_i64(s));
                spans.push(int::from_i64(e));
            }
            Ok(tuple::new(spans))
        }
    }
});

/// Each successive match (as `re`'s `finditer` makes them) passed to `f`.
fn each_match(
    p: &Program,
    text: &[char],
    mut pos: usize,
    end: usize,
    mut f: impl FnMut(&[(usize, usize)]) -> bool,
) -> Result<(), ()> {
    let mut must_advance = false;
    while pos <= end {
        let Some(caps) = find(p, text, pos, end, 0, must_advance)? else { break };
        let (s, e) = caps[0];
        if !f(&caps) {
            break;
        }
        must_advance = s == e;
        pos = e;
    }
    Ok(())
}

// `findall(program, string, pos, endpos)`: `re`'s `findall`.
module_function!(sre_findall, |args, kw| {
    let _ = kw;
    let [prog, string, pos, endpos] = args else {
        raise_type_error("_sre.findall() takes exactly 4 arguments");
        return Err(());
    };
    let (p, text, start, end) = call_args("findall", *prog, *string, *pos, *endpos)?;
    let mut out = Vec::new();
    let group = |caps: &[(usize, usize)], g: usize| {
        let (s, e) = caps[g];
        if s == UNSET { str::new_str("") } else { text_of(text, s, e) }
    };
    each_match(p, text, start, end, |caps| {
        out.push(match p.groups {
            0 => group(caps, 0),
            1 => group(caps, 1),
            n => tuple::new((1..=n).map(|g| group(caps, g)).collect()),
        });
        true
    })?;
    Ok(crate::list::new(out))
});

// `subn_literal(program, string, replacement, count)`: `re`'s `subn` with a replacement that
// refers to no group: `(new string, number of replacements)`.
module_function!(sre_subn_literal, |args, kw| {
    let _ = kw;
    let [prog, string, repl, count] = args else {
        raise_type_error("_sre.subn_literal() takes exactly 4 arguments");
        return Err(());
    };
    let n = chars_of(*string).len() as i64;
    let (p, text, start, end) = call_args("subn_literal", *prog, *string, int::from_i64(0), int::from_i64(n))?;
    let repl = str::as_str(*repl);
    let count = int::to_i64(*count).unwrap_or(0);
    let mut out = String::new();
    let mut last = 0;
    let mut done = 0i64;
    each_match(p, text, start, end, |caps| {
        if count > 0 && done >= count {
            return false;
        }
        let (s, e) = caps[0];
        out.extend(&text[last..s]);
        out.push_str(repl);
        last = e;
        done += 1;
        true
    })?;
    out.extend(&text[last..]);
    Ok(tuple::new(vec![str::from_string(out), int::from_i64(done)]))
});
