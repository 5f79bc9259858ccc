//! `_subprocess`: running a program and waiting for it, under krait's `subprocess` (written in
//! Python, `lower/stdlib/subprocess.py`).

use std::io::Write;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};

use crate::exceptions::raise_type_error;
use crate::object::{Kind, Value};
use crate::{bytes, int, str, tuple};

pub const NAMES: &[&str] = &["run"];

pub fn getattr(name: &str) -> Option<Value> {
    match name {
        "run" => Some(super::builtin(subprocess_run, "run")),
        _ => None,
    }
}

/// How a child's stream is set up: inherited, captured, discarded, or (stderr) merged into
/// stdout.
fn stream(code: i64) -> Stdio {
    match code {
        1 => Stdio::piped(),
        2 => Stdio::null(),
        _ => Stdio::inherit(),
    }
}

// `run(argv, cwd, env, input, stdout, stderr)`: `argv` a list of str (the program first), `cwd`
// and `env` (a dict) or None, `input` bytes or None, `stdout`/`stderr` 0 inherit, 1 capture,
// 2 discard, 3 (stderr only) into stdout. Returns `(returncode, stdout bytes or None, stderr
// bytes or None)`; a program that cannot start raises its `OSError`.
module_function!(subprocess_run, |args, kw| {
    let _ = kw;
    let [argv, cwd, env, input, out, err] = args else {
        raise_type_error("_subprocess.run() takes exactly 6 arguments");
        return Err(());
    };
    let items = crate::iter::collect(*argv)?;
    let mut words = Vec::with_capacity(items.len());
    for w in items {
        if w.kind() != Kind::Str {
            raise_type_error(&format!("expected str, bytes or os.PathLike object, not {}", w.type_name()));
            return Err(());
        }
        words.push(str::as_str(w).to_string());
    }
    let Some((program, rest)) = words.split_first() else {
        crate::exceptions::raise(&crate::exceptions::INDEX_ERROR, "list index out of range");
        return Err(());
    };
    // The program is looked up here (as CPython's `_posixsubprocess` does), so a missing one
    // is reported the same way everywhere (under an emulator too).
    let search_path = if env.is_none() {
        std::env::var("PATH").ok()
    } else {
        crate::class::namespace_get(*env, "PATH").filter(|v| v.kind() == Kind::Str).map(|v| str::as_str(v).to_string())
    };
    let found = if program.contains('/') {
        std::path::Path::new(program).exists().then(|| program.clone())
    } else {
        search_path
            .unwrap_or_else(|| "/bin:/usr/bin".into())
            .split(':')
            .map(|d| std::path::Path::new(if d.is_empty() { "." } else { d }).join(program))
            .find(|p| p.is_file())
            .map(|p| p.display().to_string())
    };
    let Some(found) = found else {
        crate::file::raise_os_error(&std::io::Error::from_raw_os_error(2), str::new_str(program));
        return Err(());
    };
    let mut cmd = Command::new(&found);
    cmd.arg0(program);
    cmd.args(rest);
    if !cwd.is_none() {
        cmd.current_dir(str::as_str(*cwd));
    }
    if !env.is_none() {
        cmd.env_clear();
        for e in crate::dict::table(*env).live() {
            cmd.env(str::as_str(e.key), str::as_str(e.value));
        }
    }
    let (out_code, err_code) = (int::to_i64(*out).unwrap_or(0), int::to_i64(*err).unwrap_or(0));
    cmd.stdout(stream(out_code));
    cmd.stderr(if err_code == 3 { Stdio::piped() } else { stream(err_code) });
    cmd.stdin(if input.is_none() { Stdio::inherit() } else { Stdio::piped() });
    // What the program printed so far comes before what the child prints.
    crate::io::flush_stdout();
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            crate::file::raise_os_error(&e, str::new_str(program));
            return Err(());
        }
    };
    if !input.is_none() {
        let data = bytes::data(*input).to_vec();
        if let Some(mut stdin) = child.stdin.take() {
            let _ = stdin.write_all(&data);
        }
    }
    let output = match child.wait_with_output() {
        Ok(o) => o,
        Err(e) => {
            crate::file::raise_os_error(&e, Value::NULL);
            return Err(());
        }
    };
    use std::os::unix::process::ExitStatusExt;
    let code = match (output.status.code(), output.status.signal()) {
        (Some(c), _) => i64::from(c),
        (None, Some(s)) => -i64::from(s),
        _ => -1,
    };
    let mut stdout = if out_code == 1 { Some(output.stdout) } else { None };
    if err_code == 3 {
        // Merged: stdout's bytes then stderr's (krait does not interleave them).
        if let Some(o) = stdout.as_mut() {
            o.extend_from_slice(&output.stderr);
        }
    }
    let stderr = if err_code == 1 { Some(output.stderr) } else { None };
    let wrap = |b: Option<Vec<u8>>| b.map_or(Value::none(), bytes::new_bytes);
    Ok(tuple::new(vec![int::from_i64(code), wrap(stdout), wrap(stderr)]))
});
