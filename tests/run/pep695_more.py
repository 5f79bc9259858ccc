from typing import Callable


class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> "Stack[T]":
        self.items.append(item)
        return self

    def pop(self) -> T:
        return self.items.pop()


class Bounded[N: (int, float)]:
    def __init__(self, lo: N, hi: N):
        self.lo, self.hi = lo, hi

    def clamp(self, v: N) -> N:
        return max(self.lo, min(self.hi, v))


class Ordered[K: str, *Ts, **P]:
    pass


def apply[**P, R](f: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    return f(*args, **kwargs)


def pairs[A, B](xs: list[A], ys: list[B]) -> list[tuple[A, B]]:
    return list(zip(xs, ys))


type IntList = list[int]
type Pair[T] = tuple[T, T]
type Tree = dict[str, Tree] | None

s = Stack[int]().push(1).push(2)
print(s.pop(), s.items, Stack.__type_params__, Stack[str])
print(Bounded(0, 10).clamp(15), Bounded(0.5, 1.5).clamp(-1.0))
k, ts, p = Ordered.__type_params__
print(k, k.__bound__, ts, p, type(k).__name__, type(ts).__name__, type(p).__name__)
n = Bounded.__type_params__[0]
print(n.__constraints__, n.__bound__)
print(apply(pow, 2, 10), apply(sorted, [3, 1], reverse=True), pairs([1, 2], "ab"))
print(apply.__type_params__, pairs.__type_params__)
print(IntList, IntList.__value__, Pair.__type_params__, Pair[int], Tree.__value__)
print(type(IntList).__name__, IntList.__name__, Pair.__name__)
