//! Rendering diagnostics with source snippets, in one place.

use annotate_snippets::{Level, Renderer, Snippet};
use krait_lower::diagnostic::{Diagnostic, Severity};

/// Renders `diags`, each in its file of `files` (`(path as shown, source)`).
pub fn render(files: &[(String, &str)], diags: &[Diagnostic]) -> String {
    let renderer =
        if std::io::IsTerminal::is_terminal(&std::io::stderr()) { Renderer::styled() } else { Renderer::plain() };
    let mut out = String::new();
    for d in diags {
        if d.id == "internal-error" {
            out.push_str(&d.message);
            out.push('\n');
            continue;
        }
        let level = match d.severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
        };
        let (path, source) = (&files[d.file].0, files[d.file].1);
        let end = d.end.max(d.start).min(source.len());
        let start = d.start.min(end);
        let title = d.message.clone();
        let snippet = Snippet::source(source)
            .origin(path)
            .line_start(1)
            .fold(true)
            .annotation(level.span(start..end).label(&d.label));
        let mut message = level.title(&title).id(d.id).snippet(snippet);
        if let Some(h) = &d.hint {
            message = message.footer(Level::Help.title(h));
        }
        out.push_str(&renderer.render(message).to_string());
        out.push('\n');
    }
    out
}
