from abc import ABC, abstractmethod
from collections import namedtuple
from typing import NamedTuple


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @property
    def name(self):
        return "rect"


class Half(Shape):
    def area(self):
        return 0


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Rect(2, 3).describe(), isinstance(Rect(1, 1), Shape), issubclass(Rect, ABC))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Rect.__abstractmethods__)


class Base(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


class Impl(Base):
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "helped"


print(type(Impl.make()).__name__, Impl.helper())
try:
    Base()
except TypeError as e:
    print("TypeError:", e)

Point = namedtuple("Point", "x y")
Point3 = namedtuple("Point3", ["x", "y", "z"], defaults=[0])
p = Point(1, 2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point3(1, 2), Point3._field_defaults)
print(Point._make([7, 8]), len(p), list(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x + y, isinstance(p, tuple), type(p).__name__, p.count(1), p.index(2))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError:", e)


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 100.0

    def raise_by(self, pct):
        return self._replace(salary=self.salary * (1 + pct / 100))

    @property
    def label(self):
        return f"{self.name}@{self.dept}"


e = Employee("ann")
print(e, e.raise_by(10), e.label, Employee._fields, Employee._field_defaults)
print(Employee("bob", salary=5.0), e._asdict(), tuple(e))
print(sorted([Employee("z", salary=1.0), Employee("a", salary=2.0)]))
match e:
    case Employee(name, dept):
        print("matched", name, dept)
