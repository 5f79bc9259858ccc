# PEP 692: the generic `norm` checks that `x` and `y` are absent or floats, then hands the
# call to the specialisation where `p["x"]` and `p["y"]` are unboxed floats.
from typing import TypedDict, Unpack


class Point(TypedDict):
    x: float
    y: float


def norm(**p: Unpack[Point]) -> float:
    return (p["x"] * p["x"] + p["y"] * p["y"]) ** 0.5


print(norm(x=3.0, y=4.0))
