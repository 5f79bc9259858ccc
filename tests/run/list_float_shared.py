# Lists of floats built in one function and used in others: rt keeps them unboxed
# until something needs the elements as objects; nothing observable changes.

def fill(n):
    out = []
    for i in range(n):
        out.append(i * 0.5)
    return out

def scale(xs, k):
    for i in range(len(xs)):
        xs[i] = xs[i] * k
    return xs

def total(xs: list[float]) -> float:
    s = 0.0
    for x in xs:
        s += x
    return s

xs = fill(10)
print(xs)
print(total(xs), sum(xs), max(xs), min(xs))
scale(xs, 1.5)
print(xs)
xs.append(7)              # an int joins the floats
print(xs, type(xs[-1]).__name__)
xs[0] = "zero"
print(xs[:3], len(xs))
ys = fill(5)
ys.extend([1e300, float("inf"), -0.0])
ys.sort(reverse=True)
print(ys)
print(ys.index(1.0), ys.count(-0.0), 0.0 in ys, -0.0 in ys)
zs = fill(4)
zs.insert(1, 9.25)
zs.remove(1.0)
print(zs, zs.pop(), zs)
ws = fill(3) + fill(2)
print(ws, ws * 2, ws == [0.0, 0.5, 1.0, 0.0, 0.5])
big = fill(200000)
print(len(big), big[-1], total(big))
nested = [fill(2), fill(3)]
print(nested, repr(nested[1][2]), str(fill(3)[1]))
d = {x: i for i, x in enumerate(fill(4))}
print(d)
t = tuple(fill(3))
print(t, hash(t) == hash((0.0, 0.5, 1.0)))
for i, x in enumerate(reversed(fill(4))):
    print(i, x, x.is_integer())
