# Arithmetic, comparisons and ordering with inf and nan; math.isnan/isinf/isfinite.
import math
inf, nan = float("inf"), float("nan")
vals = [inf, -inf, nan, 0.0, -0.0, 1.0]
for a in vals:
    print(repr(a), [repr(a + b) for b in vals], [repr(a * b) for b in vals])
print(inf - inf, inf / inf, 0 * inf, inf * -1, -inf ** 2, (-inf) ** 3, inf ** 0.5, nan ** 0, 1 ** nan)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan), math.isinf(1e308 * 10))
print(max(1, nan), max(nan, 1), min(nan, 1), sorted([3, nan, 1]) in ([3, nan, 1], [1, 3, nan]), len(sorted([nan, 2, 1])))
print(nan != nan, inf == inf, -inf < inf, inf > 10**400, -inf < -(10**400))
print(str(inf), repr(-inf), str(nan), f"{inf:.2f} {nan:e} {-inf:g}", format(inf, "+"), format(nan, "08"))
print(int(1e300) > 0, float("inf") == math.inf, math.copysign(1, -nan) if False else "skip")
for x in [inf, -inf, nan]:
    for f in [int, round]:
        try:
            print(f(x))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__ + ":", e)
