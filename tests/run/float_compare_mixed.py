# Comparisons of floats with ints, bools, nan and infinities; sorting mixed numbers.
inf, nan = float("inf"), float("nan")
vals = [0, 0.0, -0.0, 1, 1.0, True, False, 2**53, 2.0**53, 2**53 + 1, 10**400, -10**400, inf, -inf, 0.1]
for a in vals:
    print(repr(a), [int(a < b) * 4 + int(a == b) * 2 + int(a > b) for b in vals])
print(nan == nan, nan != nan, nan < 1, nan >= nan, [nan] == [nan], nan in [nan])
x = nan
print(x == x, [x] == [x], x in [x], (x,) == (x,))
print(sorted([3, 1.5, True, -2, 0.0, 2**70, -inf, 2.5]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(1 < 2.5 < 3 < inf, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(hash(1.0) == hash(1), hash(-0.0) == hash(0), hash(2.0**70) == hash(2**70))
print(hash(inf), hash(-inf), hash(nan) == hash(nan))
