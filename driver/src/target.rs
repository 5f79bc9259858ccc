//! The machines krait compiles for: each target's triple, the C compiler driver that links
//! for it, the emulator that runs its executables on this host, where its runtime library
//! is, and what preparing it takes (`krait setup-target`).

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Target {
    pub triple: &'static str,
    /// Why executables cannot be made for it yet (its code can still be emitted).
    unsupported: Option<&'static str>,
    /// LLVM's triple, CPU and features for it (Rust's `riscv64gc` is LLVM's `riscv64` with
    /// the G and C extensions).
    llvm: (&'static str, &'static str, &'static str),
    /// The C compiler driver that links for it; `None`: the host's, as the `cc` crate finds it.
    linker: Option<&'static str>,
    /// Links fully static executables (musl).
    always_static: bool,
    /// Runs its executables on an x86-64 host: the emulator and the target's C library root.
    runner: Option<(&'static str, &'static str)>,
    /// The Debian packages that provide the linker and the emulator.
    packages: &'static [&'static str],
    /// C flags the garbage collector's build needs for this target (musl has no
    /// `getcontext`).
    gc_cflags: &'static str,
    /// The system libraries rt's Rust standard library needs there (`rustc
    /// --print native-static-libs`), GCC's unwinder linked statically on glibc targets so that
    /// executables depend on the C library alone; musl's is Rust's own `libunwind.a`, which
    /// `setup-target` puts beside the runtime library.
    system_libs: &'static [&'static str],
}

const GLIBC_LIBS: &[&str] = &["-static-libgcc", "-lgcc_eh", "-lutil", "-lrt", "-lpthread", "-lm", "-ldl", "-lc"];
const MUSL_LIBS: &[&str] = &["-lc"];

pub const TARGETS: &[Target] = &[
    Target {
        unsupported: None,
        triple: "x86_64-unknown-linux-gnu",
        llvm: ("x86_64-unknown-linux-gnu", "x86-64", ""),
        linker: None,
        always_static: false,
        runner: None,
        packages: &[],
        gc_cflags: "",
        system_libs: GLIBC_LIBS,
    },
    Target {
        unsupported: None,
        triple: "x86_64-unknown-linux-musl",
        llvm: ("x86_64-unknown-linux-musl", "x86-64", ""),
        linker: Some("musl-gcc"),
        always_static: true,
        runner: None,
        packages: &["musl-tools"],
        gc_cflags: "-DNO_GETCONTEXT",
        system_libs: MUSL_LIBS,
    },
    Target {
        unsupported: None,
        triple: "aarch64-unknown-linux-gnu",
        llvm: ("aarch64-unknown-linux-gnu", "generic", "+neon"),
        linker: Some("aarch64-linux-gnu-gcc"),
        always_static: false,
        runner: Some(("qemu-aarch64", "/usr/aarch64-linux-gnu")),
        packages: &["gcc-aarch64-linux-gnu", "libc6-dev-arm64-cross", "qemu-user"],
        gc_cflags: "",
        system_libs: GLIBC_LIBS,
    },
    Target {
        unsupported: None,
        triple: "riscv64gc-unknown-linux-gnu",
        llvm: ("riscv64-unknown-linux-gnu", "generic-rv64", "+m,+a,+f,+d,+c"),
        linker: Some("riscv64-linux-gnu-gcc"),
        always_static: false,
        runner: Some(("qemu-riscv64", "/usr/riscv64-linux-gnu")),
        packages: &["gcc-riscv64-linux-gnu", "libc6-dev-riscv64-cross", "qemu-user"],
        gc_cflags: "",
        system_libs: GLIBC_LIBS,
    },
    Target {
        unsupported: Some(WASM_LIMITS),
        triple: "wasm32-wasip1",
        llvm: ("wasm32-unknown-wasip1", "generic", ""),
        linker: Some("wasm-ld"),
        always_static: true,
        runner: None,
        packages: &[],
        gc_cflags: "",
        system_libs: &[],
    },
];

/// Why there are no WebAssembly executables yet.
const WASM_LIMITS: &str = "the runtime keeps values in 64-bit words (62-bit tagged ints) as `usize`, which is 32 bits there, and its garbage collector (Boehm's) finds live objects by scanning the stack conservatively, while WebAssembly keeps locals and the operand stack outside the memory a collector can scan (Boehm's collector runs on the web only through Emscripten's stack spilling, which WASI lacks). `--emit llvm-ir|asm|obj` works for it";

