class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("radd with", other)
        return self + other

    def __iadd__(self, other):
        print("iadd")
        if not isinstance(other, Money):
            return NotImplemented
        self.cents += other.cents
        return self

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Money(self.cents // k)

    def __floordiv__(self, k):
        return self.cents // k

    def __mod__(self, k):
        return Money(self.cents % k)

    def __neg__(self):
        return Money(-self.cents)

    def __pos__(self):
        return self

    def __abs__(self):
        return Money(abs(self.cents))

    def __bool__(self):
        return self.cents != 0

    def __int__(self):
        return self.cents

    def __float__(self):
        return self.cents / 100

    def __index__(self):
        return self.cents

    def __round__(self, n=None):
        return Money(round(self.cents, -2 if n is None else n))

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)


m = Money(250)
print(m + Money(5), m + 5, 5 + m, sum([Money(1), Money(2)], Money(0)))
print(sum([Money(1), Money(2)]))
m2 = m
m2 += Money(50)
print(m2, m, m2 is m)
m3 = Money(1)
m3 += 4
print(m3)
print(m * 3, 3 * m, -m, +m, abs(Money(-7)), m / 3, m // 7, m % 7)
print(bool(Money(0)), int(m), float(m), round(Money(1234)), round(Money(1234), -1))
print(hex(Money(255)), bin(Money(5)), [10, 20, 30, 40][Money(2)], "abcdef"[Money(1):Money(3)])
print(Money(3) == Money(3), Money(3) != Money(4), Money(1) < Money(2), Money(2) > Money(1))
print(sorted([Money(3), Money(1), Money(2)]), max(Money(3), Money(9)), len({Money(1), Money(1)}))
try:
    m * "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" - m
except TypeError as e:
    print("TypeError:", e)
try:
    m @ m
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) <= Money(2)
except TypeError as e:
    print("TypeError:", e)
print(divmod(7, 2), pow(2, 5), pow(Money(2).cents, 3, 5))


class Vec:
    def __init__(self, *c):
        self.c = c

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))

    def __pow__(self, n):
        return Vec(*(x ** n for x in self.c))

    def __rpow__(self, base):
        return Vec(*(base ** x for x in self.c))

    def __lshift__(self, n):
        return Vec(*self.c[n:], *self.c[:n])

    def __and__(self, o):
        return "and"

    def __ror__(self, o):
        return "ror"

    def __xor__(self, o):
        return "xor"

    def __invert__(self):
        return Vec(*reversed(self.c))

    def __repr__(self):
        return f"Vec{self.c}"


v = Vec(1, 2, 3)
print(v @ v, v ** 2, 2 ** v, v << 1, v & v, 1 | v, v ^ 0, ~v)
