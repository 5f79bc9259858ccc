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
    for triple in [
        "x86_64-unknown-linux-gnu",
        "x86_64-unknown-linux-musl",
        "aarch64-unknown-linux-gnu",
        "riscv64gc-unknown-linux-gnu",
    ] {
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
    assert!(
        err.contains("unknown target mips-unknown-linux-gnu; krait compiles for x86_64-unknown-linux-gnu"),
        "{err}"
    );
}

#[test]
fn wasm_emits_code_but_refuses_executables() {
    let dir = std::env::temp_dir().join(format!("krait-wasm-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let py = dir.join("hello.py");
    std::fs::write(&py, "print([x * x for x in range(3)])\n").expect("write");
    let obj = dir.join("hello.o");
    let mut emit = krait();
    emit.arg("build").arg(&py).args(["--target", "wasm32-wasip1", "--emit", "obj", "-o"]).arg(&obj);
    assert!(emit.status().expect("krait runs").success());
    let bytes = std::fs::read(&obj).expect("object written");
    assert_eq!(&bytes[..4], b"\0asm", "a WebAssembly module");
    let exe = krait().arg("build").arg(&py).args(["--target", "wasm32-wasip1", "-o"]).arg(dir.join("hello")).output();
    let exe = exe.expect("krait runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(!exe.status.success());
    let err = String::from_utf8_lossy(&exe.stderr);
    assert!(err.contains("krait cannot make executables for wasm32-wasip1 yet"), "{err}");
}
