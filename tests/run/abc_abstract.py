# abc: ABC and abstractmethod; instantiating a class with abstract methods left is refused.
from abc import ABC, abstractmethod
import abc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self):
        return "shape"
    def describe(self):
        return f"{self.name()} {self.area()}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def name(self):
        return "sq:" + super().name()
class Half(Shape):
    def area(self):
        return 1
for cls in [Shape, Half]:
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Sq(3).describe(), isinstance(Sq(1), Shape), isinstance(Sq(1), ABC), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
class NotAbc:
    @abstractmethod
    def f(self):
        pass
print(NotAbc().f())
print([c.__name__ for c in Sq.__mro__], abc.ABC.__name__)
shapes = [Sq(2), Sq(5)]
print(sum([s.area() for s in shapes]))
