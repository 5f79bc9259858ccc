//! `krait targets` and `--target` errors (the suites for other targets run through
//! `KRAIT_TEST_TARGET`, see tests/run.rs).

use std::process::Command;

fn krait() -> Command {
    Command::new(env!("CARGO_BIN_EXE_krait"))
}

#[test]
fn targets_lists_every_supported_triple() {
    let out = krait().arg("targets").output().expect("krait runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for triple in
        ["x86_64-unknown-linux-gnu", "x86_64-unknown-linux-musl", "aarch64-unknown-linux-gnu", "riscv64gc-unknown-linux-gnu"]
    {
        assert!(text.lines().any(|l| l.starts_with(triple)), "{triple} missing from:\n{text}");
    }
    assert!(text.contains("x86_64-unknown-linux-gnu (host): ready"), "{text}");
}

#[test]
fn unknown_target_is_an_error_naming_the_supported_ones() {
    let dir = std::env::temp_dir().join(format!("krait-targets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let py = dir.join("hello.py");
    std::fs::write(&py, "print(1)\n").expect("write");
    let out = krait().arg("build").arg(&py).arg("--target").arg("mips-unknown-linux-gnu").output().expect("krait runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown target mips-unknown-linux-gnu; krait compiles for x86_64-unknown-linux-gnu"), "{err}");
}
