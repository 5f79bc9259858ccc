s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
e = set()
print(e, bool(e), bool(s), frozenset(), frozenset([3, 2, 1]))
s.add(10)
s.add(3)
print(s)
s.discard(10)
s.discard(99)
print(s)
s.remove(1)
print(s)
try:
    s.remove(42)
except KeyError as ex:
    print("KeyError", ex)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7, 8]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([5, 1]))
print(a <= b, a < a | b, a | b >= b, a > b, a == {4, 3, 2, 1}, a != b)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b))
c = a.copy()
c |= {100}
c &= {1, 2, 100}
print(c, a)
c -= {1}
c ^= {5, 2}
print(c)
print(sorted({5, 2, 9, 1}), list({1, 2, 3}), sum({1, 2, 3}), max({4, 8}), min(frozenset({4, 8})))
print({x * x for x in range(-3, 4)})
print({x % 4 for x in range(20) if x > 5})
print(set("hello") == {"h", "e", "l", "o"}, len(set("mississippi")))
fs = frozenset({1, 2})
print(hash(fs) == hash(frozenset([2, 1])), fs | {3}, {3} | fs, fs == {1, 2})
d = {fs: "x"}
print(d[frozenset([1, 2])])
p = {1, 2, 3}
print(p.pop(), p.pop(), p)
p.clear()
print(p)
try:
    p.pop()
except KeyError as ex:
    print("KeyError", ex)
u = {1, 2}
u.update([3], (4, 5))
u.intersection_update({1, 2, 3, 4, 9})
u.difference_update([1])
u.symmetric_difference_update({2, 7})
print(u)
print({(1, 2), (1, 2)}, {1.5, 2.5}, {None})
print({1, 2} == [1, 2], {1} != "a")
x, y = {7, 8}
print(x, y)
for i in {4, 5, 6}:
    print(i, end=" ")
print()
print(set([1, 2, 2, 3]), set((5, 6)), set({1: 2, 3: 4}), set(range(3)))
print(set({1: 2}.keys()), {1: 2}.keys() | {5}, {1: 2, 3: 4}.keys() & {3}, {1: 2}.keys() - {1}, {1: 2}.items() | {(3, 4)})
print({True, 1, 1.0}, {0, False})
