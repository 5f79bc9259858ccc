# float.hex and float.fromhex, round trips and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for x in [0.0, -0.0, 1.0, -1.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1/3, float("inf"), float("-inf"), float("nan"), 123456.789]:
    h = x.hex()
    print(repr(x), h, float.fromhex(h) == x or x != x)
for s in ["0x1p0", "0X1.8P+1", "  -0x.8p-2  ", "0x1.fffffffffffff8p+1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1074",
          "inf", "-Infinity", "nan", "0x10", "1", "0x1.p1", "0xa.bp3", "+0x0p0"]:
    t(lambda: float.fromhex(s))
t(lambda: float.fromhex("0x1p1024"))
t(lambda: float.fromhex("0x"))
t(lambda: float.fromhex("1x"))
t(lambda: float.fromhex(""))
t(lambda: float.fromhex(3))
t(lambda: (3.5).hex())
t(lambda: float.hex(0.25))