/// The target named `triple` (`None`: the host).
pub fn find(triple: Option<&str>) -> Result<&'static Target, String> {
    let Some(triple) = triple else { return Ok(&TARGETS[0]) };
    TARGETS.iter().find(|t| t.triple == triple).ok_or_else(|| {
        let known: Vec<&str> = TARGETS.iter().map(|t| t.triple).collect();
        format!("unknown target {triple}; krait compiles for {}", known.join(", "))
    })
}

impl Target {
    pub fn is_host(&self) -> bool {
        self.linker.is_none()
    }

    /// Refuses to make an executable for a target that cannot run krait's programs yet.
    pub fn check_executable(&self) -> Result<(), String> {
        match self.unsupported {
            Some(why) => Err(format!("krait cannot make executables for {} yet: {why}", self.triple)),
            None => Ok(()),
        }
    }

    /// What LLVM compiles for: nothing for the host (its own CPU and features are used), else
    /// the target's triple, CPU and features.
    pub fn codegen(&self, opt_level: u8) -> krait_codegen::Options {
        let (triple, cpu, features) = self.llvm;
        krait_codegen::Options {
            opt_level,
            triple: (!self.is_host()).then(|| triple.to_string()),
            cpu: cpu.to_string(),
            features: features.to_string(),
        }
    }

    /// `libkrait_rt.a` built for this target: `$KRAIT_RT_DIR` (for the host) or next to the
    /// `krait` executable, where cargo puts both; cargo's `--target` builds sit in
    /// `target/<triple>/release` beside `target/release`.
    pub fn runtime_library(&self) -> Result<PathBuf, String> {
        let mut candidates = Vec::new();
        if let Some(dir) = std::env::var_os("KRAIT_RT_DIR") {
            let dir = PathBuf::from(dir);
            candidates.push(if self.is_host() { dir } else { dir.join(self.triple) });
        }
        if let Ok(exe) = std::env::current_exe()
            && let Some(dir) = exe.parent()
        {
            if self.is_host() {
                candidates.push(dir.to_path_buf());
                // `cargo test` runs from target/<profile>/deps.
                candidates.extend(dir.parent().map(Path::to_path_buf));
            } else if let (Some(profile), Some(target_dir)) = (dir.file_name(), dir.parent()) {
                candidates.push(target_dir.join(self.triple).join(profile));
            }
        }
        for dir in &candidates {
            let lib = dir.join("libkrait_rt.a");
            if lib.exists() {
                return Ok(lib);
            }
        }
        let looked = candidates.iter().map(|d| d.display().to_string()).collect::<Vec<_>>().join(", ");
        Err(if self.is_host() {
            format!(
                "cannot find krait's runtime library libkrait_rt.a (looked in {looked}); build it with `cargo build -p krait-rt` or set KRAIT_RT_DIR"
            )
        } else {
            format!(
                "target {} is not prepared: no runtime library for it (looked in {looked}); run `krait setup-target {}`",
                self.triple, self.triple
            )
        })
    }

    /// The C compiler driver that links for this target.
    pub fn linker(&self) -> Result<PathBuf, String> {
        match self.linker {
            Some(l) => find_program(l).ok_or_else(|| {
                format!(
                    "target {} is not prepared: {l} not found; run `krait setup-target {}`",
                    self.triple, self.triple
                )
            }),
            None => host_c_compiler(),
        }
    }

    /// The linker's arguments after the program and the runtime: static linking (musl
    /// always, other targets on request), then the system libraries.
    pub fn link_args(&self, runtime: &Path, requested_static: bool) -> Vec<String> {
        // Unused sections dropped and symbols stripped: tracebacks come from krait's own
        // tables, not from symbols, and a hello-world shrinks from 6 MB to under 2 MB.
        // `KRAIT_KEEP_SYMBOLS=1` keeps them, for profilers (bench/README.md).
        let mut args = vec!["-Wl,--gc-sections".to_string()];
        if std::env::var_os("KRAIT_KEEP_SYMBOLS").is_none() {
            args.push("-s".to_string());
        }
        if self.always_static || requested_static {
            args.push("-static".into());
        }
        if self.always_static {
            args.push(runtime.with_file_name("libunwind.a").display().to_string());
        }
        args.extend(self.system_libs.iter().map(|s| s.to_string()));
        args
    }

