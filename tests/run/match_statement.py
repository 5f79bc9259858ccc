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
        case None:
            return "none"
        case True:
            return "true"
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "hello":
            return "greeting"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"type": "user", "name": name, **extra}:
            return f"user {name} extra {extra}"
        case {"id": ident}:
            return f"id {ident}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"point {x},{y}"
        case Circle(Point(x=cx), r):
            return f"circle at x={cx} r={r}"
        case Color.RED:
            return "red"
        case Color():
            return "other color"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case _:
            return "something else"

for v in [None, True, 0, 2, -5, 7, 2.5, "hello", "bye", [], [1], [1, 2], [1, 2, 3, 4],
          {"type": "user", "name": "ann", "age": 3}, {"id": 9, "x": 1}, Point(0, 0), Point(0, 4),
          Point(3, 3), Point(1, 2), Circle(Point(5, 6), 2), Color.RED, Color.GREEN, (1, 2, 3), {1, 2}]:
    print(describe(v))

def command(text):
    match text.split():
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["take", item, *_]:
            return f"taking {item}"
        case ["quit" | "exit"]:
            return "bye"
        case [*words] if len(words) > 3:
            return "too long"
        case _:
            return "unknown"
for t in ["go north", "go west", "take lamp now", "exit", "a b c d e", ""]:
    print(command(t))

x = 5
match x:
    case 1:
        print("one")
print("no match falls through")
match [1, 2]:
    case [a, 3]:
        print("no")
    case [a, b]:
        print("bound", a, b)
try:
    match Circle(1, 2):
        case Circle(a, b, c):
            pass
except TypeError as e:
    print(e)
print(Point.__match_args__)
