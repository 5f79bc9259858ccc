import math
import util

print("importing shapes; util.counter is", util.counter)


class Shape:
    def area(self):
        raise NotImplementedError


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


def describe(s):
    return f"{type(s).__name__} with area {s.area():.2f} ({type(s).__module__})"
