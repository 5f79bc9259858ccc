from __future__ import annotations
import typing
from typing import (Any, Callable, Dict, Generic, Iterable, Iterator, List, Optional, Protocol, Sequence, Tuple,
                    TypeVar, Union, cast, overload, TYPE_CHECKING, Final, ClassVar, Literal, NewType)

Vector = List[float]
Matrix = List[Vector]
Handler = Callable[[int, str], bool]
print(Vector, Matrix, Handler)
print(Optional[int], Union[int, str], Union[int, None], Union[int, Union[str, int]], Union[int])
print(Dict[str, List[int]], Tuple[int, ...], Callable[..., int], Literal["a", 1], typing.Generator[int, None, None])
print(Any, Optional, List, Final[int], ClassVar[int], typing.Self)
print(int | None, list[int] | None, int | str | None, type(int | str).__name__)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))

T = TypeVar("T")
K = TypeVar("K", bound=int)
Co = TypeVar("Co", covariant=True)
print(T, K, Co, T.__name__)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), type(s).__name__, Stack[int], Stack.__mro__, Stack.__orig_bases__)

class Shape(Protocol):
    def area(self) -> float: ...

class Sq:
    def __init__(self, side: float) -> None:
        self.side = side
    def area(self) -> float:
        return self.side ** 2

def total(shapes: Iterable[Shape]) -> float:
    return sum([x.area() for x in shapes])
print(total([Sq(2), Sq(3)]))

def first(xs: Sequence[T]) -> Optional[T]:
    return xs[0] if xs else None
print(first([5, 6]), first([]))
print(cast(int, "not really"), TYPE_CHECKING)
if TYPE_CHECKING:
    print("never")

UserId = NewType("UserId", int)
u = UserId(42)
print(u, type(u).__name__, UserId)

@overload
def dbl(x: int) -> int: ...
@overload
def dbl(x: str) -> str: ...
def dbl(x):
    return x * 2
print(dbl(2), dbl("ab"))

MAX: Final = 10
counts: Dict[str, int] = {}
counts["a"] = 1
print(MAX, counts)
