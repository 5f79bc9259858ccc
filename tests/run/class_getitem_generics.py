from typing import Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K")


class Registry:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


print(Registry[int], Registry["x"])


class Stack(Generic[T]):
    def __init__(self):
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, type(s).__name__, Stack[int], Stack[str].__origin__ is Stack)


class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v


print(Pair[str, int]("a", 1).v, T.__name__)


class Box[U]:
    def __init__(self, v: U):
        self.v = v

    def map[V](self, f) -> "Box[V]":
        return Box(f(self.v))


b = Box[int](3).map(str)
print(b.v, type(b.v).__name__, Box.__type_params__, Box[int])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int] if True else None)
alias = list[int]
print(alias.__origin__, alias.__args__, alias([1, 2]), isinstance([], list))


def first[X](xs: list[X]) -> X:
    return xs[0]


print(first([5, 6]), first("ab"), first.__type_params__)
type Matrix = list[list[float]]
print(Matrix.__name__, Matrix.__value__)
