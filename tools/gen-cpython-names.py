"""Prints rt/src/cpython_names.rs: name lists of CPython 3.12 that error messages depend on
(rt uses them at run time; lower includes the same file to know which builtins exist).

Run it with CPython 3.12 itself:  python3.12 tools/gen-cpython-names.py > rt/src/cpython_names.rs
"""
import builtins
import encodings
import encodings.aliases
import pkgutil
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
print("// in its insertion order, and `dir()` of the builtin types.")
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
print("/// The encoding names CPython's codec registry knows, normalised as it normalises them")
print("/// (`encodings.aliases` and the `encodings` modules), sorted: a name outside this list is a")
print("/// `LookupError`, a name in it that krait lacks a codec for is reported as unsupported.")
print("#[rustfmt::skip]")
print("pub const ENCODINGS: &[&str] = &[")
codec_modules = {m.name for m in pkgutil.iter_modules(encodings.__path__)} - {"aliases"}
print(rust_list(sorted({n.lower() for n in set(encodings.aliases.aliases) | codec_modules}), "   "))
print("];")
