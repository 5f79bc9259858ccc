"""A small Matrix class with operator overloading, indexing by (row, col), iteration and errors."""


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equally long")
        self.rows = [list(map(float, r)) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, key):
        i, j = key
        return self.rows[i][j]

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = float(value)

    def __iter__(self):
        return (tuple(r) for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch: {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[a * k for a in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def __repr__(self):
        body = "; ".join(" ".join(f"{x:g}" for x in r) for r in self.rows)
        return f"Matrix[{body}]"


a = Matrix([[1, 2], [3, 4]])
b = Matrix.identity(2)
print(a, b, a.shape, a[1, 0])
print(a + b, a * 2, 3 * a, a @ b == a, a @ a, a ** 3)
print(a.transpose(), list(a), [sum(r) for r in a], max(max(r) for r in a))
a[0, 0] = 10
print(a, a == Matrix([[10, 2], [3, 4]]), a != b)
fib = Matrix([[1, 1], [1, 0]]) ** 10
print(fib, int(fib[0, 1]))
for bad in [lambda: Matrix([[1], [1, 2]]), lambda: a + Matrix([[1, 2, 3]]),
            lambda: a @ Matrix([[1, 2, 3]]), lambda: a * "x", lambda: a + 1]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
