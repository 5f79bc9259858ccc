# Every set and frozenset method, with iterables of every kind as arguments
a = {1, 2, 3, 4}
b = frozenset([3, 4, 5])
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), type(a | b).__name__, type(b | a).__name__)
print(sorted(a.union([9], (8,), "")), sorted(a.intersection(range(3))), sorted(a.difference([1], {2})),
      sorted(a.symmetric_difference([4, 10])), a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint("xyz"))
print(sorted(b.union({0})), type(b.union({0})).__name__, b.issubset(b), b < b, b <= b, a > {1}, a >= a, a == {4, 3, 2, 1})
c = set()
c.add(1); c.add(1); c.update([2, 3], (4,)); c.discard(9); c.discard(1); c.remove(2)
print(sorted(c), len(c), c.pop() in {3, 4}, len(c))
c.clear()
print(c, bool(c), set("hello") == {"h", "e", "l", "o"}, frozenset("ab") == {"a", "b"})
d = {5, 6, 7}
d.intersection_update([5, 6, 9]); print(sorted(d))
d.difference_update({5}); print(sorted(d))
d.symmetric_difference_update([6, 8]); print(sorted(d))
e = d.copy(); e.add(99); print(sorted(d), sorted(e), d is e)
print({1, 2} | {2, 3} & {3, 4} ^ {5}, sorted({x % 4 for x in range(20)}), {frozenset({1}), frozenset({1})})
print(set(), frozenset(), repr(set([1])), repr(frozenset([2])), str({3}), len(set(range(100))))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): "k"}[frozenset([1])])
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
attempt("remove missing", lambda: set().remove(1))
attempt("pop empty", lambda: set().pop())
attempt("unhashable add", lambda: set().add([]))
attempt("or list", lambda: {1} | [2])
attempt("frozen add", lambda: frozenset().add(1))
attempt("sub str", lambda: {1} - "a")
attempt("compare list", lambda: {1} < [1])
attempt("union int", lambda: {1}.union(5))
attempt("hash set", lambda: hash({1}))
attempt("update int", lambda: set().update(3))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
