# Operators on instances of classes whose methods compiled code calls directly: the same
# methods run in the same order as CPython's, NotImplemented ends in CPython's TypeError.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented

    def __radd__(self, o):
        return V(o - self.x, o - self.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, V):
            return self.x * k.x + self.y * k.y
        return V(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return NotImplemented

    def __repr__(self):
        return f"V({self.x}, {self.y})"


a, b = V(1.0, 2.0), V(0.5, -1.5)
print(a + b, a - b, a * b, a * 3, 3 * a, 2.5 * a, a + 1, 1 + a, True + a, a + True)
for expr in (lambda: a / 2, lambda: a / b, lambda: 2 / a, lambda: a - 1, lambda: a + "s", lambda: "s" + a,
             lambda: a ** 2, lambda: a @ b):
    try:
        print(expr())
    except (TypeError, AttributeError) as exc:
        print(type(exc).__name__ + ":", exc)

c = a
c += b
print(c, a, c is a)
c *= 2
print(c)
try:
    c /= 2
except TypeError as exc:
    print("TypeError:", exc)


class W(V):
    def __radd__(self, o):
        return "W.__radd__ first"


w = W(0, 0)
print(a + w, w + a, 1 + w)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __add__(self, x):
        return "plain add"


acc = Acc()
acc += 1
acc += 2
print(acc.items, acc + 3)

total = 0.0
for i in range(1000):
    total = total + (V(i, i) * V(0.5, 0.5))
print(total)
