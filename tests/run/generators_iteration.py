class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

print(list(Countdown(4)), sum(Countdown(10)))

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()

t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t.walk()))

def averages(xs):
    total = 0.0
    count = 0
    for x in xs:
        total += x
        count += 1
        yield total / count
print([round(a, 3) for a in averages([1.5, 2.5, 4.0])])

def pairs(n):
    for i in range(n):
        for j in range(i + 1, n):
            yield i, j
print(list(pairs(4)))

def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks("abcdefg", 3)))

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))

def genexp_scope():
    base = 10
    return list(base + i for i in range(3))
print(genexp_scope())

def running():
    g = (y for y in range(2))
    print(g.gi_running, g.__name__, g.__qualname__)
running()

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
ps = primes()
print([next(ps) for _ in range(10)])

def gen_with_state():
    data = {}
    while True:
        key = yield len(data)
        if key is None:
            break
        data[key] = data.get(key, 0) + 1
    return data
g = gen_with_state()
next(g)
for k in "abca":
    g.send(k)
try:
    g.send(None)
except StopIteration as e:
    print(sorted(e.value.items()))

def bad():
    yield 1
    yield 1 / 0

def use():
    for v in bad():
        print("got", v)
use()
