# reference: cpython-64bit
# Float division and powers over the special values (signed zeros, infinities, nan, huge
# and tiny numbers), fast path and general path alike; OverflowError carries the C
# library's ERANGE, so the 64-bit machine's CPython is the reference.
import math

vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 1e308, -1e308, 1e-308, math.inf, -math.inf, math.nan, 0.5, 10.0, -3.0]
for x in vals:
    for y in vals:
        try:
            print(x, "/", y, "=", repr(x / y))
        except ZeroDivisionError as e:
            print(x, "/", y, "ZeroDivisionError:", e)
        if x < 0 and math.isfinite(y) and y != int(y):
            continue  # a complex result
        try:
            print(x, "**", y, "=", repr(x**y))
        except (ZeroDivisionError, OverflowError) as e:
            print(x, "**", y, type(e).__name__, e)
