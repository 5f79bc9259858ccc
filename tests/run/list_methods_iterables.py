# list methods fed by any iterable: extend, constructor, +=, slice assignment, insert/copy.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

xs = [1]
xs.extend("ab")
xs.extend(range(2))
xs.extend((9,))
xs.extend({"k": 1})
xs.extend({5})
xs.extend(map(str, [7]))
xs.extend(reversed([8, 9]))
print(xs)
xs += "z"
xs += range(1)
print(xs)
t(lambda: xs.extend(5))
t(lambda: xs + "a")
ys = xs.copy()
ys.clear()
print(ys, len(xs))
zs = list(range(5))
zs.reverse()
print(zs, zs.count(3), zs.index(0))
zs[1:3] = "xy"
print(zs)
zs[:] = []
print(zs)
ws = [[]] * 3
ws[0].append(1)
print(ws)
vs = [[] for _ in range(3)]
vs[0].append(1)
print(vs)
aa = [1, 2, 3]
aa.extend(aa)
print(aa)
aa[len(aa):] = aa
print(aa, len(aa))
t(lambda: list(range(3)) == [0, 1, 2])
t(lambda: list({3: 1, 1: 2}.items()))
