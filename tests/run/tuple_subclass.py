class Pair(tuple):
    def first(self):
        return self[0]
    @property
    def second(self):
        return self[1]
p = Pair([1, 2])
print(p, p.first(), p.second, type(p).__name__, isinstance(p, tuple), len(p), p == (1, 2), Pair())
print(p.count(1), p.index(2), p[::-1])
class Vec(tuple):
    def __repr__(self):
        return "Vec" + super().__repr__()
    def __add__(self, other):
        return Vec(a + b for a, b in zip(self, other))
print(Vec((1, 2)) + Vec((3, 4)))
