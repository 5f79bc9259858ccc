t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[:2])
a, b, c = t
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
print((), (1,), (1, 2) + (3,), (1, 2) * 2)
for i, s in [(1, "a"), (2, "b")]:
    print(i, s)
(p, q), r = (1, 2), 3
print(p, q, r)
first, second = "hi"
print(first, second)
print(t.index("two"), t.count(1), (1, 2) == (1, 2), (1, 2) < (1, 3))
print(tuple([1, 2]), tuple("ab"))
