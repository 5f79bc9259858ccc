for s in ["42", "-17", "  8  ", "+5", "1_000_000", "0", "-0", "007"]:
    print(repr(s), int(s))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0o17", 0), int("0b1010", 0), int("777", 8), int("zz", 36))
print(int(3.9), int(-3.9), int(1e20), int(True), int("12345678901234567890123"))
for bad in ["", "abc", "1.5", "1__0", "_1", "0x", " ", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
print(float("1_000.5"), float("-inf"), float("1e-3"), float(".5"), float("5."))
