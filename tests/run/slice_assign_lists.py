# Slice assignment between lists: a slice of a list stored straight into another (or the
# same) list, with every kind of bound, and the cases that must still go the long way.


def flips(n):
    perm = list(range(n))
    perm[1:] = perm[:0:-1]
    perm[0], perm[n // 2] = perm[n // 2], perm[0]
    count = 0
    k = perm[0]
    while k:
        perm[: k + 1] = perm[k::-1]
        count += 1
        k = perm[0]
    return count, perm


print(flips(5), flips(9))


def shapes():
    a = list(range(10))
    b = [x * 10 for x in range(6)]
    a[2:5] = b[1:3]          # shrinks
    print(a)
    a[0:1] = b[::2]          # grows
    print(a)
    a[1::2] = a[::2][: len(a[1::2])]
    print(a)
    a[:] = a[::-1]           # whole list, reversed onto itself
    print(a)
    a[len(a):] = a[:3]       # appended from itself
    print(a)
    a[-3:] = b[-100:100]     # clamped bounds
    print(a)
    a[5:2] = b[0:2]          # empty target range inserts
    print(a)
    i, j = 1, 4
    a[i:j * 2 - 1] = a[j:i:-1]
    print(a)
    return a


shapes()


def extended_errors():
    a = list(range(8))
    b = list(range(3))
    try:
        a[::2] = b[:]
    except ValueError as e:
        print("ValueError:", e)
    try:
        a[::0] = b[:]
    except ValueError as e:
        print("ValueError:", e)
    try:
        a[:2] = b[::0]
    except ValueError as e:
        print("ValueError:", e)
    print(a)


extended_errors()


class Index:
    """A bound with __index__ that says when it is asked."""

    def __init__(self, v, log):
        self.v = v
        self.log = log

    def __index__(self):
        self.log.append(f"index {self.v}")
        return self.v


def dynamic_bounds(k):
    a = list(range(6))
    b = list("abcdef")
    log = []
    a[1:3] = b[k : k + 2] if isinstance(k, int) else b[Index(2, log) : Index(4, log)]
    print(a, log)
    a[: Index(2, log)] = b[Index(0, log) : Index(1, log)]
    print(a, log)
    n = None
    a[:2] = b[n:2]
    print(a)


dynamic_bounds(3)
dynamic_bounds("x")


class Tracking(list):
    def __setitem__(self, index, value):
        print("Tracking.__setitem__", index, value)
        super().__setitem__(index, value)

    def __getitem__(self, index):
        print("Tracking.__getitem__", index)
        return super().__getitem__(index)


def subclasses():
    t = Tracking([1, 2, 3, 4])
    a = [9, 8, 7]
    a[:1] = t[2:]
    print(a)
    t[1:2] = a[:2]
    print(t)


subclasses()


def unbound(flag):
    a = [1, 2, 3]
    if flag:
        j = 2
    try:
        a[:j] = a[1:]
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    print(a)


unbound(True)
unbound(False)


def floats():
    xs = [0.5 * i for i in range(6)]
    ys = [1.5, 2.5]
    xs[1:3] = ys[::-1]
    xs[4:] = xs[:2]
    print(xs, sum(xs))


floats()
