from dataclasses import dataclass
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Point:
    x: int
    y: int


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def describe(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case bytes(bs):
            return f"bytes {bs!r}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px):
            return f"point x={px}"
        case Circle(Point(x, y), r):
            return f"circle at ({x}, {y}) r={r}"
        case Color.RED:
            return "red!"
        case Color():
            return f"other color {v.name}"
        case list([first, *_]):
            return f"list starting {first}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": val}):
            return f"dict k={val}"
        case set() | frozenset():
            return f"a set of {len(v)}"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(v).__name__}"


for v in [True, -3, 7, 2.5, "", "hi", b"x", Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2),
          Circle(Point(1, 1), 5), Color.RED, Color.GREEN, [9, 8], [], (1, 2), (1, 2, 3),
          {"k": 1, "j": 2}, {1, 2}, frozenset(), None, object()]:
    print(describe(v))


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(a):
            pass
except TypeError as e:
    print("TypeError:", e)


class TooFew:
    __match_args__ = ("a",)
    a = 1


try:
    match TooFew():
        case TooFew(x, y):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print("TypeError:", e)

match Point(1, 2):
    case Point(x=1, z=9):
        print("has z?")
    case Point(y=2):
        print("y is 2")
