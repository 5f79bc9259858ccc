# float.as_integer_ratio, is_integer, conjugate, real/imag; int/float conversions exact.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for x in [0.0, -0.0, 1.0, 0.5, -0.75, 0.1, 1e22, 1e23, 2.0**-1074, 1.7976931348623157e308, 3.0, -2.5e-5]:
    print(repr(x), x.as_integer_ratio(), x.is_integer(), x.conjugate(), x.real, x.imag)
t(lambda: float("inf").as_integer_ratio())
t(lambda: float("nan").as_integer_ratio())
t(lambda: float("inf").is_integer())
t(lambda: float("nan").is_integer())
t(lambda: int(1e300) == 10**300)
t(lambda: int(1e300))
t(lambda: float(2**1023 * 2 - 1))
t(lambda: float(2**1024))
t(lambda: float(-(2**1024)))
t(lambda: float(2**53 + 1))
t(lambda: float(10**22))
t(lambda: 2**53 + 1 == float(2**53 + 1))
t(lambda: 1e16 + 1)
