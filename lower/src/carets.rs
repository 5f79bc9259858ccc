//! The caret line CPython 3.12 prints under a traceback's source line (`~~^~~`), computed at
//! compile time from an operation's [`Span`] (CPython's `StackSummary.format_frame_summary`).

use crate::diagnostic::LineIndex;
use crate::mir::Span;

/// The caret line for `span` (without its trailing newline), or `None` when CPython prints
/// none: when the expression covers the whole line and has no anchors.
pub fn caret_line(source: &str, lines: &LineIndex, span: &Span) -> Option<String> {
    let start = span.start as usize;
    let end = span.end as usize;
    if end <= start || end > source.len() {
        return None;
    }
    let line_start = start - (lines.column(start) - 1);
    let line_end = source[line_start..].find('\n').map_or(source.len(), |i| line_start + i);
    let line = &source[line_start..line_end];
    let chars = |bytes: usize| line[..bytes.min(line.len())].chars().count();
    let stripped = line.trim();
    let indent = line.chars().count() - line.trim_start().chars().count();
    let start_col = chars(start - line_start);
    let single_line = end <= line_end;
    let end_col = if single_line { chars(end - line_start) } else { line.trim_end().chars().count() };
    let anchors = match (single_line, span.anchor) {
        (true, Some((l, r))) => {
            let seg = &source[start..end];
            let left = seg[..(l as usize).saturating_sub(start).min(seg.len())].chars().count();
            let right = seg[..(r as usize).saturating_sub(start).min(seg.len())].chars().count();
            Some((left, right))
        }
        _ => None,
    };
    let width = end_col.saturating_sub(start_col);
    let anchored = anchors.is_some_and(|(l, r)| r > l);
    if width >= stripped.chars().count() && !anchored {
        return None;
    }
    let mut out = " ".repeat(4 + start_col.saturating_sub(indent));
    match anchors {
        Some((l, r)) => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r.saturating_sub(l)));
            out.push_str(&"~".repeat(width.saturating_sub(r)));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    Some(out)
}
