from __future__ import annotations, division
import __future__
from dataclasses import dataclass, field
from typing import ClassVar, Optional

print(annotations)
print(__future__.annotations.__class__.__name__ if False else division)

@dataclass
class Node:
    value: int
    next: Optional[Node] = None
    count: ClassVar[int] = 0
    tags: list[str] = field(default_factory=list)

n = Node(1, Node(2))
print(n)
print(Node.__annotations__)
