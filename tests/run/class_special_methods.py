# Special methods: repr/str, comparisons and their reflection, arithmetic with NotImplemented
# and reflected operands, in-place operators, hash/eq, bool/len, containers, iteration, calls.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(self.x * k, self.y * k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __bool__(self):
        return bool(self.x or self.y)

a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 3 * a, -a, abs(b), a == V(1, 2), a != b, a < b, b > a, sorted([b, a, V(0, 1)]))
print(bool(V(0, 0)), bool(a), {a, V(1, 2), b} == {a, b}, {a: 1}[V(1, 2)], str(a), f"{a!r}", [a])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: a + 1)
t(lambda: 1 + a)
t(lambda: a - b)
t(lambda: a <= b)
t(lambda: a < 1)
c = a
c += b
print(c, a, c is a)

class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items[::-1])
    def __iadd__(self, other):
        for x in other:
            self.push(x)
        return self
    def __call__(self, n):
        return self.items[-n:]
s = Stack().push(1).push(2).push(3)
s[0] = 10
del s[1]
s += [7, 8]
print(len(s), s[0], s[-1], 7 in s, 99 in s, list(s), [x * 2 for x in s], s(2), bool(Stack()), bool(s))
t(lambda: s[10])
t(lambda: len(V(1, 1)))
t(lambda: V(1, 1)[0])
t(lambda: iter(V(1, 1)))
t(lambda: V(1, 1)())

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), next(Countdown(2)), [x for x in Countdown(2)])
for x in Countdown(2):
    print("tick", x)
class BadRepr:
    def __repr__(self):
        return 5
t(lambda: repr(BadRepr()))
class BadBool:
    def __bool__(self):
        return 1
t(lambda: bool(BadBool()))
class NegLen:
    def __len__(self):
        return -1
t(lambda: len(NegLen()))
class Plain:
    pass
t(lambda: Plain() < Plain())
t(lambda: Plain() + 1)
t(lambda: -Plain())
pl = Plain()
t(lambda: pl == pl)
t(lambda: repr(pl).startswith("<__main__.Plain object at 0x"))
