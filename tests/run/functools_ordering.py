# functools.total_ordering (the missing comparisons from the one a class defines) and
# cmp_to_key (sorting with an old-style comparison function).
from functools import total_ordering, cmp_to_key
import functools

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"v{self.major}.{self.minor}"

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a <= c, a >= c, a > c, b >= a)
print(sorted([Version(2, 0), a, b, Version(0, 9)]), max(a, b), min([b, a, c]))

@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
print(Desc(1) < Desc(2), Desc(3) <= Desc(3), Desc(2) >= Desc(1), Desc(1) > Desc(1))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

def by_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return -1 if x < y else (1 if x > y else 0)
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda x, y: y - x)))
K = cmp_to_key(lambda x, y: x - y)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), max([5, 9, 2], key=K))
