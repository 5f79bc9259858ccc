# `in` on builtin containers: identity before equality, a list changed by a comparison,
# unhashable keys, subclasses with their own __contains__.
nan = float("nan")
print(nan in [nan], nan in (nan,), float("nan") in [nan], nan in {nan}, nan in {nan: 1})
print(1 in [1.0], 1.0 in (1,), True in [1], [1] in [[1]], (1, 2) in {(1, 2)}, "a" in ("a",))


class Clears:
    def __eq__(self, other):
        xs.clear()
        return False


xs = [1, Clears(), 3]
print(5 in xs, xs)
for bad in ([1], {2}, {3: 4}):
    try:
        print(bad in {1: 2})
    except TypeError as e:
        print(e)
    try:
        print(bad in {1, 2})
    except TypeError as e:
        print(e)
print({1} in {frozenset([1])}, set() in set(), frozenset() in {frozenset()})


class Bag(list):
    def __contains__(self, x):
        return x == "anything"


class Keys(dict):
    def __contains__(self, x):
        return True


print("anything" in Bag(), 1 in Bag([1]), "zz" in Keys(), 3 in frozenset({3}))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other

    def __hash__(self):
        return hash(self.v)


print(2 in [Loud(1), Loud(2), Loud(3)])
print(2 in (Loud(5), Loud(2)))
print(Loud(4) in {4: "x"}, Loud(7) in {7})
