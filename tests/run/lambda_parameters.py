count = lambda *args: len(args)
print(count(), count(1, 2, 3))
kw = lambda **kw: sorted(kw.items())
print(kw(b=2, a=1))
mixed = lambda a, b=2, *rest, key=None, **opts: (a, b, rest, key, opts)
print(mixed(1), mixed(1, 3, 4, 5, key="k", z=0))
only = lambda *, x, y=5: x * y
print(only(x=3), only(x=2, y=2))
try:
    only(1)
except TypeError as e:
    print(e)
pos = lambda a, /, b: a - b
print(pos(5, b=2))
print(sorted([(1, "b"), (0, "a")], key=lambda *t: t[0][1]))
print((lambda: 42).__name__, (lambda x, *y: 0).__defaults__)
