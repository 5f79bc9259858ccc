from dataclasses import dataclass, field, fields, KW_ONLY, asdict

@dataclass
class User:
    name: str
    password: str = field(repr=False)
    tags: list = field(default_factory=list, compare=False)
    id: int = field(default=0, init=False)

u = User("ann", "secret")
print(u, u.id, User("ann", "x") == User("ann", "y", ["t"]))

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3))
try:
    Opts(1)
except TypeError as e:
    print(e)
try:
    Opts()
except TypeError as e:
    print(e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(Mixed(1, c=3), Mixed.__match_args__)

@dataclass
class P:
    x: int
    y: int = field(kw_only=True, default=5)
print(P(1), P(1, y=2), [f.name for f in fields(P)], [f.kw_only for f in fields(P)])

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: int = field(hash=False)
print(hash(H(1, 2)) == hash(H(1, 3)), H(1, 2) == H(1, 3))

@dataclass(frozen=True)
class F:
    a: int
    meta: dict = field(default=None, compare=False, hash=False, metadata={"unit": "m"})
print(hash(F(1)) == hash(F(1, {})), fields(F)[1].metadata, fields(F)[0].metadata)
print(asdict(u))
