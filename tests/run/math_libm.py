# reference: cpython-64bit
# platform: x86_64-unknown-linux-gnu
# The elementary functions come from the C library, as in CPython on Linux (glibc), so the
# reference is the machine's 64-bit CPython rather than pyodide's (musl-derived) libm.
import math
from math import sqrt, pi, inf, nan

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(math.pi, math.e, math.tau, math.inf, math.nan, -inf)
xs = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 10.0, 1e-300, 1e300, -3.7, 100.0, 0.1]
for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc", "exp", "exp2",
             "expm1", "fabs", "log1p", "sin", "sinh", "sqrt", "tan", "tanh", "gamma", "lgamma", "log", "log2", "log10",
             "ceil", "floor", "trunc", "degrees", "radians", "isfinite", "isinf", "isnan", "frexp", "modf", "ulp"]:
    f = getattr(math, name)
    out = []
    for x in xs + [inf, -inf, nan]:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
for x in [0.5, 1.5, 2.5, 5.5, 10.1, 23.0, 24.0, 50.5, 141.3, 171.5, 172.0, -0.5, -1.5, -2.5, -10.1, -150.3, -200.5, 1e-21, 3.0]:
    attempt("gamma", lambda: (math.gamma(x), math.lgamma(x)))
