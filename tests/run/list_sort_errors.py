# list.sort / sorted: key errors propagate, mixed types fail with CPython's message, stability,
# reverse keeps stability, and the list is left in a valid state after a failed sort.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: sorted([3, "a", 1]))
t(lambda: sorted([1, None]))
t(lambda: sorted([[1], (1,)]))
t(lambda: sorted([{1}, {2}, {1, 2}]))
t(lambda: sorted([3, 1, 2], key=lambda x: 1 / (x - 2)))
t(lambda: sorted([3, 1, 2], key=len))
t(lambda: sorted([3, 1], reverse=None))
t(lambda: sorted([3, 1], cmp=None))
t(lambda: sorted())
t(lambda: sorted([1], [2]))
xs = [5, 3, "x", 1]
t(lambda: xs.sort())
print(sorted(xs, key=str), len(xs))
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 2), ("e", 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
ys = recs[:]
ys.sort(key=lambda r: r[0], reverse=True)
ys.sort(key=lambda r: r[1])
print(ys)
print(sorted("Banana", key=str.lower), sorted(["b", "A", "a", "B"]), sorted([0.1, -0.0, 0.0, -0.1]))
print(sorted([True, False, 2, 0.5]), sorted(range(5), key=lambda x: -x), sorted({3: 0, 1: 0}))
t(lambda: [1, 2].sort(key=lambda x: x, reverse=1))
zs = [3, 1, 2]
print(zs.sort(), zs, sorted(zs) is zs)
