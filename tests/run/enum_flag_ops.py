from enum import Flag, IntFlag, auto


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE if False else 7


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


purple = Color.RED | Color.BLUE
print(purple, repr(purple), purple.value, Color.RED in purple, Color.GREEN in purple)
print(list(purple), len(purple), bool(Color(0)), Color(0), Color(3))
print(purple & Color.RED, purple ^ Color.RED, ~Color.RED, Color.WHITE, list(Color))
print(Color.RED | Color.RED is Color.RED, (Color.RED | Color.GREEN) == Color(3))
rw = Perm.R | Perm.W
print(rw, repr(rw), rw == 6, rw + 1, int(rw), Perm(7), Perm.R & 4, isinstance(rw, int))
print(Perm.X in Perm(5), list(Perm(6)), format(Perm.W, "03b"), str(Perm.R))
print(sorted([Perm.W, Perm.R, Perm.X]), max(Perm), Perm(0), bool(Perm(0)))
try:
    Color(8)
except ValueError as e:
    print("ValueError:", e)
for member in Color:
    print(member.name, member.value, member._name_)
