# `math` functions of one float called on unboxed floats, ints and other values: the same
# results and errors as CPython's, whichever way the argument arrives. (Results are shown
# to 12 significant digits: the C libraries of the reference and of the targets may differ
# in the last bit of a transcendental function.)
import math
import math as m

NAMES = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc",
         "exp", "exp2", "expm1", "fabs", "log1p", "sin", "sinh", "sqrt", "tan", "tanh"]


def typed(x: float) -> list:
    return [math.acos(x) if -1 <= x <= 1 else None, math.acosh(x) if x >= 1 else None,
            math.asin(x) if -1 <= x <= 1 else None, math.asinh(x), math.atan(x),
            math.atanh(x) if -1 < x < 1 else None, math.cbrt(x), math.cos(x), math.cosh(x),
            math.erf(x), math.erfc(x), math.exp(x), math.exp2(x), math.expm1(x), math.fabs(x),
            math.log1p(x) if x > -1 else None, math.sin(x), math.sinh(x),
            math.sqrt(x) if x >= 0 else None, math.tan(x), math.tanh(x)]


def shown(values):
    return [f"{v:.12g}" if isinstance(v, float) else v for v in values]


for x in (0.0, -0.0, 0.5, -0.75, 1.0, 2.5, 100.0, 1e-300):
    print(x, shown(typed(x)))


def each(x):
    out = []
    for name in NAMES:
        try:
            out.append(f"{getattr(math, name)(x):.12g}")
        except (ValueError, OverflowError, TypeError) as exc:
            out.append(f"{type(exc).__name__}: {exc}")
    return out


def direct(x):
    out = []
    for f in (lambda v: math.sqrt(v), lambda v: math.exp(v), lambda v: math.cosh(v),
              lambda v: math.acos(v), lambda v: math.log1p(v), lambda v: m.sin(v)):
        try:
            out.append(f"{f(x):.12g}")
        except (ValueError, OverflowError, TypeError) as exc:
            out.append(f"{type(exc).__name__}: {exc}")
    return out


class Celsius:
    def __float__(self):
        return 21.5


class Index:
    def __index__(self):
        return 4


for x in (4, -1, 1000, 10**400, True, 2.0, -2.0, 1e308, "4", None, Celsius(), Index()):
    print(repr(x) if not isinstance(x, (Celsius, Index)) else type(x).__name__, direct(x))
print(each(0.25) == [f"{getattr(math, n)(0.25):.12g}" for n in NAMES], each(-5)[:3], each(800)[11:14])
print(each(float("inf")))
print(each(float("-inf")))
print(each(float("nan")))


def shadowed(math):
    return math.sqrt(9)


class Fake:
    def sqrt(self, x):
        return f"Fake.sqrt({x})"


print(shadowed(Fake()), f"{math.sqrt(2) ** 2:.12g}", m.sqrt(0.25))


def norm(x, y, z):
    return math.sqrt(x * x + y * y + z * z)


print(norm(3, 4, 12), norm(0.1, 0.2, 0.3), norm(-1.5, 2, 0))    # square roots are exact
print(math.sqrt(-0.0), math.fabs(-0.0), math.cbrt(-27))
math.sqrt(-1)
