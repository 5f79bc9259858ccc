// krait's reference runner: CPython 3.12.7 (pyodide) under node.
//
//   node tests/reference/run.mjs OUTDIR TEST.py...
//
// Runs each program in a fresh namespace, as `python3.12 TEST.py ARGS < STDIN` would, and writes
// OUTDIR/TEST.stdout, OUTDIR/TEST.stderr and OUTDIR/TEST.exit. Inputs come from TEST.stdin
// (standard input) and TEST.args (one argument per line) when they exist. Tracebacks name the
// script by its file name alone; the test runner normalises krait's paths the same way.
//
// A program of several modules is a directory holding `main.py` and its modules (and
// packages): the directory is copied into the interpreter's file system, where the program
// runs with it as its working directory and first `sys.path` entry; paths into it are written
// relative to it.
import { loadPyodide } from "pyodide";
import fs from "node:fs";
import path from "node:path";

const [outdir, ...files] = process.argv.slice(2);
if (!outdir || files.length === 0) {
  console.error("usage: node run.mjs OUTDIR TEST.py...");
  process.exit(2);
}
fs.mkdirSync(outdir, { recursive: true });

const py = await loadPyodide();
let stdout = [];
let stderr = [];
const collect = (into) => {
  const decoder = new TextDecoder();
  return { write: (bytes) => { into.push(decoder.decode(bytes, { stream: true })); return bytes.length; } };
};
py.setStdout(collect(stdout));
py.setStderr(collect(stderr));

py.runPython(`
import importlib, io, os, sys, traceback, linecache, types

def krait_reference_run(source, filename, argv, stdin_text, module_dir):
    # Each program starts with the interpreter's defaults, whatever the previous one set.
    sys.setrecursionlimit(1000)
    sys.set_int_max_str_digits(4300)
    sys.argv = [filename] + list(argv)
    sys.stdin = io.StringIO(stdin_text)
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    # The program is the module \`__main__\`, as under \`python3.12 FILE\` (dataclasses, enum and
    # typing look classes' modules up in sys.modules).
    main = types.ModuleType("__main__")
    main.__file__ = filename
    main.__builtins__ = __builtins__
    namespace = main.__dict__
    saved_main = sys.modules.get("__main__")
    sys.modules["__main__"] = main
    saved_modules = set(sys.modules)
    saved_cwd = os.getcwd()
    if module_dir:
        sys.path.insert(0, module_dir)
        os.chdir(module_dir)
        importlib.invalidate_caches()
    status = 0
    try:
        exec(compile(source, filename, "exec"), namespace)
    except SystemExit as exc:
        if exc.code is None:
            status = 0
        elif isinstance(exc.code, int):
            status = exc.code
        else:
            print(exc.code, file=sys.stderr)
            status = 1
    except BaseException as exc:
        traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next)
        status = 1
    sys.stdout.flush()
    sys.stderr.flush()
    sys.modules["__main__"] = saved_main
    if module_dir:
        sys.path.remove(module_dir)
        os.chdir(saved_cwd)
        for name in set(sys.modules) - saved_modules:
            del sys.modules[name]
    return status
`);
const run = py.globals.get("krait_reference_run");

// Copies the program's directory (its `.py` files and packages) into the interpreter's file
// system.
function copyInto(from, to) {
  py.FS.mkdirTree(to);
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    if (entry.isDirectory() && entry.name !== "__pycache__") {
      copyInto(src, to + "/" + entry.name);
    } else if (entry.isFile() && entry.name.endsWith(".py")) {
      py.FS.writeFile(to + "/" + entry.name, fs.readFileSync(src));
    }
  }
}

for (const file of files) {
  const name = path.basename(file, ".py");
  const source = fs.readFileSync(file, "utf8");
  const stdin = fs.existsSync(file.replace(/\.py$/, ".stdin")) ? fs.readFileSync(file.replace(/\.py$/, ".stdin"), "utf8") : "";
  const argsFile = file.replace(/\.py$/, ".args");
  const args = fs.existsSync(argsFile) ? fs.readFileSync(argsFile, "utf8").split("\n").filter((a) => a.length > 0) : [];
  stdout.length = 0;
  stderr.length = 0;
  const dir = path.dirname(path.resolve(file));
  const multi = name === "main";
  let status, moduleDir = null;
  if (multi) {
    moduleDir = "/krait/" + path.basename(dir);
    copyInto(dir, moduleDir);
    status = run(source, moduleDir + "/main.py", py.toPy(args), stdin, moduleDir);
  } else {
    status = run(source, path.basename(file), py.toPy(args), stdin, null);
  }
  // Paths into the program's directory are written relative to it.
  const relative = (text) => (moduleDir ? text.split(moduleDir + "/").join("") : text);
  // A program directory's results go to OUTDIR/DIR/main.*.
  const out = multi ? path.join(outdir, path.basename(dir), name) : path.join(outdir, name);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out + ".stdout", relative(stdout.join("")));
  fs.writeFileSync(out + ".stderr", relative(stderr.join("")));
  fs.writeFileSync(out + ".exit", `${status}\n`);
}
