from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
from typing import ClassVar


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    internal: int = field(default=0, repr=False, compare=False)
    count: ClassVar[int] = 0

    def total(self, qty):
        return self.price * qty


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def moved(self, dx):
        return replace(self, x=self.x + dx)


@dataclass
class Account:
    owner: str
    balance: float = 0
    history: list = field(default_factory=list, init=False)
    rate: InitVar[float] = 1.0

    def __post_init__(self, rate):
        self.balance *= rate
        self.history.append(("open", self.balance))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


@dataclass
class Nested:
    item: Item
    points: list


a = Item("apple", 1.5, ["fruit"], internal=7)
b = Item("apple", 1.5, ["fruit"], internal=9)
print(a, a == b, a.total(3), Item.count)
print(Item("x"), Item("y").tags is Item("y").tags)
print(sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9)]))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 99), Version(1) == Version(1, 0, 0))
p = Point(1, 2)
print(p, p.moved(5), hash(p) == hash(Point(1, 2)), {p, Point(1, 2)})
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
acct = Account("ann", 100, rate=1.5)
print(acct, acct.history)
print(Options(level=3), Options())
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
n = Nested(Item("pear", 2.0), [Point(0, 0)])
print(asdict(n))
print(astuple(n))
print([f.name for f in fields(Item)], [f.type for f in fields(Version)])
print(replace(a, name="banana"))
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
try:
    replace(p, z=1)
except TypeError as e:
    print("TypeError:", e)
print(Version.__match_args__, Item.__eq__ is not object.__eq__)
match Version(3, 1):
    case Version(3, minor):
        print("v3 minor", minor)
