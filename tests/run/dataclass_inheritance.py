from dataclasses import dataclass, field, fields


@dataclass
class Base:
    id: int
    tags: list = field(default_factory=list)

    def describe(self):
        return f"{type(self).__name__} {self.id}"


@dataclass
class Child(Base):
    name: str = "anon"
    score: float = 0.0


@dataclass
class Override(Child):
    score: float = 10.0

    def describe(self):
        return super().describe() + f" ({self.score})"


c = Child(1, ["a"], "cee")
print(c, [f.name for f in fields(Child)], c.describe())
o = Override(2)
print(o, o.describe(), Override(3, name="x") == Override(3, [], "x", 10.0))
try:
    @dataclass
    class Bad(Base):
        late: int
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class FrozenBase:
    x: int


try:
    @dataclass
    class Thaw(FrozenBase):
        y: int = 0
except TypeError as e:
    print("TypeError:", e)


@dataclass(eq=False)
class Identity:
    v: int


print(Identity(1) == Identity(1), len({Identity(1), Identity(1)}))


class Plain:
    def __init__(self):
        self.p = 1


@dataclass
class Mixed(Plain):
    q: int = 2

    def __post_init__(self):
        super().__init__()


m = Mixed()
print(m, m.p, m.q)


@dataclass(repr=False)
class NoRepr:
    a: int = 1


print(repr(NoRepr()).startswith("<__main__.NoRepr object at"), NoRepr() == NoRepr())


@dataclass
class WithProperty:
    _value: int = 0

    @property
    def value(self):
        return self._value * 2


print(WithProperty(4).value, WithProperty())
