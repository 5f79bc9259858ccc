//! Keeps `lower/src/unprovided_native.rs` true: a compiled program asks each native module
//! for every public name CPython 3.12's module has, and the names it lacks must be exactly the
//! ones the file lists (lowering rejects those at compile time). `KRAIT_BLESS=1` rewrites the
//! file from the program's answer.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use krait_lower::modules::NATIVE_MODULES;
use krait_lower::unprovided;

/// The native modules a program can import whose names CPython lists.
fn native_modules() -> Vec<(&'static str, &'static [&'static str])> {
    unprovided::modules().iter().copied().filter(|(m, _)| NATIVE_MODULES.contains(m)).collect()
}

/// A program printing `module name` for each name a native module lacks.
fn probe_program(modules: &[(&str, &[&str])]) -> String {
    let mut p = String::new();
    for (m, _) in modules {
        writeln!(p, "import {m}").unwrap();
    }
    p.push_str(
        "\n\ndef probe(module, name, names):\n    for n in names:\n        try:\n            getattr(module, n)\n",
    );
    p.push_str("        except (NotImplementedError, AttributeError):\n            print(name, n)\n\n\n");
    for (m, names) in modules {
        let list: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
        writeln!(p, "probe({m}, {m:?}, [{}])", list.join(", ")).unwrap();
    }
    p
}

fn table_source(lacking: &[(&str, Vec<String>)]) -> String {
    let mut s = String::from(
        "// The public names of CPython 3.12's modules that krait's native modules lack, written by\n\
         // `KRAIT_BLESS=1 cargo test --release --test unprovided` (driver/tests/unprovided.rs).\n\
         #[rustfmt::skip]\n\
         pub const LACKING: &[(&str, &[&str])] = &[\n",
    );
    for (m, names) in lacking.iter().filter(|(_, n)| !n.is_empty()) {
        let list: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
        writeln!(s, "    ({m:?}, &[{}]),", list.join(", ")).unwrap();
    }
    s.push_str("];\n");
    s
}

#[test]
fn native_modules_lack_exactly_the_recorded_names() {
    let modules = native_modules();
    let dir = std::env::temp_dir().join(format!("krait-unprovided-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let py = dir.join("probe.py");
    std::fs::write(&py, probe_program(&modules)).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_krait")).arg("run").arg(&py).output().expect("krait runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success(), "the probe failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let lacking: Vec<(&str, Vec<String>)> = modules
        .iter()
        .map(|(m, _)| {
            let names = text.lines().filter_map(|l| l.strip_prefix(&format!("{m} "))).map(str::to_string).collect();
            (*m, names)
        })
        .collect();
    let expected = table_source(&lacking);
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../lower/src/unprovided_native.rs");
    let recorded = std::fs::read_to_string(&file).unwrap_or_default();
    if recorded != expected {
        if std::env::var_os("KRAIT_BLESS").is_some() {
            std::fs::write(&file, expected).expect("write the table");
        } else {
            panic!("{} is out of date; rerun with KRAIT_BLESS=1", file.display());
        }
    }
}
