# float() from strings: spaces, signs, underscores, infinities, nans, and the error text.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in [" 3.5 ", "-0", "+1e3", "1_000.000_1", "1e-400", "1e400", "-1e400", "inf", "-INF", "Infinity",
          "+infinity", "nan", "-NaN", ".5", "5.", "0x10", "1__0", "_1", "1_", "", "  ", "abc", "1e", "e5",
          "1.2.3", "--1", "in f", "٣.١٤", "\u2003 2.5\u2003", "1,5", "infinit", "nana"]:
    t(lambda: float(s))
t(lambda: float(b"2.5"))
t(lambda: float(bytearray(b" -1e3 ")))
t(lambda: float(b"x"))
t(lambda: float(None))
t(lambda: float([]))
t(lambda: float("x" * 300))
t(lambda: float(True))
t(lambda: float(10**400))
t(lambda: float())
t(lambda: float(x="1"))
t(lambda: float(bytearray(b"x")))
t(lambda: float(b"\xff"))
t(lambda: float(b" 1_0 "))
