# dataclasses: generated __init__/__repr__/__eq__, defaults and default_factory, order and
# frozen, inheritance of fields, __post_init__, fields/asdict/astuple/replace, the errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError
import dataclasses

@dataclass
class P:
    x: int
    y: float = 0.0
    tags: list = field(default_factory=list)

p = P(1)
print(p, P(1, 2.5, ["a"]), p == P(1), p == P(2), p != P(1), P(x=3, tags=[1]))
p.tags.append("t")
print(p, P(1).tags, repr(p))

@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"

print(V(1) < V(2), sorted([V(2, "a"), V(1, "b"), V(1, "a")]), hash(V(1)) == hash(V(1)), V(1) == V(1, "z"))
try:
    V(1).a = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del V(1).a
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print([f.name for f in fields(P)], [f.type for f in fields(V)], asdict(P(1, tags=[1])), astuple(V(3)), replace(p, x=9))

@dataclass
class Q(P):
    z: int = 5
    def total(self):
        return self.x + self.y + self.z

q = Q(1, 2, [], 3)
print(q, q.total(), isinstance(q, P), [f.name for f in fields(q)])

@dataclass
class Rect:
    w: float
    h: float
    area: float = 0.0
    def __post_init__(self):
        self.area = self.w * self.h

print(Rect(2, 3.5), Rect(1, 1).area)

@dataclass
class Team:
    name: str
    members: list = field(default_factory=list)
    lead: P = None

t = Team("core", [P(1), P(2)], P(0))
print(asdict(t))
print(astuple(t))

@dataclass(eq=False)
class Ident:
    v: int
a = Ident(1)
print(a == Ident(1), a == a, hash(a) == hash(a))

@dataclass
class WithRepr:
    v: int
    def __repr__(self):
        return f"<{self.v}>"
print(WithRepr(4), [WithRepr(5)])

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: P())
t(lambda: P(1, 2, [], 4))
t(lambda: P(1, q=2))
t(lambda: P(1, x=2))
t(lambda: hash(p))
t(lambda: replace(p, nope=1))
t(lambda: asdict(5))
t(lambda: fields(5))
t(lambda: V(1) < P(1))
t(lambda: field(default=1, default_factory=list))
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mut:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(P), dataclasses.is_dataclass(5))
