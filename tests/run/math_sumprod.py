# math.sumprod (new in 3.12): exact int products, extended-precision float sums, then + and *
import math
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [3, 4]), math.sumprod([], []))
print(math.sumprod([0.1] * 10, [1.0] * 10), sum([0.1] * 10), math.sumprod([1e308, 1e308], [10, -10]))
print(math.sumprod([1, 2.5, 3], [3, 4, True]), math.sumprod([2**62, 2**62], [4, 4]), math.sumprod((1, 2), [3, 4]))
print(math.sumprod([1e-300, 1e-300], [1e-300, 1e-300]), math.sumprod([float("inf"), 1.0], [1.0, 2.0]))
print(math.sumprod([1.0, 2], [1, 3]), math.sumprod([0.1, 0.2, 0.3], [0.1, 0.2, 0.3]), math.sumprod([1e16, 1.0, -1e16], [1.0, 1.0, 1.0]))
print(math.sumprod(range(5), range(5)), math.sumprod([True, False], [3, 4]), math.sumprod([2**70], [2**70]))
for bad in [([1, 2], [3]), (1, [2]), ([[]], [2.0]), (["a", "b"], [2, 3]), ([1.5, 2**1100], [2.0, 1])]:
    try:
        print(math.sumprod(*bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
