//! `krait`: compile Python 3.12 scripts to native executables.

mod cache;
mod link;
mod render;
mod target;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use krait_codegen::{Emit, Options};

#[derive(Parser)]
#[command(name = "krait", version, about = "Compile Python 3.12 scripts to standalone native executables")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum EmitKind {
    /// The typed MIR, with the types krait inferred.
    Mir,
    /// LLVM IR after optimisation.
    LlvmIr,
    /// Assembly for the target.
    Asm,
    /// An object file.
    Obj,
    /// A linked executable (the default).
    Exe,
}

#[derive(clap::Args, Clone)]
struct BuildOpts {
    /// Optimisation level 0-3 (`-O0` … `-O3`); the default is 2.
    #[arg(short = 'O', value_name = "LEVEL", default_value = "2", value_parser = clap::value_parser!(u8).range(0..=3))]
    opt: u8,
    /// The machine to compile for (`krait targets` lists them); the default is this one.
    #[arg(long, value_name = "TRIPLE")]
    target: Option<String>,
    /// Link a fully static executable (always so for musl).
    #[arg(long = "static")]
    static_exe: bool,
}

impl BuildOpts {
    fn target(&self) -> Result<&'static target::Target, String> {
        target::find(self.target.as_deref())
    }

    fn codegen(&self) -> Result<Options, String> {
        Ok(self.target()?.codegen(self.opt))
    }
}

#[derive(Subcommand)]
enum Command {
    /// Compile a script to an executable (or another stage with --emit).
    Build {
        file: PathBuf,
        /// Output path (default: the script's stem in the current directory).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        #[command(flatten)]
        opts: BuildOpts,
        #[arg(long, value_enum, default_value = "exe")]
        emit: EmitKind,
    },
    /// Compile (cached) and run a script, passing arguments, stdin and the exit status through.
    Run {
        file: PathBuf,
        #[command(flatten)]
        opts: BuildOpts,
        /// Arguments for the script.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Check a script for errors without producing anything.
    Check { file: PathBuf },
    /// List the targets krait compiles for and whether each is ready on this machine.
    Targets,
    /// Prepare a target: its C toolchain and emulator, Rust's library for it, krait's runtime.
    SetupTarget { triple: String },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build { file, output, opts, emit } => build(&file, output, &opts, emit),
        Command::Run { file, opts, args } => run(&file, &opts, &args),
        Command::Check { file } => check(&file),
        Command::Targets => targets(),
        Command::SetupTarget { triple } => {
            target::find(Some(&triple)).and_then(|t| t.setup()).map(|()| ExitCode::SUCCESS)
        }
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::from(1)
        }
    }
}