    /// A command that runs `exe`, a program built for this target, on this host.
    pub fn command(&self, exe: &Path) -> Result<Command, String> {
        match self.runner {
            None => Ok(Command::new(exe)),
            Some((emulator, sysroot)) => {
                let program = find_program(emulator).ok_or_else(|| {
                    format!(
                        "cannot run {} programs here: {emulator} not found; run `krait setup-target {}`",
                        self.triple, self.triple
                    )
                })?;
                let mut c = Command::new(program);
                c.arg("-L").arg(sysroot).arg(exe);
                Ok(c)
            }
        }
    }

    /// Whether the target is ready on this machine, as `krait targets` says it.
    pub fn state(&self) -> String {
        if self.unsupported.is_some() {
            return "code only (`--emit llvm-ir|asm|obj`): no garbage collector runs there yet".into();
        }
        let missing = self.missing();
        if missing.is_empty() {
            return "ready".into();
        }
        format!("not ready (missing {}; run `krait setup-target {}`)", missing.join(", "), self.triple)
    }

    /// What this target still lacks on this machine (empty: ready).
    fn missing(&self) -> Vec<String> {
        let mut missing = Vec::new();
        if let Err(e) = self.linker() {
            missing.push(e);
        }
        if self.runtime_library().is_err() {
            missing.push("its runtime library".into());
        }
        if let Some((emulator, _)) = self.runner
            && find_program(emulator).is_none()
        {
            missing.push(emulator.into());
        }
        missing
    }

    /// `krait setup-target`: installs the toolchain and emulator (Debian packages), the Rust
    /// standard library for the target (rustup), and builds the runtime library for it from
    /// krait's source tree.
    pub fn setup(&self) -> Result<(), String> {
        self.check_executable()?;
        if !self.packages.is_empty() {
            let apt = || if is_root() { Command::new("apt-get") } else { sudo("apt-get") };
            let mut update = apt();
            update.args(["update", "-qq"]);
            run_step(update)?;
            let mut install = apt();
            install.env("DEBIAN_FRONTEND", "noninteractive").args(["install", "-y", "-qq"]).args(self.packages);
            run_step(install)?;
        }
        let mut rustup = Command::new("rustup");
        rustup.args(["target", "add", self.triple]);
        run_step(rustup)?;
        let source = source_tree().ok_or(
            "krait setup-target builds the runtime from krait's source tree, and this krait was not built from one",
        )?;
        let mut cargo = Command::new("cargo");
        cargo.current_dir(&source).args(["build", "--release", "-p", "krait-rt", "--target", self.triple]);
        if !self.gc_cflags.is_empty() {
            cargo.env(format!("CFLAGS_{}", self.triple.replace('-', "_")), self.gc_cflags);
        }
        run_step(cargo)?;
        if self.always_static {
            // Rust's unwinder for musl, which its standard library needs.
            let sysroot = Command::new("rustc").args(["--print", "sysroot"]).output().map_err(|e| e.to_string())?;
            let sysroot = PathBuf::from(String::from_utf8_lossy(&sysroot.stdout).trim());
            let from = sysroot.join("lib/rustlib").join(self.triple).join("lib/self-contained/libunwind.a");
            let to = source.join("target").join(self.triple).join("release/libunwind.a");
            std::fs::copy(&from, &to)
                .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))?;
        }
        Ok(())
    }
}

fn sudo(program: &str) -> Command {
    let mut c = Command::new("sudo");
    c.arg(program);
    c
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .is_ok_and(|s| s.lines().any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0")))
}

fn run_step(mut c: Command) -> Result<(), String> {
    eprintln!("setup-target: {c:?}");
    let status = c.status().map_err(|e| format!("cannot run {c:?}: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("{c:?} failed ({status})")) }
}

/// The source tree this `krait` was built from (`<repo>/target/<profile>/krait`).
fn source_tree() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let repo = exe.parent()?.parent()?.parent()?;
    repo.join("rt").join("Cargo.toml").exists().then(|| repo.to_path_buf())
}

fn find_program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(name)).find(|p| p.is_file())
}

fn host_c_compiler() -> Result<PathBuf, String> {
    let host = format!("{}-unknown-linux-gnu", std::env::consts::ARCH);
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
