"""Prints rt/src/cpython_names.rs: name lists of CPython 3.12 that error messages depend on
(rt uses them at run time; lower includes the same file to know which builtins exist).

Run it with CPython 3.12 itself:  python3.12 tools/gen-cpython-names.py > rt/src/cpython_names.rs
or with the tests' reference interpreter:
  node tests/reference/run.mjs /tmp/gen tools/gen-cpython-names.py
  cp /tmp/gen/gen-cpython-names.stdout rt/src/cpython_names.rs
"""
import builtins
import importlib
import types
import encodings
import encodings.aliases
import pkgutil
import re
import sys


def rust_list(names, indent):
    lines, line = [], indent
    for n in names:
        item = f' "{n}",'
        if len(line) + len(item) > 110:
            lines.append(line)
            line = indent
        line += item
    lines.append(line)
    return "\n".join(lines)


# Plain comments, not `//!`: lower/ includes this file with `include!` too.
print("// Name lists of CPython 3.12 that error messages depend on, printed by CPython 3.12.7")
print("// itself (`tools/gen-cpython-names.py`): `sys.stdlib_module_names`, the builtins namespace")
print("// in its insertion order, `dir()` of the builtin types, and how their methods count arguments.")
print()
print("/// `sys.stdlib_module_names`: a NameError for one of these suggests importing it.")
print("#[rustfmt::skip]")
print("pub const STDLIB_MODULES: &[&str] = &[")
print(rust_list(sorted(sys.stdlib_module_names), "   "))
print("];")
print()
print("/// The names of the builtins namespace, in CPython's order (suggestions search them last).")
print("#[rustfmt::skip]")
print("pub const BUILTIN_NAMES: &[&str] = &[")
# Pyodide's interpreter adds a private name of its own; CPython's has no such entry.
print(rust_list([n for n in vars(builtins) if not n.startswith("___")], "   "))
print("];")
print()
print("/// `dir(t)` of the builtin types whose attribute errors get suggestions (`bool`'s is `int`'s).")
print("#[rustfmt::skip]")
print("pub const TYPE_ATTRIBUTES: &[(&str, &[&str])] = &[")
for t in [int, float, str, list, tuple, dict, set, frozenset, bytes, bytearray, range, type(None)]:
    print(f'    ("{t.__name__}", &[')
    print(rust_list(dir(t), "       "))
    print("    ]),")
print("];")
print()
# The public names of the standard-library modules krait provides (natively or in Python):
# `__all__` where the module has one, else its names without a leading underscore, less the
# modules it imported. A name here that krait's module lacks is a compile-time error.
PROVIDED_MODULES = [
    "abc", "argparse", "bisect", "collections", "contextlib", "copy", "csv", "dataclasses", "datetime",
    "enum", "fnmatch", "functools", "glob", "heapq", "io", "itertools", "json", "logging", "math",
    "operator", "os", "os.path", "pathlib", "random", "re", "shlex", "shutil", "statistics", "string",
    "subprocess", "sys", "tempfile", "textwrap", "time", "traceback", "typing",
]
print("/// The public names of each standard-library module krait provides, in CPython 3.12 (a")
print("/// name of these that krait's module lacks is reported at compile time).")
print("#[rustfmt::skip]")
print("pub const MODULE_NAMES: &[(&str, &[&str])] = &[")
for name in PROVIDED_MODULES:
    module = importlib.import_module(name)
    public = getattr(module, "__all__", None)
    if public is None:
        public = [n for n in vars(module) if not n.startswith("_") and not isinstance(vars(module)[n], types.ModuleType)]
    print(f'    ("{name}", &[')
    print(rust_list(sorted(set(public)), "       "))
    print("    ]),")
print("];")
print()
print("/// The encoding names CPython's codec registry knows, normalised as it normalises them")
print("/// (`encodings.aliases` and the `encodings` modules), sorted: a name outside this list is a")
print("/// `LookupError`, a name in it that krait lacks a codec for is reported as unsupported.")
print("#[rustfmt::skip]")
print("pub const ENCODINGS: &[&str] = &[")
codec_modules = {m.name for m in pkgutil.iter_modules(encodings.__path__)} - {"aliases"}
print(rust_list(sorted({n.lower() for n in set(encodings.aliases.aliases) | codec_modules}), "   "))
print("];")
print()

# How each method of the builtin types reports a wrong number of positional arguments. CPython
# words it by how the method parses its arguments (METH_O, METH_NOARGS, Argument Clinic,
# PyArg_ParseTuple), so the messages are collected by calling each method with 0..6 arguments.
ARITY_MESSAGE = re.compile(r"(\((\d+) given\)|, got (\d+)|takes no (positional )?arguments)$")
MAX_PROBE = 6
SAMPLES = ["ab", b"ab", bytearray(b"ab"), [1], (1,), {1: 2}, {1}, frozenset({1}), 5, 1.5, range(3),
           {}.keys(), {}.values(), {}.items()]


def arity_message(sample, method, k):
    """The TypeError CPython raises for `sample.method(None, ...)` with k arguments, if it is
    about the number of arguments."""
    inst = type(sample)(sample) if isinstance(sample, (str, bytes, bytearray, list, tuple, dict, set, frozenset)) else sample
    try:
        getattr(inst, method)(*([None] * k))
    except TypeError as e:
        msg = str(e)
        m = ARITY_MESSAGE.search(msg)
        if m and (m.group(2) or m.group(3) or "") in ("", str(k)):
            return msg[: m.start(2)] + "{}" + msg[m.end(2):] if m.group(2) else (
                msg[: m.start(3)] + "{}" + msg[m.end(3):] if m.group(3) else msg)
    except Exception:
        pass
    return None


print("/// For each method of a builtin type: the positional argument counts it accepts (`usize::MAX`")
print("/// for no limit) and CPython's message for too few and for too many (from a count on; `{}`")
print("/// stands for the count given).")
print("/// Sorted by type and method name.")
print("#[rustfmt::skip]")
print("pub const METHOD_ARITY: &[(&str, &str, usize, usize, &str, &[(usize, &str)])] = &[")
rows = []
for sample in SAMPLES:
    tname = type(sample).__name__
    for method in dir(type(sample)):
        if method.startswith("__") or not callable(getattr(type(sample), method)):
            continue
        msgs = [arity_message(sample, method, k) for k in range(MAX_PROBE + 1)]
        ok = [k for k, m in enumerate(msgs) if m is None]
        if not ok or all(m is None for m in msgs):
            continue
        lo, hi = ok[0], ok[-1]
        too_few = msgs[0] if lo > 0 else ""
        too_many, last = [], None
        for k in range(hi + 1, MAX_PROBE + 1):
            if msgs[k] != last:
                too_many.append((k, msgs[k]))
                last = msgs[k]
        hi_text = "usize::MAX" if hi == MAX_PROBE else str(hi)
        many = ", ".join(f'({k}, "{m}")' for k, m in too_many)
        rows.append((tname, method, f'    ("{tname}", "{method}", {lo}, {hi_text}, "{too_few}", &[{many}]),'))
for _, _, row in sorted(rows):
    print(row)
print("];")
