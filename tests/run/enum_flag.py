from enum import Flag, IntFlag, auto
class Perm(Flag):
    R = 1
    W = 2
    X = 4
    RW = R | W

class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()
print(list(Opt), Opt.C.value, Opt.A | Opt.C)
print(list(Perm), Perm.R, repr(Perm.R), Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RW, repr(Perm.RW))
print(Perm(0), repr(Perm(0)), bool(Perm(0)), bool(Perm.R), Perm(7), repr(Perm(7)), ~Perm.R, repr(~Perm.RW))
print(Perm.R in Perm.RW, Perm.X in Perm.RW, list(Perm.RW), list(Perm(7)), len(Perm(7)), (Perm.RW & Perm.W), Perm.RW ^ Perm.R)
print((Perm.R | Perm.W).name, (Perm.R | Perm.W).value, Perm(0).name, Perm.R | Perm.W is Perm.RW, Perm(3) is Perm.RW)
print(f"{Perm.R}", f"{Perm.RW}", str(Perm.R|Perm.X), hash(Perm.R) == hash(Perm.R))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
class Bits(IntFlag):
    A = 1
    B = 2
    C = 4
print(Bits.A | Bits.B, repr(Bits.A | Bits.B), Bits.A | 8, repr(Bits.A | 8), Bits.A + 1, Bits(0), repr(Bits(0)), ~Bits.A, Bits.B == 2, f"{Bits.C}")
print(list(Bits), Bits(6), list(Bits(6)), Bits.A in Bits(3), isinstance(Bits.A, int))

# Flags as dict keys and set members, equality, and errors.
perms = {Perm.R: "read", Perm.RW: "read-write"}
print(perms[Perm.R | Perm.W], perms.get(Perm(1)), Perm.R == Perm.R, Perm.R == 1, Perm.R != Perm.W)
print(sorted(m.name for m in {Perm.R, Perm.R | Perm.R, Perm.W}), list(Perm.__members__))
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError:", e)
print(Bits.A | Bits.B | Bits.C, repr(Bits(7)), Bits(7) & 3, repr(Bits(7) & 3), 3 | Bits.C, repr(3 | Bits.C), Bits.C > Bits.A)
print([b for b in Bits(5)], len(Bits(7)), bool(Bits(0)), repr(Bits(16)), Bits.A.name, Bits(3).name)
