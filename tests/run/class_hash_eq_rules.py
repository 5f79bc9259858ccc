class Plain:
    pass


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


class EqHash(EqOnly):
    def __hash__(self):
        return hash(self.v)


class InheritsEq(EqHash):
    pass


class NoHash:
    __hash__ = None


a, b = Plain(), Plain()
print(a == a, a == b, hash(a) == hash(a), len({a, b}))
for obj in (EqOnly(1), NoHash()):
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError:", e)
    try:
        {obj}
    except TypeError as e:
        print("TypeError:", e)
    try:
        {obj: 1}
    except TypeError as e:
        print("TypeError:", e)
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly.__hash__ is None)
print(len({EqHash(1), EqHash(1), EqHash(2)}), {EqHash(3): "x"}[EqHash(3)], InheritsEq(1) == EqHash(1))
print(hash(InheritsEq(5)) == hash(5), InheritsEq.__hash__ is EqHash.__hash__)


class NeOnly:
    def __ne__(self, other):
        return "custom ne"


print(NeOnly() != 1, NeOnly() == NeOnly(), hash(NeOnly()) is not None)


class Reflexive:
    def __eq__(self, other):
        print("eq called")
        return NotImplemented


r = Reflexive()
print(r == r, r != r, r in [r], [r].count(r), [r] == [r])
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan], {nan: 1}.get(nan))


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return self.k == other.k


d = {Key(1): "a", Key(2): "b"}
print(d[Key(2)], len(d), Key(1) in d, Key(3) in d)
