# The sort asks the same `<` questions as CPython's: counts, orders under inconsistent
# comparisons, partial results after an exception, and the list emptied during the sort.


class Counted:
    calls = 0

    def __init__(self, v, tag=0):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        Counted.calls += 1
        return self.v < other.v

    def __repr__(self):
        return f"C({self.v},{self.tag})"


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed


def patterns(n):
    g = lcg(7)
    rand = [next(g) % 1000 for _ in range(n)]
    yield "random", rand
    yield "sorted", sorted(rand)
    yield "reversed", sorted(rand, reverse=True)
    yield "few distinct", [x % 3 for x in rand]
    yield "sawtooth", [i % 97 for i in range(n)]
    yield "two runs", list(range(0, n, 2)) + list(range(1, n, 2))
    yield "runs of 100 descending", [(i // 100) * 100 + 99 - i % 100 for i in range(n)]
    yield "almost sorted", [i if i % 50 else n - i for i in range(n)]
    yield "organ pipe", list(range(n // 2)) + list(range(n // 2, 0, -1))
    big_low = sorted(rand[: n // 2]) + sorted(x + 500 for x in rand[n // 2:])
    yield "gallop", big_low[n // 4:] + big_low[: n // 4]


for n in (5, 40, 64, 65, 300, 2500):
    for name, data in patterns(n):
        items = [Counted(v, i) for i, v in enumerate(data)]
        Counted.calls = 0
        out = sorted(items)
        stable = all(a.v < b.v or (a.v == b.v and a.tag < b.tag) for a, b in zip(out, out[1:]))
        first = Counted.calls
        Counted.calls = 0
        sorted(items, reverse=True)
        print(n, name, first, Counted.calls, stable)

# Inconsistent orders: NaN keys and a comparison that ignores its operands' order.
nan = float("nan")
g = lcg(11)
floats = [float(next(g) % 100) if next(g) % 7 else nan for _ in range(300)]
print(sorted(floats)[:40])
print(sorted(floats, reverse=True)[:40])


class Fickle:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Fickle.calls += 1
        return (self.v * 31 + other.v * 17 + Fickle.calls) % 5 < 2


xs = [Fickle(i) for i in range(500)]
print([f.v for f in sorted(xs)][:60], Fickle.calls)

# An exception in the middle leaves the list a permutation, partly sorted.


class Boom:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Boom.calls += 1
        if Boom.calls == 900:
            raise ValueError("boom")
        return self.v < other.v


g = lcg(3)
ys = [Boom(next(g) % 1000) for _ in range(400)]
try:
    ys.sort()
except ValueError as e:
    print("error", e, Boom.calls)
print([b.v for b in ys][:50])
print(len(ys), sum(b.v for b in ys))

keys = []


def key_boom(x):
    keys.append(x)
    if len(keys) == 150:
        raise KeyError(x)
    return -x


zs = list(range(200))
try:
    zs.sort(key=key_boom)
except KeyError as e:
    print("key error", e, zs[:5])

# The list is empty while it is sorted; changing it is an error.
ws = [3, 1, 2]
seen = []
ws.sort(key=lambda x: (seen.append(len(ws)), x)[1])
print(ws, seen)
ws = [3, 1, 2]
try:
    ws.sort(key=lambda x: ws.append(x) or x)
except ValueError as e:
    print(type(e).__name__, e, ws)

# Keys of several kinds.
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([(w[0], len(w)) for w in words]))
print(sorted([3, 1.5, 2, -7, 10**30, -(10**25), 2.5]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1, nan), (0, 1.5)][:3]))
