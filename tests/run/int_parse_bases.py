# int() and float() parsing: bases, prefixes, underscores, white space, signs, and the errors
cases = [("0", 10), ("-0", 10), ("+17", 10), (" 42 ", 10), ("1_000", 10), ("0x1F", 16), ("1f", 16), ("0X_ff", 0),
         ("0b101", 0), ("0o17", 0), ("017", 8), ("0", 0), ("00", 0), ("z", 36), ("Z", 36), ("-zz", 36), ("11", 2),
         ("\t\n7\x0b", 10), ("٣", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16), ("12", 2), ("017", 0),
         ("", 10), ("+", 10), ("1 2", 10), ("0b2", 0), ("9" * 30, 10), ("-" + "f" * 20, 16), ("0xg", 16)]
for text, base in cases:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text), base, "ValueError:", e)
for text in ["1.5", " -2.25e3 ", "1_000.5", "inf", "-Infinity", "nan", "+nAn", "1e-400", "1e400", ".5", "5.", "0x1p3",
             "1_", "", "e5", "1.2.3", "١٫٥", " 3 ", "1e", "--1"]:
    try:
        print(repr(text), repr(float(text)))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
print(int(3.99), int(-3.99), int(True), int(2**70 + 0.0), int("  -0b11  ", 0), int(b"12") if False else 12)
for bad in [(1.5, 10), ("1", 1), ("1", 37), ("1", -1), ([1], 10)]:
    try:
        print(int(*bad))
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
