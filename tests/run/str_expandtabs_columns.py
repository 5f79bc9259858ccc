# expandtabs column arithmetic across newlines and with several tab sizes; ljust tables.
samples = ["a\tb\tc", "\t", "ab\t\tcd", "abcdefgh\ti", "x\ny\tz", "r\r\tq", "é\tè\t", "", "no tabs"]
for s in samples:
    print(repr(s), [s.expandtabs(n) for n in [0, 1, 2, 4, 8]], repr(s.expandtabs()))
table = [["name", "qty", "price"], ["apple", "3", "1.25"], ["kiwi", "12", "0.5"]]
widths = [max([len(r[i]) for r in table]) for i in range(3)]
for r in table:
    print(" | ".join([r[i].ljust(widths[i]) if i == 0 else r[i].rjust(widths[i]) for i in range(3)]))
print("\t".join(["a", "bb", "ccc"]).expandtabs(4) + "|")
try:
    "x".expandtabs("4")
except TypeError as e:
    print("TypeError:", e)
print(b"a\tb".expandtabs(3), bytearray(b"\t|").expandtabs(2))
