from typing import TypedDict, NotRequired, Unpack


class Options(TypedDict):
    width: int
    scale: float
    label: str
    verbose: NotRequired[bool]
    tags: NotRequired[list[str]]


def render(**opts: Unpack[Options]) -> str:
    w = opts["width"] * 2
    s = opts["scale"] * 1.5
    text = opts["label"].upper()
    if "verbose" in opts and opts["verbose"]:
        text += "!"
    n = 0
    for t in opts.get("tags", []):
        n += len(t)
    return f"{text}:{w}:{s}:{n}"


print(render(width=3, scale=2.0, label="a"))
print(render(width=2**70, scale=0.1, label="big", verbose=True, tags=["x", "yz"]))
print(render(width=3, scale=2, label="int scale"))
print(render(width="ab", scale=2.0, label="str width"))
print(render(width=True, scale=2.0, label="bool width"))
try:
    render(scale=1.0, label="missing")
except KeyError as e:
    print("KeyError", e)


class Base(TypedDict, total=False):
    x: float


class Point(Base):
    y: float


def norm(**p: Unpack[Point]):
    return (p["x"] ** 2 + p["y"] ** 2) ** 0.5


total = 0.0
for i in range(1000):
    total += norm(x=float(i), y=1.0)
print(total, norm(x=3, y=4), norm(x=3.0, y=4.0))


class Shape:
    def __init__(self, name):
        self.name = name

    def draw(self, **opts: Unpack[Options]):
        return self.name + str(opts["width"] + 1) + opts["label"]


print(Shape("sq").draw(width=1, scale=1.0, label="L"), Shape("c").draw(width=1.5, scale=1.0, label="M"))


def deep(n, **kw: Unpack[Point]):
    if n == 0:
        return kw["x"]
    return deep(n - 1, x=kw["x"] + 1.0, y=kw["y"])


print(deep(100, x=0.0, y=0.0))


def failing(**kw: Unpack[Point]):
    return kw["x"] / kw["y"]


print(failing(x=1.0, y=2.0))
print(failing(x=1.0, y=0.0))
