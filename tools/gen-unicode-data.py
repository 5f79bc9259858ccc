"""Prints rt/src/unicode_data.rs: CPython 3.12's Unicode character database (Unicode 15.0) as
str's methods see it: per-character flags, decimal digit values, and the full case mappings.

Run it with CPython 3.12 itself:  python3.12 tools/gen-unicode-data.py > rt/src/unicode_data.rs

Every fact is read back through str's own methods, so the table is exactly what CPython's
`str.isalpha()`, `str.lower()`, `int()` and friends do, including the properties the final-sigma
rule and `title()` depend on (cased, case-ignorable), which unicodedata does not expose.
"""
import sys
import unicodedata

assert sys.version_info[:2] == (3, 12), "run with CPython 3.12"

FLAGS = [
    ("ALPHA", lambda c: c.isalpha()),
    ("DECIMAL", lambda c: c.isdecimal()),
    ("DIGIT", lambda c: c.isdigit()),
    ("NUMERIC", lambda c: c.isnumeric()),
    ("LOWER", lambda c: c.islower()),
    ("UPPER", lambda c: c.isupper()),
    ("TITLE", lambda c: c.istitle() and not c.isupper()),
    ("SPACE", lambda c: c.isspace()),
    ("LINEBREAK", lambda c: len(("a" + c + "a").splitlines()) == 2),
    ("PRINTABLE", lambda c: c.isprintable()),
    # title() lowers a letter after a cased character and titles it after anything else.
    ("CASED", lambda c: (c + "a").title().endswith("a")),
    # The final-sigma rule skips case-ignorable characters between a cased letter and sigma.
    ("CASE_IGNORABLE", lambda c: not (c + "\u03a3").lower().endswith("\u03c2")
        and ("A" + c + "\u03a3").lower().endswith("\u03c2")),
    ("XID_START", lambda c: c.isidentifier()),
    ("XID_CONTINUE", lambda c: ("a" + c).isidentifier()),
]


def flags_of(c):
    bits = 0
    for i, (_, test) in enumerate(FLAGS):
        if test(c):
            bits |= 1 << i
    return bits


def rust_str(s):
    return '"' + "".join(f"\\u{{{ord(ch):x}}}" for ch in s) + '"'


def print_table(doc, declaration, items):
    """A documented Rust static slice, its items filled into lines of at most 110 columns."""
    print()
    print(f"/// {doc}")
    print("#[rustfmt::skip]")
    print(f"pub static {declaration} = &[")
    line = "   "
    for item in items:
        if len(line) + len(item) + 2 > 110:
            print(line)
            line = "   "
        line += f" {item},"
    print(line)
    print("];")


def main():
    runs = []
    prev = None
    for cp in range(0x110000):
        c = chr(cp)
        f = 0 if 0xD800 <= cp <= 0xDFFF else flags_of(c)
        if f != prev:
            runs.append((cp, f))
            prev = f
    zeros = []
    for cp in range(0x110000):
        c = chr(cp)
        if c.isdecimal() and unicodedata.decimal(c) == 0:
            zeros.append(cp)
    mappings = {}
    for name, op in [("LOWER", str.lower), ("UPPER", str.upper), ("TITLE", str.title), ("FOLD", str.casefold)]:
        table = []
        for cp in range(0x110000):
            if 0xD800 <= cp <= 0xDFFF:
                continue
            c = chr(cp)
            # lower() of a lone capital sigma is the non-final form; the rule is rt's.
            m = op(c)
            if m != c:
                table.append((cp, m))
        mappings[name] = table

    print("// CPython 3.12's Unicode database (Unicode 15.0.0) as str's methods see it, printed by")
    print("// CPython 3.12.7 itself (`tools/gen-unicode-data.py`). Do not edit by hand.")
    print()
    for i, (name, _) in enumerate(FLAGS):
        print(f"pub const {name}: u16 = 1 << {i};")
    print_table("`(first code point, flags)`: each run's flags hold up to the next run's start.",
                "FLAG_RUNS: &[(u32, u16)]", [f"(0x{cp:x}, 0x{f:x})" for cp, f in runs])
    print_table("The code points of decimal digit zero; each script's digits follow its zero.",
                "DECIMAL_ZEROS: &[u32]", [f"0x{cp:x}" for cp in zeros])
    for name, table in mappings.items():
        print_table(f"Full {name.lower()} case mapping of each code point it changes, sorted.",
                    f"{name}_MAP: &[(u32, &str)]", [f"(0x{cp:x}, {rust_str(m)})" for cp, m in table])

main()
