from dataclasses import dataclass, field, fields, asdict, replace, FrozenInstanceError


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
print(p, Point.__slots__, hasattr(p, "__dict__"), [f.name for f in fields(p)])
p.x = 5
p.tags.append("a")
print(p, asdict(p), replace(p, y=9), p == Point(5, 0, ["a"]))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(slots=True, frozen=True)
class Version:
    major: int
    minor: int = 0

    def bump(self):
        return replace(self, minor=self.minor + 1)


v = Version(1)
try:
    v.major = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(v, v.bump(), hash(v) == hash(Version(1, 0)), {v: "one"}[Version(1)], Version.__slots__)


@dataclass(slots=True)
class Point3(Point):
    z: int = 0


q = Point3(1, 2, [], 3)
print(q, Point3.__slots__, hasattr(q, "__dict__"))
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(slots=True, order=True)
class Item:
    price: float
    name: str = field(compare=False)


print(sorted([Item(3.5, "c"), Item(1.25, "a"), Item(2.0, "b")]))
