import operator as op
a = [1]
b = op.iadd(a, [2])
print(a, b is a, op.isub(5, 3), op.imul([0], 3), op.ior({1}, {2}), op.iand(6, 3), op.ixor(6, 3), op.ipow(2, 3))
print(op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 2), op.ilshift(1, 3), op.irshift(8, 1), op.iconcat("a", "b"))
class V:
    def __init__(self): self.n = 0
    def __iadd__(self, o):
        self.n += o
        return self
v = V()
print(op.iadd(v, 5).n, v.n, op.length_hint(object(), 9))
