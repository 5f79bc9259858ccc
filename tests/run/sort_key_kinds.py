# Sorting by keys all of one kind (small ints, strs, floats, tuples) compares them without
# dispatch; the order, stability, NaNs and errors must be the same as the general path's.
import math
print(sorted([3, -1, 2, 10**20, -5]))
print(sorted([3, -1, 2, 0, -5], reverse=True))
print(sorted(["b", "a", "é", "Z", "ab", "", "\U0001f600", "z"]))
print(sorted([2.5, -0.0, 0.0, 1e9, -math.inf, math.inf, 3.0]))
xs = [3.0, math.nan, 1.0, math.nan, 2.0]
print(sorted(xs), sorted(xs, reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([True, 2, 1, False]))
pairs = [(i % 3, i) for i in range(10)]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=str.lower, reverse=True))
print(sorted([1, 2.5, 0]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
nan = math.nan
print(sorted([(nan, 2), (nan, 1), (1.0, 3)]))
print(sorted([(float("nan"), 2), (float("nan"), 1), (1.0, 3)]))
print(sorted([("b", 2, 1.5), ("a", 3), ("b", 2), ("b", 1, 9), ("a", 3, 0)]))
print(sorted([(1, [2]), (1, [1]), (0, [5])]))
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"K({self.v})"
print(sorted([(K(2), 1), (K(1), 2), (K(2), 0)]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(e)
print(sorted([(True, 1), (1, 0), (0.5, 2)]))
