//! Ctrl-C: a compiled program that gets SIGINT raises `KeyboardInterrupt` where it is, as
//! CPython does. (The reference CPython runs under node, where signals cannot be sent, so
//! these tests check the behaviour itself rather than compare with recorded output.)

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SIGINT: i32 = 2;

fn build(name: &str, source: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krait-interrupt-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let src = dir.join(format!("{name}.py"));
    std::fs::write(&src, source).expect("write source");
    let exe = dir.join(name);
    let status = Command::new(env!("CARGO_BIN_EXE_krait"))
        .arg("build")
        .arg(&src)
        .arg("-o")
        .arg(&exe)
        .status()
        .expect("run krait");
    assert!(status.success(), "krait build {name} failed");
    exe
}

struct Outcome {
    stdout: String,
    stderr: String,
    status: std::process::ExitStatus,
}

/// Runs the program until it prints `ready`, sends it SIGINT, and collects what it does.
fn interrupt(name: &str, source: &str) -> Outcome {
    let exe = build(name, source);
    let mut command = Command::new(&exe);
    // A test run started in the background of a non-interactive shell inherits SIGINT
    // ignored, and a program (like CPython) keeps an ignored SIGINT ignored: restore the
    // default so that the test sees what a terminal user would.
    unsafe extern "C" {
        fn signal(sig: i32, handler: usize) -> usize;
    }
    // SAFETY: `signal` is async-signal-safe, as `pre_exec` requires.
    unsafe {
        command.pre_exec(|| {
            signal(2, 0);
            Ok(())
        });
    }
    let mut child =
        command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn program");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    out.read_line(&mut first).expect("read ready line");
    assert_eq!(first, "ready\n", "{name} did not start");
    // Let it get into its loop, sleep or read.
    std::thread::sleep(Duration::from_millis(200));
    let status = Command::new("kill").arg("-INT").arg(child.id().to_string()).status().expect("kill");
    assert!(status.success());
    let start = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("{name} did not stop after SIGINT");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let mut stdout = String::new();
    out.read_to_string(&mut stdout).expect("stdout");
    let mut stderr = String::new();
    child.stderr.take().expect("stderr").read_to_string(&mut stderr).expect("stderr");
    Outcome { stdout, stderr, status: child.wait().expect("status") }
}

#[test]
fn while_loop_without_calls() {
    let o = interrupt(
        "busy",
        "n = 0\nprint('ready', flush=True)\ntry:\n    while True:\n        n += 1\nexcept KeyboardInterrupt as e:\n    print('caught', type(e).__name__, repr(e), n > 0)\n",
    );
    assert_eq!(o.stdout, "caught KeyboardInterrupt KeyboardInterrupt() True\n");
    assert_eq!(o.stderr, "");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn calls_notice_it_and_finally_runs() {
    let o = interrupt(
        "calls",
        "def step(x):\n    return x + 1\n\ndef work():\n    total = 0\n    for i in range(10 ** 15):\n        total = step(total)\n    return total\n\nprint('ready', flush=True)\ntry:\n    try:\n        work()\n    finally:\n        print('finally ran')\nexcept BaseException as e:\n    print('caught', type(e).__name__, isinstance(e, Exception))\n# Later calls are not affected.\nprint(step(41))\n",
    );
    assert_eq!(o.stdout, "finally ran\ncaught KeyboardInterrupt False\n42\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn sleep_and_input_are_interrupted() {
    let o = interrupt(
        "sleep",
        "import time\nprint('ready', flush=True)\ntry:\n    time.sleep(60)\nexcept KeyboardInterrupt:\n    print('sleep interrupted')\n",
    );
    assert_eq!(o.stdout, "sleep interrupted\n");
    let o = interrupt(
        "input",
        "print('ready', flush=True)\ntry:\n    input()\nexcept KeyboardInterrupt:\n    print('input interrupted')\n",
    );
    assert_eq!(o.stdout, "input interrupted\n");
}

#[test]
fn uncaught_prints_traceback_and_dies_of_sigint() {
    let o = interrupt("uncaught", "def spin():\n    while True:\n        pass\n\nprint('ready', flush=True)\nspin()\n");
    assert!(o.stderr.starts_with("Traceback (most recent call last):\n"), "stderr: {}", o.stderr);
    assert!(o.stderr.contains(", in spin\n"), "stderr: {}", o.stderr);
    assert!(o.stderr.ends_with("\nKeyboardInterrupt\n"), "stderr: {}", o.stderr);
    assert_eq!(o.status.signal(), Some(SIGINT));
}
