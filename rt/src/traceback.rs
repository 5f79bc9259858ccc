//! The text of an uncaught exception, as CPython 3.12's `traceback.TracebackException`
//! formats it: each exception with its traceback, the chain of causes and contexts, and
//! exception groups drawn as nested boxes of their sub-exceptions.

use crate::exception_group::is_group;
use crate::exceptions::{
    CodeInfo, Location, SourceFile, TbEntry, bytes_str, exc, exc_str, is_exception, notes, raise_type_error,
    take_pending,
};
use crate::native::{self, NativeObj};
use crate::object::TypeObject;
use crate::object::{Kind, Value};
use crate::tuple;

/// How many sub-exceptions of a group are shown, and how deeply groups nest, before the
/// rest is summarised (CPython's defaults).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

const CAUSE_MESSAGE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

/// Formats an exception with everything chained to it (what an uncaught one prints).
pub fn format_exception(v: Value) -> String {
    format_chunks(v, None, true).concat()
}

/// The same text in the pieces `traceback.format_exception` returns: a heading, each
/// frame, each exception's message line(s).
pub fn format_chunks(v: Value, limit: Option<i64>, chain: bool) -> Vec<String> {
    let tree = Tree::build(v);
    let mut f = Formatter { tree: &tree, out: Vec::new(), limit, chain, depth: 0, need_close: false };
    f.format(0);
    f.out
}

/// One exception to show, with the exceptions shown chained to it (CPython's
/// `TracebackException`).
struct Node {
    exc: Value,
    cause: Option<usize>,
    context: Option<usize>,
    /// The sub-exceptions of a group.
    exceptions: Option<Vec<usize>>,
}

/// The exceptions to show. Each exception is shown once as a cause or context (a chain that
/// loops stops there), found in CPython's order, which decides where a repeated one goes.
struct Tree {
    nodes: Vec<Node>,
}

impl Tree {
    fn build(v: Value) -> Tree {
        let mut tree = Tree { nodes: Vec::new() };
        let mut seen = Vec::new();
        let root = tree.add(v, &mut seen);
        let mut queue = vec![root];
        while let Some(i) = queue.pop() {
            let e = exc(tree.nodes[i].exc);
            let chained = |x: Value, seen: &Vec<Value>| !x.is_null() && is_exception(x) && !seen.contains(&x);
            let cause = chained(e.cause, &seen).then(|| tree.add(e.cause, &mut seen));
            let need_context = cause.is_none() && !e.suppress_context;
            let context = (need_context && chained(e.context, &seen)).then(|| tree.add(e.context, &mut seen));
            let exceptions = is_group(tree.nodes[i].exc)
                .then(|| tuple::items(e.exceptions).iter().map(|&sub| tree.add(sub, &mut seen)).collect::<Vec<_>>());
            queue.extend(cause);
            queue.extend(context);
            queue.extend(exceptions.iter().flatten());
            let node = &mut tree.nodes[i];
            (node.cause, node.context, node.exceptions) = (cause, context, exceptions);
        }
        tree
    }

    fn add(&mut self, exc: Value, seen: &mut Vec<Value>) -> usize {
        seen.push(exc);
        self.nodes.push(Node { exc, cause: None, context: None, exceptions: None });
        self.nodes.len() - 1
    }
}

/// Writes the text, indented inside the boxes of the groups being shown.
struct Formatter<'t> {
    tree: &'t Tree,
    out: Vec<String>,
    /// How many frames of each traceback to show (`traceback.format_exception(limit=)`).
    limit: Option<i64>,
    /// Whether causes and contexts are shown.
    chain: bool,
    /// How many group boxes enclose the text.
    depth: usize,
    /// Whether the box being drawn still needs its bottom line.
    need_close: bool,
}

