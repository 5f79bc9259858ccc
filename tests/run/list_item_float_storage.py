# Items of a list that keeps its floats unboxed, read by index into untyped locals: the
# same values, errors and results as with boxed items, whatever the list holds.


def dot(xs: list, ys: list) -> float:
    s = 0.0
    for i in range(len(xs)):
        x = xs[i]
        y = ys[-1 - i]
        s += x * y
    return s


def describe(xs: list):
    out = []
    for i in range(len(xs)):
        v = xs[i]
        out.append((type(v).__name__, v, v * 2))
    return out


floats = [0.5 * i for i in range(6)]
print(dot(floats, floats))
ints = list(range(6))
print(dot(ints, floats), dot(ints, ints))
mixed = [1.5, 2, 3.25]
print(describe(mixed))
floats.append("seven")
print(describe(floats[-2:]))
try:
    print(describe(floats), -floats[-1])
except TypeError as e:
    print("TypeError:", e)
floats.pop()
print(describe(floats[:2]))


def at(xs: list, i: int):
    v = xs[i]
    return v + 1


big = [float(i) for i in range(10)]
print(at(big, 3), at(big, -1))
for bad in (10, -11):
    try:
        at(big, bad)
    except IndexError as e:
        print("IndexError:", e)
big[3] = 10**30
print(at(big, 3), type(at(big, 3)).__name__)
big[3] = 2.0
print(at(big, 3))
nan = float("nan")
big[0] = nan
v = at(big, 0)
print(v, v == v)
