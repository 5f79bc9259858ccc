from functools import singledispatch
from dataclasses import dataclass


@singledispatch
def show(x):
    "Show anything."
    return f"object {x!r}"


@show.register
def _(x: int):
    return f"int {x}"


@show.register(list)
def _(x):
    return f"list of {len(x)}"


@show.register
def _(x: str | bytes):
    return f"text {x!r}"


def show_float(x):
    return f"float {x:.2f}"


show.register(float, show_float)


@dataclass
class Point:
    x: int


class Point3(Point):
    pass


@show.register
def _(p: Point):
    return f"point {p.x}"


for v in [1, True, [1, 2], "s", b"b", 2.5, None, Point(3), Point3(4), (1,)]:
    print(show(v))
print(show.__name__, show.__doc__, show.dispatch(bool) is show.dispatch(int), show.dispatch(dict) is show.__wrapped__)
print(sorted(c.__name__ for c in show.registry))
try:
    show()
except TypeError as e:
    print("TypeError:", e)
try:
    @show.register
    def _(x):
        return "no annotation"
except TypeError as e:
    print("TypeError:", str(e).split(":")[0])
