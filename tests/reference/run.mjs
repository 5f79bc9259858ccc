// krait's reference runner: CPython 3.12.7 (pyodide) under node.
//
//   node tests/reference/run.mjs OUTDIR TEST.py...
//
// Runs each program in a fresh namespace, as `python3.12 TEST.py ARGS < STDIN` would, and writes
// OUTDIR/TEST.stdout, OUTDIR/TEST.stderr and OUTDIR/TEST.exit. Inputs come from TEST.stdin
// (standard input) and TEST.args (one argument per line) when they exist. Tracebacks name the
// script by its file name alone; the test runner normalises krait's paths the same way.
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
import io, sys, traceback, linecache, types

def krait_reference_run(source, filename, argv, stdin_text):
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
    return status
`);
const run = py.globals.get("krait_reference_run");

for (const file of files) {
  const name = path.basename(file, ".py");
  const source = fs.readFileSync(file, "utf8");
  const stdin = fs.existsSync(file.replace(/\.py$/, ".stdin")) ? fs.readFileSync(file.replace(/\.py$/, ".stdin"), "utf8") : "";
  const argsFile = file.replace(/\.py$/, ".args");
  const args = fs.existsSync(argsFile) ? fs.readFileSync(argsFile, "utf8").split("\n").filter((a) => a.length > 0) : [];
  stdout.length = 0;
  stderr.length = 0;
  const status = run(source, path.basename(file), py.toPy(args), stdin);
  fs.writeFileSync(path.join(outdir, name + ".stdout"), stdout.join(""));
  fs.writeFileSync(path.join(outdir, name + ".stderr"), stderr.join(""));
  fs.writeFileSync(path.join(outdir, name + ".exit"), `${status}\n`);
}