fn read_source(file: &Path) -> Result<(String, String), String> {
    let source = std::fs::read_to_string(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    // Tracebacks show the absolute path, as CPython does for the main script.
    let abs = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
    Ok((source, abs.display().to_string()))
}

/// Parses and lowers; renders diagnostics and fails if there are any.
fn lower(file: &Path) -> Result<krait_lower::mir::Program, String> {
    let (source, abs) = read_source(file)?;
    krait_lower::lower_program(&abs, &source).map_err(|errors| {
        let shown = file.display().to_string();
        // A module's file is shown as the script's is: relative to where the user is.
        let script_dir = Path::new(&abs).parent().unwrap_or(Path::new("/"));
        let files: Vec<(String, &str)> = errors
            .files
            .iter()
            .enumerate()
            .map(|(i, (path, text))| {
                let name = match Path::new(path).strip_prefix(script_dir) {
                    _ if i == 0 => shown.clone(),
                    Ok(rel) => file.parent().unwrap_or(Path::new("")).join(rel).display().to_string(),
                    Err(_) => path.clone(),
                };
                (name, text.as_str())
            })
            .collect();
        eprint!("{}", render::render(&files, &errors.diagnostics));
        let n = errors.diagnostics.len();
        format!("could not compile {shown} ({n} error{})", if n == 1 { "" } else { "s" })
    })
}

fn check(file: &Path) -> Result<ExitCode, String> {
    lower(file)?;
    Ok(ExitCode::SUCCESS)
}

fn stem(file: &Path) -> String {
    file.file_stem().map_or_else(|| "a.out".into(), |s| s.to_string_lossy().into_owned())
}

fn targets() -> Result<ExitCode, String> {
    for t in target::TARGETS {
        let host = if t.is_host() { " (host)" } else { "" };
        println!("{}{host}: {}", t.triple, t.state());
    }
    Ok(ExitCode::SUCCESS)
}

fn build(file: &Path, output: Option<PathBuf>, opts: &BuildOpts, emit: EmitKind) -> Result<ExitCode, String> {
    let options = opts.codegen()?;
    let prog = lower(file)?;
    let default_out = |ext: &str| PathBuf::from(format!("{}{ext}", stem(file)));
    match emit {
        EmitKind::Mir => {
            let text = prog.to_string();
            match output {
                Some(p) => std::fs::write(&p, text).map_err(|e| format!("cannot write {}: {e}", p.display()))?,
                None => {
                    // A reader that stops early (`| head`) is not an error, as for any filter.
                    use std::io::Write;
                    match std::io::stdout().write_all(text.as_bytes()) {
                        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
                        r => r.map_err(|e| format!("cannot write the MIR: {e}"))?,
                    }
                }
            }
        }
        EmitKind::LlvmIr => {
            krait_codegen::compile(&prog, &options, Emit::LlvmIr, &output.unwrap_or_else(|| default_out(".ll")))?;
        }
        EmitKind::Asm => {
            krait_codegen::compile(&prog, &options, Emit::Asm, &output.unwrap_or_else(|| default_out(".s")))?;
        }
        EmitKind::Obj => {
            krait_codegen::compile(&prog, &options, Emit::Object, &output.unwrap_or_else(|| default_out(".o")))?;
        }
        EmitKind::Exe => {
            let out = output.unwrap_or_else(|| default_out(""));
            compile_executable(&prog, opts, &out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Compiles to an object in a temporary directory and links it into `out`.
fn compile_executable(prog: &krait_lower::mir::Program, opts: &BuildOpts, out: &Path) -> Result<(), String> {
    let target = opts.target()?;
    // A target that is not prepared is reported before the work of compiling.
    target.check_executable()?;
    target.runtime_library()?;
    target.linker()?;
    let dir = cache::temp_dir()?;
    let obj = dir.join("program.o");
    krait_codegen::compile(prog, &opts.codegen()?, Emit::Object, &obj)?;
    let r = link::link(target, &obj, out, opts.static_exe);
    let _ = std::fs::remove_dir_all(&dir);
    r
}

fn run(file: &Path, opts: &BuildOpts, args: &[String]) -> Result<ExitCode, String> {
    let (source, abs) = read_source(file)?;
    let target = opts.target()?;
    // The program is the script and every module it imports.
    let (modules, _, _) = krait_lower::modules::discover(&abs, &source);
    let sources: Vec<(&str, &str)> = modules.modules.iter().map(|m| (m.path.as_str(), m.source.as_str())).collect();
    let exe = cache::executable_for(file, &sources, opts.opt, target, opts.static_exe)?;
    if !exe.exists() {
        let prog = lower(file)?;
        let tmp = exe.with_extension("tmp");
        compile_executable(&prog, opts, &tmp)?;
        std::fs::rename(&tmp, &exe).map_err(|e| format!("cannot write {}: {e}", exe.display()))?;
    }
    let status = target.command(&exe)?.args(args).status().map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    if let Some(code) = status.code() {
        return Ok(ExitCode::from(code as u8));
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return Ok(ExitCode::from((128 + sig) as u8));
        }
    }
    Ok(ExitCode::from(1))
}
