# Binary, reflected and in-place operators with NotImplemented fallback, as CPython dispatches.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.xs, other.xs)))
        if isinstance(other, (int, float)):
            return Vec(*(a + other for a in self.xs))
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*(a * k for a in self.xs))
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __iadd__(self, other):
        if isinstance(other, Vec):
            self.xs = [a + b for a, b in zip(self.xs, other.xs)]
            return self
        return NotImplemented

    def __neg__(self):
        return Vec(*(-a for a in self.xs))

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __lt__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return sum(self.xs) < sum(other.xs)

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __bool__(self):
        return any(self.xs)

    def __abs__(self):
        return sum(x * x for x in self.xs) ** 0.5


class Scalar:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return f"Scalar.__radd__({other!r})"

    def __gt__(self, other):
        return f"Scalar.__gt__({other!r})"


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a + 1, 1 + a, a * 2, 2 * a, -a, a @ b, abs(Vec(3, 4)), bool(Vec(0, 0)), bool(a))
c = a
c += b
print(c, a, c is a)
c += 5
print(c, c is a, type(c).__name__)
print(a == Vec(4, 6), a != Vec(4, 6), a == 3, b < a, a > b, sorted([a, b, Vec(0, 0)]))
print(a + Scalar(1), Vec(1) < Scalar(2))
for expr in [lambda: a * a, lambda: "x" - a, lambda: a < 3, lambda: a @ 2]:
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)), sum([Vec(1, 1), Vec(2, 2)]))
