//! Linking: the program's object, rt's static library (which carries the Boehm GC) and the C
//! library, through the C compiler driver the `cc` crate finds (DESIGN.md §8).

use std::path::{Path, PathBuf};

/// The system libraries rt's Rust standard library needs (`rustc --print native-static-libs`),
/// with GCC's unwinder linked statically so that executables depend on the C library alone.
const SYSTEM_LIBS: &[&str] =
    &["-Wl,--gc-sections", "-static-libgcc", "-lgcc_eh", "-lutil", "-lrt", "-lpthread", "-lm", "-ldl", "-lc"];

/// Finds `libkrait_rt.a` for the host: `$KRAIT_RT_DIR`, or next to the `krait` executable
/// (where cargo puts both).
pub fn runtime_library() -> Result<PathBuf, String> {
    let mut candidates = Vec::new();
    if let Some(dir) = std::env::var_os("KRAIT_RT_DIR") {
        candidates.push(PathBuf::from(dir));
    }
    if let Ok(exe) = std::env::current_exe()
        && let Some(dir) = exe.parent()
    {
        candidates.push(dir.to_path_buf());
        // `cargo test` runs from target/<profile>/deps.
        if let Some(up) = dir.parent() {
            candidates.push(up.to_path_buf());
        }
    }
    for dir in &candidates {
        let lib = dir.join("libkrait_rt.a");
        if lib.exists() {
            return Ok(lib);
        }
    }
    Err(format!(
        "cannot find krait's runtime library libkrait_rt.a (looked in {}); build it with `cargo build -p krait-rt` or set KRAIT_RT_DIR",
        candidates.iter().map(|d| d.display().to_string()).collect::<Vec<_>>().join(", ")
    ))
}

fn c_compiler() -> Result<PathBuf, String> {
    let host = host_triple();
    let tool = cc::Build::new()
        .target(&host)
        .host(&host)
        .opt_level(0)
        .cargo_metadata(false)
        .cargo_warnings(false)
        .try_get_compiler()
        .map_err(|e| format!("cannot find a C compiler to link with: {e}"))?;
    Ok(tool.path().to_path_buf())
}

fn host_triple() -> String {
    let arch = std::env::consts::ARCH;
    format!("{arch}-unknown-linux-gnu")
}

pub fn link(obj: &Path, out: &Path) -> Result<(), String> {
    let rt = runtime_library()?;
    let cc = c_compiler()?;
    let output = std::process::Command::new(&cc)
        .arg("-o")
        .arg(out)
        .arg(obj)
        .arg(&rt)
        .args(SYSTEM_LIBS)
        .output()
        .map_err(|e| format!("cannot run the linker {}: {e}", cc.display()))?;
    if !output.status.success() {
        return Err(format!("linking failed ({}):\n{}", cc.display(), String::from_utf8_lossy(&output.stderr)));
    }
    Ok(())
}
