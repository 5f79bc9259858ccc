class Base:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


class Child(Base):
    __slots__ = ("y",)

    def __init__(self, x, y):
        super().__init__(x)
        self.y = y


class Open(Base):
    pass


c = Child(1, 2)
print(c.x, c.y, hasattr(c, "__dict__"), Child.__slots__, Base.__slots__)
try:
    c.z = 3
except AttributeError as e:
    print("AttributeError:", e)
o = Open(5)
o.anything = "fine"
print(o.x, o.anything, o.__dict__)
try:
    Base(1).__dict__
except AttributeError as e:
    print("AttributeError:", e)
b = Base.__new__(Base)
try:
    b.x
except AttributeError as e:
    print("AttributeError:", e)
del c.y
try:
    c.y
except AttributeError as e:
    print("AttributeError:", e)
c.y = 9
print(c.y, getattr(c, "y"), [getattr(c, s) for s in ("x", "y")])


class WithDefault:
    __slots__ = ("a", "b")
    kind = "class attribute is fine"

    def __init__(self):
        self.a = 1


w = WithDefault()
print(w.a, w.kind, hasattr(w, "b"))


class Point:
    __slots__ = "x", "y"

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    __hash__ = None


print(Point(1, 2), Point(1, 2) == Point(1, 2), sorted([Point(2, 0), Point(1, 5)], key=lambda p: p.x))
