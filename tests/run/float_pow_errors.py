# ** with floats: special cases, overflow and zero-division errors.
inf, nan = float("inf"), float("nan")
def t(f):
    try:
        print(repr(f()))
    except OverflowError as e:
        print("OverflowError:", len(e.args), type(e.args[0]).__name__)  # errno and text differ by platform
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: 2.0 ** 10)
t(lambda: 2 ** -1)
t(lambda: 2.0 ** 0.5)
t(lambda: (-8.0) ** 3)
t(lambda: (-8.0) ** 3.0)
t(lambda: 0.0 ** 0)
t(lambda: 0.0 ** -1)
t(lambda: 0 ** -1.0)
t(lambda: 0.0 ** -0.5)
t(lambda: (-0.0) ** -3)
t(lambda: 10.0 ** 400)
t(lambda: 10 ** 400.0)
t(lambda: 10.0 ** -400)
t(lambda: inf ** 0)
t(lambda: nan ** 0)
t(lambda: 1 ** nan)
t(lambda: 1.0 ** inf)
t(lambda: (-1.0) ** inf)
t(lambda: 0.5 ** inf)
t(lambda: 2.0 ** -inf)
t(lambda: inf ** -1)
t(lambda: (-inf) ** 3)
t(lambda: (-inf) ** 2)
t(lambda: (-inf) ** 0.5)
t(lambda: 2 ** 1023.5)
t(lambda: pow(2.0, 3))
t(lambda: pow(2, 0.5))
t(lambda: 1e308 * 10)
t(lambda: -1e308 * 10)
t(lambda: 1e-320 / 1e10)
x = 1.5
x **= 2
print(x)
