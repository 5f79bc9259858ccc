# A shape hierarchy: abstract base class, properties, class and static methods, operator
# overloading, sorting by key, __slots__, and a registry filled by __init_subclass__.
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    registry = {}

    def __init_subclass__(cls, /, sides=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.sides = sides
        Shape.registry[cls.__name__.lower()] = cls

    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    @classmethod
    def create(cls, name, *args):
        try:
            return cls.registry[name](*args)
        except KeyError:
            raise ValueError(f"unknown shape {name!r}") from None

    def scaled(self, k):
        raise NotImplementedError

    def __mul__(self, k):
        return self.scaled(k)

    __rmul__ = __mul__

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        fields = ", ".join(f"{v:g}" for v in self._fields())
        return f"{type(self).__name__}({fields})"


class Circle(Shape, sides=0):
    __slots__ = ("r",)

    def __init__(self, r):
        self.r = r

    def _fields(self):
        return (self.r,)

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def scaled(self, k):
        return Circle(self.r * k)


class Rect(Shape, sides=4):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def _fields(self):
        return (self.w, self.h)

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scaled(self, k):
        return type(self)(*(f * k for f in self._fields()))

    @property
    def diagonal(self):
        return math.hypot(self.w, self.h)


class Square(Rect, sides=4):
    def __init__(self, side):
        super().__init__(side, side)

    def _fields(self):
        return (self.w,)

    @staticmethod
    def fitting(area):
        return Square(math.isqrt(area))


class Triangle(Shape, sides=3):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"no triangle has sides {a}, {b}, {c}")
        self.a, self.b, self.c = a, b, c

    def _fields(self):
        return (self.a, self.b, self.c)

    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    def perimeter(self):
        return self.a + self.b + self.c

    def scaled(self, k):
        return Triangle(self.a * k, self.b * k, self.c * k)


shapes = [Circle(1), Rect(2, 3), Square(2), Triangle(3, 4, 5), Shape.create("circle", 0.5), Square.fitting(50)]
shapes.append(2 * shapes[1])
shapes.append(shapes[3] * 2)
for s in shapes:
    print(f"{s!r:>22} sides={s.sides} area={s.area():8.3f} perimeter={s.perimeter():7.3f}")
print(sorted(shapes))
print(max(shapes, key=lambda s: s.perimeter()), min(shapes, key=Shape.area))
print(sorted(Shape.registry), Rect(3, 4).diagonal, isinstance(Square(1), Rect), issubclass(Square, Shape))
print(sum(s.area() for s in shapes if isinstance(s, Rect)), [type(s).__name__ for s in shapes if s.sides == 0])
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
for bad in [("hexagon",), ("triangle", 1, 2, 10)]:
    try:
        Shape.create(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Circle(1).colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(Circle.__mro__)
