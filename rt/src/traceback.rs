//! The text of an uncaught exception, as CPython 3.12's `traceback.TracebackException`
//! formats it: each exception with its traceback, the chain of causes and contexts, and
//! exception groups drawn as nested boxes of their sub-exceptions.

use crate::exception_group::is_group;
use crate::exceptions::{SourceFile, TbEntry, bytes_str, exc, exc_str, is_exception, notes, take_pending};
use crate::object::{Kind, Value};
use crate::tuple;

/// How many sub-exceptions of a group are shown, and how deeply groups nest, before the
/// rest is summarised (CPython's defaults).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

const CAUSE_MESSAGE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

/// Formats an uncaught exception with everything chained to it.
pub fn format_exception(v: Value) -> String {
    let tree = Tree::build(v);
    let mut f = Formatter { tree: &tree, out: String::new(), depth: 0, need_close: false };
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
    out: String,
    /// How many group boxes enclose the text.
    depth: usize,
    /// Whether the box being drawn still needs its bottom line.
    need_close: bool,
}

impl Formatter<'_> {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text`, every line indented and, inside a box, behind its margin.
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
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
                self.emit(&stack(v), '|');
            }
            self.emit(&exception_only(v), '|');
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
            self.emit(&stack(v), '|');
        }
        self.emit(&exception_only(v), '|');
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
            self.out.push_str(&format!("{}{corner}+---------------- {title} ----------------\n", self.indent()));
            self.depth += 1;
            if truncated {
                let remaining = subs.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                self.emit(&format!("and {remaining} more exception{plural}\n"), '|');
            } else {
                self.format(sub);
            }
            if last && self.need_close {
                self.out.push_str(&format!("{}+------------------------------------\n", self.indent()));
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if toplevel {
            self.depth = 0;
        }
    }
}

/// The frames an exception passed through, oldest first, with their source lines.
fn stack(v: Value) -> String {
    let mut out = String::new();
    for entry in exc(v).traceback.iter().rev() {
        frame(entry, &mut out);
    }
    out
}

fn frame(entry: &TbEntry, out: &mut String) {
    // SAFETY: code infos and locations are static data emitted by codegen.
    let (code, loc) = unsafe { (&*entry.code, &*entry.loc) };
    // SAFETY: as above.
    let file = unsafe { &*code.file };
    let path = bytes_str(file.path, file.path_len);
    let name = bytes_str(code.name, code.name_len);
    out.push_str(&format!("  File \"{path}\", line {}, in {name}\n", loc.line));
    if let Some(src) = source_line(file, loc.line) {
        out.push_str(&format!("    {src}\n"));
        if loc.carets_len > 0 {
            out.push_str(bytes_str(loc.carets, loc.carets_len));
            out.push('\n');
        }
    }
}

fn source_line(file: &SourceFile, line: u32) -> Option<String> {
    let text = bytes_str(file.text, file.text_len);
    let l = text.lines().nth(line.checked_sub(1)? as usize)?;
    let t = l.trim();
    if t.is_empty() { None } else { Some(t.to_string()) }
}

/// The exception's type and message, then its notes (PEP 678), one per line.
fn exception_only(v: Value) -> String {
    let name = v.ty().name;
    let msg = exc_str(v).unwrap_or_else(|()| {
        take_pending();
        "<exception str() failed>".into()
    });
    let suffix = &exc(v).suffix;
    let mut out =
        if msg.is_empty() && suffix.is_empty() { format!("{name}\n") } else { format!("{name}: {msg}{suffix}\n") };
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
            out.push_str(&text);
            out.push('\n');
        }
    }
    out
}
