# Method calls and constructors that compiled code binds directly, with every kind of
# argument and error CPython reports for them.


class Point:
    def __init__(self, x, y=0.0):
        self.x = x
        self.y = y

    def moved(self, dx, dy=0.0):
        return Point(self.x + dx, self.y + dy)

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1.0, 2.0)
print(p, p.moved(1.5), p.moved(dy=3.0, dx=1.0), p.norm2(), Point(3))
print(Point(x=4, y=5), Point(7, y=8).moved(1, 1).norm2())

# Calls that do not bind raise as CPython's do.
for call in (lambda: Point(), lambda: Point(1, 2, 3), lambda: p.moved(), lambda: p.moved(1, 2, 3),
             lambda: p.moved(1, dz=2), lambda: p.norm2(1), lambda: Point(1, x=2)):
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)

# Methods as values, through the class, and on values that are not instances.
m = p.moved
print(m(1), Point.moved(p, 2), Point.norm2(Point(3, 4)))
for v in (p, 3, "s", None):
    try:
        print(v.norm2())
    except AttributeError as exc:
        print("AttributeError:", exc)


class Bad:
    def __init__(self):
        self.x = 1
        return 5


try:
    Bad()
except TypeError as exc:
    print("TypeError:", exc)


class Empty:
    def hello(self):
        return "hello"


print(Empty().hello())
try:
    Empty(1)
except TypeError as exc:
    print("TypeError:", exc)

# An exception raised inside a directly called method keeps the frames of the call.
class Fails:
    def __init__(self, n):
        self.n = n

    def divide(self, k):
        return k / self.n


print(Fails(4).divide(2))
try:
    Fails(0).divide(1)
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
Fails(0).divide(1)
