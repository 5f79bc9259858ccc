from __future__ import annotations

from typing import (Any, Callable, ClassVar, Final, Literal, Optional, Protocol, Self, TypeVar,
                    Union, Iterable, Iterator, Mapping, Sequence, overload, cast, TYPE_CHECKING)

if TYPE_CHECKING:
    import nothing_real  # never imported

T = TypeVar("T", bound="Comparable")
MAX: Final = 10
Mode = Literal["r", "w"]


class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...


class Node:
    count: ClassVar[int] = 0
    value: int
    next: Optional[Node] = None

    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value: int = value
        self.next = next
        Node.count += 1

    def append(self, value: int) -> Self:
        self.next = Node(value)
        return self.next

    def __iter__(self) -> Iterator[int]:
        node: Optional[Node] = self
        while node is not None:
            yield node.value
            node = node.next


def smallest(items: Iterable[T]) -> T:
    best: T | None = None
    for x in items:
        if best is None or x < best:
            best = x
    return cast(T, best)


def apply(f: Callable[[int], int], xs: Sequence[int], mode: Mode = "r") -> list[int]:
    out: list[int] = [f(x) for x in xs]
    return out


def describe(m: Mapping[str, Union[int, str]]) -> str:
    parts: list[str] = []
    for k, v in m.items():
        parts.append(f"{k}={v}")
    return ",".join(parts)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


head = Node(3)
head.append(1).append(2)
total: int = 0
for v in head:
    total += v
print(list(head), total, Node.count, smallest([5, 2, 8]), smallest("hello"))
print(apply(lambda n: n * n, [1, 2, 3]), describe({"a": 1, "b": "x"}), double(4), double("ab"), MAX)
print(Node.__annotations__, apply.__annotations__ if hasattr(apply, "__annotations__") else {})
x: int
y: "list[int]" = []
print(y, "unbound annotation ok")
