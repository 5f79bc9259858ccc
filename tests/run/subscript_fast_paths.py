# Items of lists and tuples read, stored and unpacked in place by compiled code: every
# index form, storage and error must behave as CPython's.
from collections import namedtuple


def get(c, i):
    return c[i]


def put(c, i, v):
    c[i] = v
    return c


xs = [10, 20, 30]
t = (1.5, "two", None)
fs = [0.5 * i for i in range(4)]
for c in (xs, t, fs, "abc", {0: "zero", -1: "minus", 1: "one"}):
    print([get(c, i) for i in (0, -1, True, False)])
for c, i in ((xs, 3), (xs, -4), (t, 5), (fs, 10**20), (xs, 2**70), (t, "x"), (xs, 1.0), ("ab", 2)):
    try:
        print(get(c, i))
    except (IndexError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)
print(put(xs, -1, "last"), put(fs, 1, 9.25), put(fs, 2, "mixed"), put({}, 1.5, 2))
for c, i in ((xs, 5), ((1, 2), 0), (fs, -9)):
    try:
        put(c, i, 0)
    except (IndexError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)


class L(list):
    def __getitem__(self, i):
        return ("L", super().__getitem__(i))


P = namedtuple("P", "x y")
print(get(L([1, 2]), 0), get(P(3, 4), -1), get(P(3, 4), True))

# Unpacking.
def unpack(v):
    a, b = v
    return b, a


for v in ((1, 2), [3, 4], "ab", P(5, 6), {7: 0, 8: 0}, iter([9, 10]), [0.5, 1.5]):
    print(unpack(v))
for v in ((1, 2, 3), [1], 5, "abc", []):
    try:
        unpack(v)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)

grid = [[x * 1.0 + y for x in range(3)] for y in range(3)]
total = 0.0
for row in grid:
    for j in range(-3, 3):
        total += row[j] * row[-j - 1]
print(total, grid[1][-1], grid[-1][0])
