# Local lists whose elements krait types statically: every way of storing into them,
# and every way a list can reach other code (then its elements stay untyped).
def floats(n):
    xs = []
    for i in range(n):
        xs.append(i * 0.5)
    total = 0.0
    for i in range(len(xs)):
        total += xs[i] * 1.5
    for x in xs:
        total -= x
    ys = [x * 2 for x in xs]
    xs[0] = -1.25
    xs[1] += 0.5
    last = xs.pop()
    xs.insert(0, 9.75)
    xs.extend([1.0, 2.0])
    xs += [3.0]
    return total, xs[:4], xs[-3:], ys[-1], last, sum(xs), len(xs)

def ints(n):
    counts = [0] * n
    for i in range(n * 3):
        counts[i % n] += i
    big = [2**62, 2**62]
    big[0] += big[1]
    big[1] *= -3
    return counts, big, [c // 3 for c in counts], max(counts), sorted(counts, reverse=True)[:2]

def flags(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for p in range(2, n + 1):
        if sieve[p]:
            for m in range(p * p, n + 1, p):
                sieve[m] = False
    return [i for i in range(n + 1) if sieve[i]]

def mixed():
    xs = [1, 2.5]
    ys = [1]
    ys.append(2.5)
    zs = [None] * 2
    zs[0] = 3
    ws = [[0] * 2 for _ in range(2)]
    ws[0][1] = 5
    names = ["a", "b"]
    names[1] += "c"
    return xs[0] + xs[1], ys[0], ys[1], type(ys[0]).__name__, zs, ws, names[1].upper()

def aliased():
    xs = [1.0, 2.0]
    ys = xs
    ys.append("three")
    return xs[2], xs

def extend(target):
    target.append("from elsewhere")

def passed():
    xs = [1.0]
    extend(xs)
    return xs[1] + "!"

def returned():
    xs = [1.0, 2.0]
    return xs

def stored():
    xs = [1.0]
    box = {"k": xs}
    box["k"].append("str")
    holder = [xs]
    holder[0].append(None)
    return xs

def self_referencing():
    xs = [1.0]
    xs.append(xs)
    return len(xs), xs[1] is xs, repr(xs)

def shadowed():
    xs = [1.5, 2.5]
    total = [xs for xs in ["a", "b"]]
    return total, xs[0] * 2

def rebound():
    xs = [1.0]
    xs = "text"
    return xs

def via_slice():
    xs = [1.0, 2.0, 3.0]
    xs[1:2] = ["a", "b"]
    return xs, xs[1] + xs[2]

def via_iter():
    xs = [1.0, 2.0]
    it = iter(xs)
    xs.append(3.0)
    return list(it), sorted(xs, key=lambda v: -v), [v for v in reversed(xs)]

def conditional(flag):
    xs = []
    if flag:
        xs.append(1)
    else:
        xs.append("one")
    return xs[0]

def empty_then_read():
    xs = []
    try:
        return xs[0]
    except IndexError as e:
        return "IndexError: " + str(e)

def pop_errors():
    xs = [1.0]
    xs.pop()
    try:
        xs.pop()
    except IndexError as e:
        return str(e)

def global_list():
    global shared
    shared = [1.0]
    shared.append("x")
    return shared

print(floats(10))
print(ints(5))
print(flags(50))
print(mixed())
print(aliased())
print(passed())
r = returned()
r.append("later")
print(r)
print(stored())
print(self_referencing())
print(shadowed())
print(rebound())
print(via_slice())
print(via_iter())
print(conditional(True), conditional(False))
print(empty_then_read(), pop_errors())
print(global_list(), shared)