impl Formatter<'_> {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text` as one piece, every line indented and, inside a box, behind its margin.
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        let mut chunk = String::new();
        for line in text.split_inclusive('\n') {
            chunk.push_str(&prefix);
            chunk.push_str(line);
        }
        self.out.push(chunk);
    }

    fn emit_all(&mut self, pieces: Vec<String>) {
        for p in pieces {
            self.emit(&p, '|');
        }
    }

    /// The frames an exception passed through, oldest first, one piece each (with a
    /// `limit`, the first that many, or for a negative one the last).
    fn emit_stack(&mut self, v: Value) {
        let entries = &exc(v).traceback;
        let n = entries.len();
        let keep = match self.limit {
            None => 0..n,
            Some(l) if l >= 0 => 0..(l as usize).min(n),
            Some(l) => n.saturating_sub(l.unsigned_abs() as usize)..n,
        };
        let outermost_first: Vec<TbEntry> = entries.iter().rev().copied().collect();
        for f in format_frames(&outermost_first[keep]) {
            self.emit(&f, '|');
        }
    }

    /// Node `i`, after the chain of causes and contexts that led to it.
    fn format(&mut self, i: usize) {
        // Each node with the message that joins it to the node chained to it.
        let mut chain = Vec::new();
        let mut cur = Some(i);
        while let Some(n) = cur {
            let node = &self.tree.nodes[n];
            let next = match (node.cause, node.context) {
                _ if !self.chain => None,
                (Some(c), _) => Some((CAUSE_MESSAGE, c)),
                (None, Some(c)) if !exc(node.exc).suppress_context => Some((CONTEXT_MESSAGE, c)),
                _ => None,
            };
            chain.push((next.map(|(msg, _)| msg), n));
            cur = next.map(|(_, c)| c);
        }
        for &(msg, n) in chain.iter().rev() {
            if let Some(msg) = msg {
                self.emit(msg, '|');
            }
            self.format_one(n);
        }
    }

    /// One exception: its traceback and message, and a group's sub-exceptions.
    fn format_one(&mut self, n: usize) {
        let node = &self.tree.nodes[n];
        let v = node.exc;
        let Some(subs) = node.exceptions.clone() else {
            if !exc(v).traceback.is_empty() {
                self.emit("Traceback (most recent call last):\n", '|');
                self.emit_stack(v);
            }
            self.emit_all(exception_only(v));
            return;
        };
        if self.depth > MAX_GROUP_DEPTH {
            self.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
            return;
        }
        let toplevel = self.depth == 0;
        if toplevel {
            self.depth += 1;
        }
        if !exc(v).traceback.is_empty() {
            self.emit("Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
            self.emit_stack(v);
        }
        self.emit_all(exception_only(v));
        let shown = if subs.len() <= MAX_GROUP_WIDTH { subs.len() } else { MAX_GROUP_WIDTH + 1 };
        self.need_close = false;
        for (i, &sub) in subs.iter().take(shown).enumerate() {
            let last = i == shown - 1;
            if last {
                self.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            let corner = if i == 0 { "+-" } else { "  " };
            self.out.push(format!("{}{corner}+---------------- {title} ----------------\n", self.indent()));
            self.depth += 1;
            if truncated {
                let remaining = subs.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                self.emit(&format!("and {remaining} more exception{plural}\n"), '|');
            } else {
                self.format(sub);
            }
            if last && self.need_close {
                self.out.push(format!("{}+------------------------------------\n", self.indent()));
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if toplevel {
            self.depth = 0;
        }
    }
}

/// Consecutive entries for the same place shown at most this many times
/// (`traceback._RECURSIVE_CUTOFF`).
const RECURSIVE_CUTOFF: usize = 3;

/// The frames of a stack, outermost first, as `StackSummary.format` shows them: a run of
/// entries at the same file, line and function beyond the cutoff becomes one
/// "[Previous line repeated N more times]" line.
fn format_frames(entries: &[TbEntry]) -> Vec<String> {
    let place = |e: &TbEntry| {
        let (code, file, loc) = entry_parts(e);
        (bytes_str(file.path, file.path_len), loc.line, bytes_str(code.name, code.name_len))
    };
    let repeated = |count: usize| {
        let n = count - RECURSIVE_CUTOFF;
        format!("  [Previous line repeated {n} more time{}]\n", if n > 1 { "s" } else { "" })
    };
    let mut out = Vec::new();
    let mut last = None;
    let mut count = 0;
    for e in entries {
        let here = place(e);
        if last != Some(here) {
            if count > RECURSIVE_CUTOFF {
                out.push(repeated(count));
            }
            last = Some(here);
            count = 0;
        }
        count += 1;
        if count <= RECURSIVE_CUTOFF {
            out.push(frame(e));
        }
    }
    if count > RECURSIVE_CUTOFF {
        out.push(repeated(count));
    }
    out
}

/// One frame of a traceback: where, and the source line with its carets.
fn frame(entry: &TbEntry) -> String {
    let (code, file, loc) = entry_parts(entry);
    let path = bytes_str(file.path, file.path_len);
    let name = bytes_str(code.name, code.name_len);
    let mut out = format!("  File \"{path}\", line {}, in {name}\n", loc.line);
    if let Some(src) = source_line(file, loc.line) {
        out.push_str(&format!("    {src}\n"));
        if loc.carets_len > 0 {
            out.push_str(bytes_str(loc.carets, loc.carets_len));
            out.push('\n');
        }
    }
    out
}

fn entry_parts(entry: &TbEntry) -> (&'static CodeInfo, &'static SourceFile, &'static Location) {
    // SAFETY: code infos, their files and locations are static data emitted by codegen.
    unsafe { (&*entry.code, &*(*entry.code).file, &*entry.loc) }
}

fn source_line(file: &SourceFile, line: u32) -> Option<String> {
    let text = bytes_str(file.text, file.text_len);
    let l = text.lines().nth(line.checked_sub(1)? as usize)?;
    let t = l.trim();
    if t.is_empty() { None } else { Some(t.to_string()) }
}

/// The exception's type and message, then its notes (PEP 678), one piece each.
pub fn exception_only(v: Value) -> Vec<String> {
    let name = type_label(v);
    let msg = exc_str(v).unwrap_or_else(|()| {
        take_pending();
        "<exception str() failed>".into()
    });
    if exc(v).suffix.is_empty() {
        exc(v).suffix = crate::suggest::late_attribute_suffix(v);
    }
    let suffix = &exc(v).suffix;
    let mut out = vec![if msg.is_empty() && suffix.is_empty() {
        format!("{name}\n")
    } else {
        format!("{name}: {msg}{suffix}\n")
    }];
    if let Some(notes) = notes(v) {
        for &n in crate::list::items(notes).iter() {
            let text = if n.kind() == Kind::Str {
                crate::str::as_str(n).to_string()
            } else {
                crate::repr::repr_string(n).unwrap_or_else(|()| {
                    take_pending();
                    "<note str() failed>".into()
                })
            };
            out.push(format!("{text}\n"));
        }
    }
    out
}

/// How a traceback names an exception's class: its qualified name, after its module unless
/// that is `__main__` (as `traceback.TracebackException` does).
fn type_label(v: Value) -> String {
    match crate::class::of_type(v.ty()) {
        Some(c) => match crate::class::namespace_get(c.dict, "__module__") {
            Some(m) if m.kind() == Kind::Str && !matches!(crate::str::as_str(m), "__main__" | "builtins") => {
                format!("{}.{}", crate::str::as_str(m), c.qualname)
            }
            _ => c.qualname.to_string(),
        },
        None => v.ty().name.to_string(),
    }
}

// ---- traceback, frame and code objects ----

static TRACEBACK_TYPE: TypeObject = native::native_type("traceback");
static FRAME_TYPE: TypeObject = native::native_type("frame");
static CODE_TYPE: TypeObject = native::native_type("code");

/// `e.__traceback__`: the traceback from the outermost frame the exception has passed
/// through, or None before it has passed through any. A traceback object is the exception
/// and a position in its entries (counted from the innermost, so the entries the exception
/// gathers later leave it unchanged).
pub fn traceback_of(e: Value) -> Value {
    match exc(e).traceback.len() {
        0 => Value::none(),
        n => view(&TRACEBACK_TYPE, e, n - 1),
    }
}

fn view(ty: &'static TypeObject, e: Value, pos: usize) -> Value {
    native::new(ty, not_callable, view_repr, vec![e, crate::int::from_i64(pos as i64)], Vec::new(), Vec::new())
}

fn not_callable(o: &NativeObj, _: &[Value], _: Value) -> Value {
    raise_type_error(&format!("'{}' object is not callable", o.header.ty.name))
}

/// The exception and position a traceback, frame or code object shows.
fn parts(o: &NativeObj) -> (Value, usize) {
    (o.data[0], o.data[1].as_small() as usize)
}

fn entry_of(o: &NativeObj) -> &'static TbEntry {
    let (e, pos) = parts(o);
    &exc(e).traceback[pos]
}

fn view_repr(o: &NativeObj) -> Result<String, ()> {
    let (code, file, loc) = entry_parts(entry_of(o));
    let path = bytes_str(file.path, file.path_len);
    let name = bytes_str(code.name, code.name_len);
    let addr = core::ptr::from_ref(o) as usize;
    Ok(match o.header.ty.name {
        "frame" => format!("<frame at {addr:#x}, file '{path}', line {}, code {name}>", loc.line),
        "code" => format!("<code object {name} at {addr:#x}, file \"{path}\">"),
        _ => format!("<traceback object at {addr:#x}>"),
    })
}

fn native_obj(v: Value) -> &'static NativeObj {
    // SAFETY: callers check the kind is Native.
    unsafe { v.obj::<NativeObj>() }
}

/// Whether `v` is a traceback object.
pub fn is_traceback(v: Value) -> bool {
    !v.is_small_int() && core::ptr::eq(v.ty(), &TRACEBACK_TYPE)
}

/// The attributes of traceback (`tb_next`, `tb_lineno`, `tb_frame`), frame (`f_code`,
/// `f_lineno`, `f_back`) and code (`co_name`, `co_filename`, `co_qualname`) objects.
pub fn object_getattr(v: Value, name: &str) -> Option<Value> {
    let ty = v.ty();
    let of_view = [&TRACEBACK_TYPE, &FRAME_TYPE, &CODE_TYPE].iter().any(|t| core::ptr::eq(*t, ty));
    if !of_view {
        return None;
    }
    let o = native_obj(v);
    let (e, pos) = parts(o);
    let (code, file, loc) = entry_parts(entry_of(o));
    let line = || crate::int::from_i64(i64::from(loc.line));
    Some(match (ty.name, name) {
        ("traceback", "tb_next") => {
            if pos == 0 {
                Value::none()
            } else {
                view(&TRACEBACK_TYPE, e, pos - 1)
            }
        }
        ("traceback", "tb_lineno") | ("frame", "f_lineno") => line(),
        ("traceback", "tb_frame") => view(&FRAME_TYPE, e, pos),
        ("frame", "f_code") => view(&CODE_TYPE, e, pos),
        ("frame", "f_back") => {
            if pos + 1 < exc(e).traceback.len() {
                view(&FRAME_TYPE, e, pos + 1)
            } else {
                Value::none()
            }
        }
        ("code", "co_name" | "co_qualname") => crate::str::new_str(bytes_str(code.name, code.name_len)),
        ("code", "co_filename") => crate::str::new_str(bytes_str(file.path, file.path_len)),
        _ => return None,
    })
}

/// The entries a traceback object stands for (from its frame inwards), for
/// `with_traceback(tb)`; `Err` with `TypeError` for anything but a traceback or None.
pub fn entries_of(tb: Value) -> Result<Vec<TbEntry>, ()> {
    if tb.is_none() {
        return Ok(Vec::new());
    }
    if !is_traceback(tb) {
        raise_type_error("__traceback__ must be a traceback or None");
        return Err(());
    }
    let (e, pos) = parts(native_obj(tb));
    Ok(exc(e).traceback[..=pos].to_vec())
}

/// The frames of a traceback object (`traceback.format_tb`), outermost first.
pub fn format_tb(tb: Value) -> Result<Vec<String>, ()> {
    let outermost_first: Vec<TbEntry> = entries_of(tb)?.into_iter().rev().collect();
    Ok(format_frames(&outermost_first))
}
