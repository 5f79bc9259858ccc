//! krait's front end: Python source to typed MIR.
//!
//! All contact with the ruff parser's AST stays inside this crate (DESIGN.md §2).

mod build;
pub mod builtins;
pub mod carets;
pub mod diagnostic;
pub mod mir;
mod passes;
mod scope;
mod typing;

use diagnostic::Diagnostic;
use ruff_text_size::Ranged;

/// Parses and lowers one script to MIR, or returns every problem found.
pub fn lower_program(path: &str, source: &str) -> Result<mir::Program, Vec<Diagnostic>> {
    let parsed = match ruff_python_parser::parse_module(source) {
        Ok(p) => p,
        Err(e) => {
            let r = e.location;
            return Err(vec![
                Diagnostic::error(
                    "syntax-error",
                    format!("SyntaxError: {}", e.error),
                    r.start().to_usize(),
                    r.end().to_usize(),
                )
                .label("invalid syntax"),
            ]);
        }
    };
    let module = parsed.syntax();
    let _ = module.range();
    let prog = build::ProgramBuilder::new(path.to_string(), source, &module.body).build()?;
    if let Err(errors) = mir::verify::verify(&prog) {
        let mut text = String::from("internal compiler error: MIR verification failed\n");
        for e in errors {
            text.push_str(&format!("  in {}: {}\n", e.func, e.message));
        }
        text.push_str(&prog.to_string());
        return Err(vec![Diagnostic::error("internal-error", text, 0, 0)]);
    }
    Ok(prog)
}
