# Mapping and class patterns, __match_args__, keyword sub-patterns and bindings.
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

def classify(obj):
    match obj:
        case {"type": "point", "x": x, "y": y, **rest}:
            return f"point dict ({x}, {y}) extra={rest}"
        case {"type": "circle", "r": r}:
            return f"circle dict r={r}"
        case {}:
            return "some other mapping"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {obj}"
        case Circle(Point(x=cx, y=cy), radius=r) if r > 0:
            return f"circle at ({cx}, {cy}) r={r}"
        case Circle(_, r):
            return f"degenerate circle r={r}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case tuple((int(a), int(b))):
            return f"int pair {a},{b}"
        case _:
            return "unknown"

items = [
    {"type": "point", "x": 1, "y": 2, "color": "red"},
    {"type": "circle", "r": 5, "extra": True},
    {"type": "square"},
    Point(0, 0), Point(0, 7), Point(3, 3), Point(1, 2),
    Circle(Point(1, 1), 2), Circle(Point(1, 1), 0),
    "hello", b"bytes", (1, 2), (1, "2"), 3.5,
]
for it in items:
    print(classify(it))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
