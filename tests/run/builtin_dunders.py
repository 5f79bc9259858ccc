t = (1, 2)
print(t.__repr__(), t.__getitem__(0), t.__len__(), t.__add__((3,)), t.__eq__((1, 2)), t.__hash__() == hash(t), t.__contains__(2))
print([1, 2].__len__(), "ab".__add__("c"), (5).__add__(3), (5).__radd__(3), (7).__rshift__(1), (1).__rrshift__(8))
print((1).__add__("x"), "a".__mul__(3), {1: 2}.__getitem__(1), {1, 2}.__contains__(3), (2.5).__neg__())
print((3).__lt__(4), (3).__eq__("3"), "x".__format__(">3"), [1].__iter__().__class__.__name__)
d = {}
d.__setitem__("k", 1)
print(d, (1).__bool__(), (0).__bool__())
print((1).__add__(2.5), (2.5).__add__(1), (1).__eq__(1.0), (1.0).__eq__(1), True.__eq__(1), [1].__eq__((1,)), "a".__lt__(1))
