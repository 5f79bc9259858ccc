from dataclasses import dataclass
from enum import Enum, auto
from typing import Optional


class Kind(Enum):
    FILE = auto()
    DIR = auto()


@dataclass
class Node:
    name: str
    kind: Kind
    size: int = 0
    children: Optional[list["Node"]] = None

    def walk(self, depth=0):
        yield depth, self
        for child in self.children or []:
            yield from child.walk(depth + 1)

    def total(self) -> int:
        match self:
            case Node(kind=Kind.FILE, size=s):
                return s
            case Node(children=kids):
                return sum(k.total() for k in kids or [])


root = Node("/", Kind.DIR, children=[
    Node("a.txt", Kind.FILE, 120),
    Node("src", Kind.DIR, children=[Node("main.py", Kind.FILE, 900), Node("util.py", Kind.FILE, 300)]),
    Node("empty", Kind.DIR, children=[]),
])

for depth, node in root.walk():
    marker = "/" if node.kind is Kind.DIR else ""
    print("  " * depth + node.name + marker, node.total())

def describe(event):
    match event:
        case {"type": "click", "pos": (x, y)} if x < 0 or y < 0:
            return "offscreen click"
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case {"type": t, **rest}:
            return f"other {t} {sorted(rest)}"
        case _:
            return "invalid"

for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": (-1, 2)}, {"type": "key", "key": "a"},
          {"type": "key", "key": "Enter"}, {"type": "scroll", "dy": 3, "dx": 0}, {"nope": 1}, 42]:
    print(describe(e))

match root.children:
    case [Node(name=first), *_, Node(name=last)]:
        print(first, last)
match (1, [2, 3]):
    case (a, [b, *c]) as whole:
        print(a, b, c, whole)
