//! krait's back end: MIR to LLVM IR with inkwell, LLVM's optimisation pipeline, and object
//! or assembly emission for a target machine (DESIGN.md §1, §8).

mod function;
mod layout;
mod program;
mod runtime;

use std::path::Path;

use inkwell::OptimizationLevel;
use inkwell::context::Context;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine, TargetTriple};
use krait_lower::mir::Program;

/// What to produce.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Emit {
    LlvmIr,
    Asm,
    Object,
}

#[derive(Clone, Debug)]
pub struct Options {
    /// 0 to 3, as `-O0` … `-O3`.
    pub opt_level: u8,
    /// Target triple (LLVM's spelling); `None` for the host.
    pub triple: Option<String>,
    /// The CPU and feature string for another target (the host's own are used for the host).
    pub cpu: String,
    pub features: String,
}

fn target_machine(opts: &Options) -> Result<TargetMachine, String> {
    Target::initialize_all(&InitializationConfig::default());
    let host = opts.triple.is_none();
    let triple = match &opts.triple {
        Some(t) => TargetTriple::create(t),
        None => TargetMachine::get_default_triple(),
    };
    let target = Target::from_triple(&triple).map_err(|e| e.to_string())?;
    let (cpu, features) = if host {
        (TargetMachine::get_host_cpu_name().to_string(), TargetMachine::get_host_cpu_features().to_string())
    } else {
        (opts.cpu.clone(), opts.features.clone())
    };
    let level = match opts.opt_level {
        0 => OptimizationLevel::None,
        1 => OptimizationLevel::Less,
        2 => OptimizationLevel::Default,
        _ => OptimizationLevel::Aggressive,
    };
    target
        .create_target_machine(&triple, &cpu, &features, level, RelocMode::PIC, CodeModel::Default)
        .ok_or_else(|| format!("LLVM cannot create a target machine for {}", triple.as_str().to_string_lossy()))
}

/// Compiles a program and writes the requested output to `out`.
pub fn compile(prog: &Program, opts: &Options, emit: Emit, out: &Path) -> Result<(), String> {
    let tm = target_machine(opts)?;
    let ctx = Context::create();
    let module = program::generate(&ctx, prog)?;
    module.set_triple(&tm.get_triple());
    module.set_data_layout(&tm.get_target_data().get_data_layout());
    module.verify().map_err(|e| format!("internal compiler error: invalid LLVM IR: {e}"))?;
    let pipeline = format!("default<O{}>", opts.opt_level.min(3));
    module
        .run_passes(&pipeline, &tm, PassBuilderOptions::create())
        .map_err(|e| format!("LLVM optimisation failed: {e}"))?;
    match emit {
        Emit::LlvmIr => module.print_to_file(out).map_err(|e| e.to_string()),
        Emit::Asm => tm.write_to_file(&module, FileType::Assembly, out).map_err(|e| e.to_string()),
        Emit::Object => tm.write_to_file(&module, FileType::Object, out).map_err(|e| e.to_string()),
    }
}
