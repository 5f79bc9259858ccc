//! MIR snapshot tests: each `tests/mir/NAME.py` is lowered and its MIR text compared with
//! `lower/tests/snapshots/mir__NAME.snap` (`INSTA_UPDATE=always cargo test -p krait-lower`
//! accepts changes after review).

use std::path::Path;

#[test]
fn mir_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/mir");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/mir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no MIR snapshot programs in {}", dir.display());
    for file in files {
        let name = file.file_stem().expect("stem").to_string_lossy().to_string();
        let source = std::fs::read_to_string(&file).expect("read");
        let prog = match krait_lower::lower_program(&format!("{name}.py"), &source) {
            Ok(p) => p,
            Err(errors) => panic!("{name}: {:?}", errors.diagnostics),
        };
        insta::assert_snapshot!(name, prog.to_string());
    }
}
