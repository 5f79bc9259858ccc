//! The cache of compiled executables behind `krait run`, and temporary build directories.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

fn cache_root() -> PathBuf {
    if let Some(dir) = std::env::var_os("KRAIT_CACHE_DIR") {
        return PathBuf::from(dir);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("krait")
}

/// Where the executable for these exact sources (`(path, source)` of each module of the
/// program), compiler and options lives.
pub fn executable_for(
    file: &Path,
    sources: &[(&str, &str)],
    opt: u8,
    target: &crate::target::Target,
    static_exe: bool,
) -> Result<PathBuf, String> {
    let mut h = DefaultHasher::new();
    sources.hash(&mut h);
    opt.hash(&mut h);
    target.triple.hash(&mut h);
    static_exe.hash(&mut h);
    std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf()).hash(&mut h);
    // A rebuilt compiler or runtime must not reuse executables of the old one.
    let compiler = std::env::current_exe().ok();
    let runtime = target.runtime_library().ok();
    for file in [compiler, runtime].into_iter().flatten() {
        if let Ok(meta) = std::fs::metadata(file) {
            meta.len().hash(&mut h);
            meta.modified().ok().hash(&mut h);
        }
    }
    let dir = cache_root().join("run");
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let name = file.file_stem().map_or_else(|| "script".into(), |s| s.to_string_lossy().into_owned());
    Ok(dir.join(format!("{name}-{:016x}", h.finish())))
}

/// A fresh private directory for intermediate files.
pub fn temp_dir() -> Result<PathBuf, String> {
    let base = std::env::temp_dir();
    for attempt in 0..100u32 {
        let dir = base.join(format!("krait-{}-{attempt}", std::process::id()));
        if std::fs::create_dir(&dir).is_ok() {
            return Ok(dir);
        }
    }
    Err("cannot create a temporary directory".into())
}
