//! krait's front end: Python source to typed MIR.
//!
//! All contact with the ruff parser's AST stays inside this crate (DESIGN.md §2).

mod build;
pub mod builtins;
pub mod carets;
pub mod diagnostic;
pub mod mir;
pub mod modules;
mod passes;
mod scope;
pub(crate) mod stdlib;
pub mod typing;
pub mod unprovided;

use diagnostic::Diagnostic;
use mir::{FuncId, GlobalId, Program, Rvalue, Statement};

/// Why a program did not compile: each diagnostic is in one of `files`, `(path, source)`
/// (`Diagnostic::file` indexes them; the script is first).
#[derive(Debug)]
pub struct Errors {
    pub files: Vec<(String, String)>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses and lowers the script at `path` (absolute) and every module of the program it
/// imports (found next to it) into one program, or returns every problem found.
pub fn lower_program(path: &str, source: &str) -> Result<Program, Errors> {
    let (table, bodies, mut diagnostics) = modules::discover(path, source);
    let files = || table.modules.iter().map(|m| (m.path.clone(), m.source.clone())).collect();
    if !diagnostics.is_empty() {
        return Err(Errors { files: files(), diagnostics });
    }
    let mut prog =
        Program { funcs: Vec::new(), globals: Vec::new(), main: FuncId(0), modules: Vec::new(), classes: Vec::new() };
    for (i, body) in bodies.iter().enumerate() {
        match build::ProgramBuilder::new(&table, i, body).build() {
            Ok(part) => append(&mut prog, part),
            Err(ds) => diagnostics.extend(ds.into_iter().map(|d| d.in_file(i))),
        }
    }
    if !diagnostics.is_empty() {
        // The script imported by name is lowered twice (as `__main__` and as itself): its
        // problems are reported once.
        let mut seen = std::collections::HashSet::new();
        diagnostics.retain(|d| seen.insert((table.modules[d.file].path.clone(), d.start, d.id, d.message.clone())));
        return Err(Errors { files: files(), diagnostics });
    }
    if let Err(errors) = mir::verify::verify(&prog) {
        let mut text = String::from("internal compiler error: MIR verification failed\n");
        for e in errors {
            text.push_str(&format!("  in {}: {}\n", e.func, e.message));
        }
        text.push_str(&prog.to_string());
        return Err(Errors { files: files(), diagnostics: vec![Diagnostic::error("internal-error", text, 0, 0)] });
    }
    Ok(prog)
}

/// Adds one module, lowered on its own, to the program: its functions, module variables
/// and sealed classes are renumbered after those already there.
fn append(prog: &mut Program, mut part: Program) {
    let (funcs, globals, classes) = (prog.funcs.len() as u32, prog.globals.len() as u32, prog.classes.len() as u32);
    let func = |f: FuncId| FuncId(f.0 + funcs);
    let global = |g: GlobalId| GlobalId(g.0 + globals);
    for f in &mut part.funcs {
        mir::visit::function_refs_mut(f, &mut |r| *r = func(*r));
        mir::visit::class_refs_mut(f, &mut |c| c.0 += classes);
        for block in &mut f.blocks {
            for s in &mut block.stmts {
                match s {
                    Statement::StoreGlobal(g, _) | Statement::DeleteGlobal(g) => *g = global(*g),
                    Statement::ImportStar { names, .. } => {
                        for (_, g) in names {
                            *g = global(*g);
                        }
                    }
                    Statement::Assign(_, Rvalue::LoadGlobal(g)) | Statement::Eval(Rvalue::LoadGlobal(g)) => {
                        *g = global(*g);
                    }
                    _ => {}
                }
            }
        }
    }
    for mut m in part.modules {
        m.body = func(m.body);
        m.globals = m.globals.into_iter().map(global).collect();
        prog.modules.push(m);
    }
    prog.funcs.append(&mut part.funcs);
    prog.globals.append(&mut part.globals);
    for c in &mut part.classes {
        if let Some(b) = &mut c.base {
            b.0 += classes;
        }
    }
    prog.classes.append(&mut part.classes);
}
