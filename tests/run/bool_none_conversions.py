# Conversions among bool, int, float, str, None: what each constructor accepts and returns.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for v in [0, 1, -1, 0.0, -0.0, 0.5, float("nan"), "", "0", "False", " ", [], [0], (), {}, {0: 0}, set(), None, b"", b"\x00", range(0), range(1)]:
    print(repr(v), bool(v), str(v), repr(str(v)))
t(lambda: int(None))
t(lambda: float(None))
t(lambda: str(None))
t(lambda: bool(None))
t(lambda: None + 1)
t(lambda: None < None)
t(lambda: None == None)
t(lambda: None == 0)
t(lambda: not None)
t(lambda: int("True"))
t(lambda: float("True"))
t(lambda: bool("False"))
t(lambda: str(True) + str(1.0) + str(-0.0))
t(lambda: [int(x) for x in [True, False, 3.99, -3.99, "12"]])
t(lambda: [float(x) for x in [True, 7, "1e3", " -2 "]])
t(lambda: type(None)())
t(lambda: type(None)(1))
