//! krait's data-driven tests (STYLE.md "tests are data"):
//!
//! - `tests/run/NAME.py`: compiled with krait and run (with `NAME.stdin` and `NAME.args` when
//!   present); stdout, stderr and exit status must equal `NAME.stdout`, `NAME.stderr` (absent:
//!   empty) and `NAME.exit` (absent: 0), which came from CPython 3.12 (`tests/regen`).
//! - `tests/run/NAME/main.py`: a program of several modules (the directory holds them), with
//!   `main.stdout` etc. beside it.
//! - `tests/diagnostics/NAME.py`: `krait check` must fail with exactly `NAME.expected`.
//!   `KRAIT_BLESS=1` rewrites the `.expected` files from krait's output.
//!
//! Arguments filter tests by substring. `KRAIT_TEST_OPT` sets the optimisation level (default 2).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_path_buf()
}

fn krait() -> &'static str {
    env!("CARGO_BIN_EXE_krait")
}

fn read_or_empty(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_default()
}

/// Makes paths in output comparable (tracebacks the program formats itself): script paths
/// become bare file names.
fn bare_paths(s: &str, dir: &Path) -> String {
    s.replace(&format!("{}/", dir.display()), "")
}

/// Makes tracebacks comparable: script paths become bare file names.
fn normalise_stderr(s: &str, dir: &Path) -> String {
    let prefix = format!("{}/", dir.display());
    let mut out = String::new();
    for line in s.lines() {
        out.push_str(&line.replace(&prefix, ""));
        out.push('\n');
    }
    out
}

