def first[T](xs: list[T]) -> T:
    return xs[0]

print(first([3, 4]), first.__type_params__, first.__type_params__[0].__name__)

class Box[T]:
    item: T
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

b = Box[int](5)
print(b.get(), Box.__type_params__, Box[int], Box.__mro__, Box.__annotations__)

class Pair[K: str, V: (int, float)]:
    pass
print(Pair.__type_params__, [p.__bound__ for p in Pair.__type_params__], Pair.__type_params__[1].__constraints__)

def star[*Ts, **P]():
    pass
print(star.__type_params__)

type Point = tuple[float, float]
type Vec[T] = list[T]
type Later = Undefined
print(Point, Point.__value__, Vec, Vec.__value__, Vec.__type_params__, Vec[int], type(Point).__name__, Point.__name__)
try:
    Later.__value__
except NameError as e:
    print(e)
Undefined = int
print(Later.__value__)
