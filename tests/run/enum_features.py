from enum import Enum, IntEnum, Flag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()}={self.value}"

    @classmethod
    def default(cls):
        return cls.GREEN

    @property
    def is_warm(self):
        return self is Color.RED


print(list(Color), len(Color), Color.CRIMSON, Color.CRIMSON is Color.RED)
print(Color(2), Color["BLUE"], Color.RED.describe(), Color.default(), Color.RED.is_warm)
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", Color.RED.name, Color.RED.value)
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__)
print(list(Color.__members__), Color.__members__["CRIMSON"])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print({Color.RED: "r"}[Color.CRIMSON], Color.RED == 1, Color.RED < Color.BLUE if False else "no order")


class Step(IntEnum):
    ONE = auto()
    TWO = auto()
    TEN = 10


print(list(Step), Step.TWO + 1, Step.TEN > Step.ONE, sorted([Step.TEN, Step.ONE]), Step(2))
print(f"{Step.TWO}", str(Step.TWO), repr(Step.TWO), int(Step.TEN), [10, 20, 30][Step.ONE])


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(Perm), Perm(0))
print(repr(rw), rw.value, ~Perm.R)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for pl in Planet:
    print(pl.name, pl.value, round(pl.gravity, 2))


@unique
class Single(Enum):
    A = 1
    B = 2


try:
    @unique
    class Dupes(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Shape(Enum):
    SQUARE = "sq"
    CIRCLE = "ci"

    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower()[:2]:
                return m
        return None


print(Shape("SQUARE"), Shape("circle"))
try:
    Shape("tri")
except ValueError as e:
    print("ValueError:", e)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green matched")
