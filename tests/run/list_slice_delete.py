# del with slices of every step sign, extended slice assignment size checks.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

base = list(range(10))
for sl in [slice(None), slice(2, 5), slice(None, None, 2), slice(1, None, 3), slice(None, None, -1),
           slice(8, 2, -2), slice(-3, None), slice(5, 2), slice(100, 200), slice(-100, 3), slice(None, None, -3)]:
    xs = base[:]
    del xs[sl]
    print(sl, xs)
xs = base[:]
xs[::2] = "abcde"
print(xs)
xs[1::2] = range(5)
print(xs)
xs[2:5] = []
print(xs)
xs[:0] = [100, 200]
print(xs)
xs[len(xs):] = (7, 8)
print(xs)
xs[3:3] = xs
print(xs)
def sa(sl, v):
    ys = list(range(6))
    ys[sl] = v
    return ys
t(lambda: sa(slice(None, None, 2), [1, 2]))
t(lambda: sa(slice(None, None, -1), "abcdef"))
t(lambda: sa(slice(None, None, 2), 5))
t(lambda: sa(slice(1, 3), 5))
t(lambda: sa(slice(5, 1, -2), [9, 8]))
t(lambda: sa(slice(0, 6, 7), ["x"]))
t(lambda: sa(slice(None, None, 0), []))
t(lambda: sa(slice("a", None), []))
zs = list(range(20))
del zs[::3], zs[::-2]
print(zs)
