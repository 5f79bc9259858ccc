# Classes deriving from int and str: values that are ints and strs, with their own methods.
class Meters(int):
    def __str__(self):
        return f"{int(self)} m"

    def double(self):
        return Meters(self * 2)

class Tag(str):
    def shout(self):
        return self.upper() + "!"

    def __repr__(self):
        return f"Tag({str.__repr__(self)})"

m = Meters(5)
print(m, repr(m), m + 1, type(m + 1).__name__, m == 5, m < 6, hash(m) == hash(5), isinstance(m, int))
print(m.double(), type(m.double()).__name__, [10, 20, 30, 40, 50, 60][m], {5: "five"}[m], m.bit_length())
print(f"{m}", f"{m:>4}", f"{m:x}", "%d" % m, str(m), int(m), float(m), -m, abs(Meters(-3)), divmod(m, 2))
print(Meters("12"), Meters("ff", 16), Meters(), sorted([Meters(3), 1, Meters(2)]))
m.note = "attr"
print(m.note, m.__dict__)

t = Tag("hello")
print(t, repr(t), t.shout(), t + " world", type(t + "x").__name__, len(t), t[1:3], t.upper(), t == "hello")
print(t in {"hello": 1}, "ell" in t, t.split("l"), f"<{t}>", f"{t:>8}", ", ".join([t, Tag("b")]), sorted([Tag("b"), "a"]))
print(Tag(42), Tag(), isinstance(t, str), Tag.__mro__)

try:
    Meters("x")
except ValueError as e:
    print("ValueError:", e)

class Both(int):
    def __init__(self, value, unit="?"):
        self.unit = unit
try:
    Both(3, "kg")
except TypeError as e:
    print("TypeError:", e)
print(Both(3).unit)
