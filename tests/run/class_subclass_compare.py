class Loose(int):
    def __eq__(self, other):
        return abs(int(self) - other) <= 1
    __hash__ = int.__hash__
    def __lt__(self, other):
        return "custom lt"
x = Loose(5)
print(x == 6, x == 8, 6 == x)
if x == 6:
    print("branch taken")
print(x < 3, [1, 2] == [1, 2])
class Tag(str):
    def __eq__(self, other):
        return str.lower(self) == str(other).lower()
    __hash__ = str.__hash__
print(Tag("AbC") == "abc", "abc" == Tag("ABC"), Tag("x") != "X")
class Loose(int):
    def __eq__(self, other):
        return abs(int(self) - other) <= 1
    __hash__ = int.__hash__
    def __lt__(self, other):
        return int(self) > int(other)
x = Loose(5)
print(x in [6], [6].count(x), [x].index(4), sorted([Loose(1), Loose(3), Loose(2)]), max(Loose(1), Loose(3)))
print([Loose(1)] == [2], (x,) < (Loose(7),))
class Tag(str):
    def __eq__(self, other):
        return str.lower(self) == str(other).lower()
    __hash__ = str.__hash__
print(Tag("x") != "X", "X" in [Tag("x")], Tag("a") < "b")
