//! Linking: the program's object, rt's static library (which carries the Boehm GC) and the C
//! library, through the C compiler driver of the target (DESIGN.md §8).

use std::path::Path;

use crate::target::Target;

/// Links `obj` for `target` into `out` (a static executable if `static_exe` or the target's
/// C library calls for one).
pub fn link(target: &Target, obj: &Path, out: &Path, static_exe: bool) -> Result<(), String> {
    let rt = target.runtime_library()?;
    let cc = target.linker()?;
    let output = std::process::Command::new(&cc)
        .arg("-o")
        .arg(out)
        .arg(obj)
        .arg(&rt)
        .args(target.link_args(&rt, static_exe))
        .output()
        .map_err(|e| format!("cannot run the linker {}: {e}", cc.display()))?;
    if !output.status.success() {
        return Err(format!("linking failed ({}):\n{}", cc.display(), String::from_utf8_lossy(&output.stderr)));
    }
    Ok(())
}
