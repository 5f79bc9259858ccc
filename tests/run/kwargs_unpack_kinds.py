# PEP 692 typed **kwargs with every other kind of parameter, in comprehensions, lambdas,
# methods with super(), generators and recursion.
from typing import TypedDict, Unpack, NotRequired


class Opts(TypedDict):
    a: int
    b: NotRequired[str]


def star(*args, **kw: Unpack[Opts]):
    return sum(args) + kw["a"], kw.get("b", "-")


def defaults(x, y=2, *, z=3, **kw: Unpack[Opts]):
    return x + y + z + kw["a"]


def comp(**kw: Unpack[Opts]):
    return [kw["a"] * i for i in range(3)], {k: v for k, v in kw.items()}


def lam(**kw: Unpack[Opts]):
    f = lambda: kw["a"] + 1
    return f()


class Base:
    def go(self, **kw: Unpack[Opts]):
        return "base" + str(kw["a"])


class Child(Base):
    def go(self, **kw: Unpack[Opts]):
        return "child" + super().go(**kw) + str(kw["a"] * 2)


def gen(**kw: Unpack[Opts]):
    yield kw["a"]
    yield kw["a"] + 1


def raises(**kw: Unpack[Opts]):
    if kw["a"] > 1:
        raise ValueError(kw["a"])
    return raises(a=kw["a"] + 1)


print(star(1, 2, a=3), star(a=1, b="x"), defaults(1, a=4), defaults(1, 5, z=0, a=-1))
print(comp(a=2, b="q"), lam(a=5), Child().go(a=3), list(gen(a=7)))
print(star(a=2.5), defaults(1, a=0.5), comp(a="s"))
try:
    raises(a=0)
except ValueError as e:
    print("ValueError", e, e.__traceback__ is not None)
raises(a=0)