fn run_with_timeout(mut cmd: Command, stdin: Option<&Path>) -> Result<std::process::Output, String> {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    match stdin {
        Some(p) => cmd.stdin(std::fs::File::open(p).map_err(|e| e.to_string())?),
        None => cmd.stdin(Stdio::null()),
    };
    let mut child = cmd.spawn().map_err(|e| e.to_string())?;
    let start = Instant::now();
    loop {
        if child.try_wait().map_err(|e| e.to_string())?.is_some() {
            return child.wait_with_output().map_err(|e| e.to_string());
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            return Err(format!("timed out after {}s", TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn diff(what: &str, expected: &str, actual: &str) -> String {
    let mut msg = format!("  {what} differs:\n");
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i).copied(), a.get(i).copied());
        if x != y {
            msg.push_str(&format!("    line {}:\n      expected: {:?}\n      actual:   {:?}\n", i + 1, x, y));
            break;
        }
    }
    if e.len() != a.len() {
        msg.push_str(&format!("    ({} expected lines, {} actual)\n", e.len(), a.len()));
    }
    msg
}

/// The target the programs are compiled for (`KRAIT_TEST_TARGET`; the host if unset).
fn target() -> Option<String> {
    std::env::var("KRAIT_TEST_TARGET").ok().filter(|t| !t.is_empty())
}

/// Whether a program's output is expected on the target: a `# platform: TRIPLE ...` line
/// among its first comments limits it to those (results that come from the platform's C
/// library, as CPython's do).
fn runs_on_target(py: &Path) -> bool {
    let source = std::fs::read_to_string(py).unwrap_or_default();
    let target = target().unwrap_or_else(|| "x86_64-unknown-linux-gnu".into());
    let mut lines = source.lines().take_while(|l| l.starts_with('#'));
    match lines.find_map(|l| l.strip_prefix("# platform:")) {
        Some(list) => list.split_whitespace().any(|t| t == target),
        None => true,
    }
}

fn run_test(py: &Path, work: &Path, opt: &str) -> Result<(), String> {
    let dir = py.parent().ok_or("no parent")?;
    let name = py.file_stem().ok_or("no stem")?.to_string_lossy().to_string();
    let exe = work.join(test_name(py));
    let mut cmd = match target() {
        None => {
            let build = Command::new(krait()).arg("build").arg(py).arg("-o").arg(&exe).arg(format!("-O{opt}")).output();
            let build = build.map_err(|e| format!("cannot run krait: {e}"))?;
            if !build.status.success() {
                return Err(format!("  build failed:\n{}", String::from_utf8_lossy(&build.stderr)));
            }
            Command::new(&exe)
        }
        // A program for another machine is built and run under its emulator by `krait run`.
        Some(t) => {
            let mut c = Command::new(krait());
            c.env("KRAIT_CACHE_DIR", work.join("cache")).arg("run").arg(format!("-O{opt}")).arg("--target").arg(t);
            c.arg(py);
            c
        }
    };
    let args = read_or_empty(&dir.join(format!("{name}.args")));
    cmd.args(args.lines().filter(|l| !l.is_empty()));
    cmd.current_dir(dir);
    let stdin = dir.join(format!("{name}.stdin"));
    let out = run_with_timeout(cmd, stdin.exists().then_some(stdin.as_path()))?;
    let expected_out = read_or_empty(&dir.join(format!("{name}.stdout")));
    let expected_err = normalise_stderr(&read_or_empty(&dir.join(format!("{name}.stderr"))), dir);
    let expected_exit: i32 = read_or_empty(&dir.join(format!("{name}.exit"))).trim().parse().unwrap_or(0);
    let actual_out = bare_paths(&String::from_utf8_lossy(&out.stdout), dir);
    let actual_err = normalise_stderr(&String::from_utf8_lossy(&out.stderr), dir);
    let actual_exit = out.status.code().unwrap_or(-1);
    let mut problems = String::new();
    if actual_out != expected_out {
        problems.push_str(&diff("stdout", &expected_out, &actual_out));
    }
    if actual_err != expected_err {
        problems.push_str(&diff("stderr", &expected_err, &actual_err));
    }
    if actual_exit != expected_exit {
        problems.push_str(&format!("  exit status: expected {expected_exit}, got {actual_exit}\n"));
    }
    let _ = std::fs::remove_file(&exe);
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

fn diagnostics_test(py: &Path) -> Result<(), String> {
    let dir = py.parent().ok_or("no parent")?;
    let name = py.file_stem().ok_or("no stem")?.to_string_lossy().to_string();
    let out = Command::new(krait())
        .arg("check")
        .arg(format!("{name}.py"))
        .current_dir(dir)
        .output()
        .map_err(|e| e.to_string())?;
    if out.status.success() {
        return Err("  `krait check` succeeded; it must report an error".into());
    }
    let actual = String::from_utf8_lossy(&out.stderr).to_string();
    let expected_path = dir.join(format!("{name}.expected"));
    if std::env::var_os("KRAIT_BLESS").is_some() {
        std::fs::write(&expected_path, &actual).map_err(|e| e.to_string())?;
        return Ok(());
    }
    let expected = read_or_empty(&expected_path);
    if actual == expected { Ok(()) } else { Err(diff("diagnostics", &expected, &actual)) }
}

/// A test's name: its file's stem, or its directory's name for a program directory.
fn test_name(py: &Path) -> String {
    let stem = py.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
    match py.parent().and_then(Path::file_name) {
        Some(dir) if stem == "main" => dir.to_string_lossy().to_string(),
        _ => stem,
    }
}

/// The test programs in `dir`: its `.py` files and the `main.py` of its subdirectories.
fn collect(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter_map(|p| if p.is_dir() { Some(p.join("main.py")).filter(|m| m.is_file()) } else { Some(p) })
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn main() {
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let opt = std::env::var("KRAIT_TEST_OPT").unwrap_or_else(|_| "2".into());
    let root = root();
    let keep = |p: &PathBuf| filters.is_empty() || filters.iter().any(|f| p.to_string_lossy().contains(f.as_str()));
    let mut jobs: Vec<(PathBuf, bool)> =
        collect(&root.join("tests/run")).into_iter().filter(keep).map(|p| (p, true)).collect();
    jobs.extend(collect(&root.join("tests/diagnostics")).into_iter().filter(keep).map(|p| (p, false)));
    let work = std::env::temp_dir().join(format!("krait-tests-{}", std::process::id()));
    std::fs::create_dir_all(&work).expect("work dir");
    let queue = Mutex::new(jobs.into_iter());
    let results = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).max(2);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let job = queue.lock().expect("queue").next();
                    let Some((path, is_run)) = job else { break };
                    if is_run && !runs_on_target(&path) {
                        println!("test {} ... skipped on this target", path.display());
                        continue;
                    }
                    let r = if is_run { run_test(&path, &work, &opt) } else { diagnostics_test(&path) };
                    let rel = path.strip_prefix(&root).unwrap_or(&path).display().to_string();
                    match &r {
                        Ok(()) => println!("test {rel} ... ok"),
                        Err(msg) => println!("test {rel} ... FAILED\n{msg}"),
                    }
                    results.lock().expect("results").push(r.is_ok());
                }
            });
        }
    });
    let _ = std::fs::remove_dir_all(&work);
    let results = results.into_inner().expect("results");
    let passed = results.iter().filter(|&&ok| ok).count();
    let failed = results.len() - passed;
    println!();
    println!("{passed} passed, {failed} failed");
    if failed > 0 {
        std::process::exit(1);
    }
}
