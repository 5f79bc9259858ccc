class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [0] * (w * h)

    def __len__(self):
        return len(self.cells)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells[y * self.w + x]
        if isinstance(key, slice):
            return self.cells[key]
        return self.cells[key]

    def __setitem__(self, key, value):
        x, y = key
        self.cells[y * self.w + x] = value

    def __delitem__(self, key):
        x, y = key
        self.cells[y * self.w + x] = 0

    def __contains__(self, value):
        print("contains called")
        return value in self.cells

    def __iter__(self):
        for y in range(self.h):
            yield self.cells[y * self.w:(y + 1) * self.w]

    def __reversed__(self):
        return iter(["reversed", "rows"])


g = Grid(3, 2)
g[1, 0] = 5
g[2, 1] = 7
print(len(g), g[1, 0], g[0:4], g[::2], g[-1])
print(5 in g, 9 not in g)
print(list(g), list(reversed(g)))
del g[1, 0]
print(g[1, 0], bool(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
rows = [r for r in g]
print(rows, sum(map(sum, g)))
a, b = g
print(a, b)


class Sparse:
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data.get(k, 0)

    def __setitem__(self, k, v):
        self.data[k] = v

    def __len__(self):
        return 0


s = Sparse()
s["x"] += 3
s["x"] *= 2
print(s["x"], s["missing"], bool(s), not s)


class NoIter:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(list(NoIter()), 20 in NoIter(), 25 in NoIter())
for v in NoIter():
    print("item", v)


class Empty:
    def __len__(self):
        return 0


print(bool(Empty()), len(Empty()))


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)


class FloatLen:
    def __len__(self):
        return 2.5


try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
try:
    Grid(1, 1)["a", "b", "c"]
except ValueError as e:
    print("ValueError:", e)
