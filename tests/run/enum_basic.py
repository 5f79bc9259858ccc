# enum.Enum and auto: members from class attributes, aliases, lookup by value and name,
# iteration in definition order, name/value, repr/str/format, hashing, methods on members.
from enum import Enum, auto
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name}={self.value}"
    @property
    def is_warm(self):
        return self is Color.RED
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], list(Color), len(Color), Color.CRIMSON is Color.RED)
print(Color.RED.name, Color.RED.value, Color.BLUE.describe(), f"{Color.RED}", isinstance(Color.RED, Color), type(Color.RED).__name__)
print(Color.RED in Color, 2 in Color, 9 in Color, {Color.RED: "r"}, hash(Color.RED) == hash("RED"), list(Color.__members__))
print(Color.RED.is_warm, Color.BLUE.is_warm, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print([c.name for c in Color], {c.value: c for c in Color}, max(Color, key=lambda c: c.value))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: Color(7))
t(lambda: Color["X"])
t(lambda: Color.RED < Color.GREEN)
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRI = 3
    OTHER = auto()
print(list(Shape), [s.value for s in Shape], Shape.CIRCLE == Shape.CIRCLE, Shape(4))
print(Color.RED.__class__, Color, repr(Color), type(Color.RED) is Color)
def reassign():
    Color.RED = 5
t(reassign)
print(sorted(Color, key=lambda c: c.value, reverse=True))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def gravity(self):
        mass, radius = self.value
        return 6.673e-11 * mass / (radius * radius)
print(Planet.EARTH, round(Planet.EARTH.gravity(), 2), Planet((3.303e+23, 2.4397e6)).name)
status = Color.GREEN
if status is Color.GREEN:
    print("match", status.name.lower())
print(enum.Enum.__name__)
