# round() of floats: half to even on the exact value, ndigits positive and negative.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1.005, 123.456, -123.456, 1e16, 1e300, 5e-324, 0.0, -0.0]:
    print(repr(x), round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1), round(x, -2), round(x, 5), round(x, 400), round(x, -400))
t(lambda: round(float("inf")))
t(lambda: round(float("-inf")))
t(lambda: round(float("nan")))
t(lambda: round(float("inf"), 2))
t(lambda: round(float("nan"), 1))
t(lambda: round(1e308, -308))
t(lambda: round(1.7976931348623157e308, -308))
t(lambda: round(2.5, None))
t(lambda: round(2.5, 1.0))
t(lambda: type(round(2.5)).__name__)
t(lambda: type(round(2.5, 0)).__name__)
t(lambda: round(1e20))
t(lambda: round(-1e20 - 0.5, -3))
