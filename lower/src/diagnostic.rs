//! Diagnostics as data (STYLE.md): lowering collects them and keeps going; the driver
//! renders them once, with the source snippet.

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// A problem in the user's program, located by byte range in the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// A stable identifier (`syntax-error`, `unsupported`, …) for tests and documentation.
    pub id: &'static str,
    pub severity: Severity,
    pub message: String,
    /// Byte range of the primary location.
    pub start: usize,
    pub end: usize,
    /// Label under the primary location.
    pub label: String,
    pub hint: Option<String>,
    /// The module (index into the program's modules; 0 is the script) whose source the
    /// range is in.
    pub file: usize,
}

impl Diagnostic {
    pub fn error(id: &'static str, message: impl Into<String>, start: usize, end: usize) -> Self {
        Diagnostic {
            id,
            severity: Severity::Error,
            message: message.into(),
            start,
            end,
            label: String::new(),
            hint: None,
            file: 0,
        }
    }

    #[must_use]
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    /// The same diagnostic, located in module `file`'s source.
    #[must_use]
    pub fn in_file(mut self, file: usize) -> Self {
        self.file = file;
        self
    }

    #[must_use]
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// `unsupported`: valid Python that krait cannot compile yet.
    pub fn unsupported(what: &str, start: usize, end: usize) -> Self {
        Diagnostic::error("unsupported", format!("krait does not support {what} yet"), start, end)
            .label("not supported yet")
    }
}

/// Maps byte offsets to 1-based lines and columns.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> u32 {
        (self.starts.partition_point(|&s| s <= offset)) as u32
    }

    /// 1-based column (in bytes) of a byte offset.
    pub fn column(&self, offset: usize) -> usize {
        let line = self.line(offset) as usize;
        offset - self.starts[line - 1] + 1
    }
}
