from typing import TypedDict, Unpack
import typing


class Cfg(TypedDict):
    a: int
    b: typing.NotRequired[float]


def keep(d):
    d["a"] = "changed"
    return d


def escapes(**kw: Unpack[Cfg]):
    keep(kw)
    return kw["a"] * 2


def stores(**kw: typing.Unpack[Cfg]):
    kw["a"] = 1.5
    return kw["a"] * 2


def rebinds(**kw: Unpack[Cfg]):
    kw = {"a": "x"}
    return kw["a"] * 2


def reads(**kw: Unpack[Cfg]):
    total = 0
    for k in kw:
        total += len(k)
    return kw["a"] + total, sorted(kw), len(kw), list(kw.items())


print(escapes(a=2), stores(a=2), rebinds(a=2), reads(a=2), reads(a=2, b=0.5), reads(a=2, c="x"))
f = reads
print(f(**{"a": 5}), f(a=-(2**64)))
