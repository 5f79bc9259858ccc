class Shape:
    count = 0
    registry = []

    def __init__(self, name):
        self.name = name
        type(self).count += 1

    @classmethod
    def create(cls, *names):
        return [cls(n) for n in names]

    @classmethod
    def kind(cls):
        return cls.__name__.lower()

    @staticmethod
    def area_of(w, h):
        return w * h

    @staticmethod
    def describe():
        return "a shape"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Square(Shape):
    @classmethod
    def kind(cls):
        return "square:" + super().kind()


print(Shape.create("a", "b"), Square.create("c"))
print(Shape.count, Square.count)
print(Shape.kind(), Square.kind(), Square("x").kind())
print(Shape.area_of(3, 4), Square("y").area_of(2, 5), Shape.describe())
f = Square.create
print(f("z"), f.__self__.__name__, f.__func__.__name__)
g = Shape.area_of
print(g(1, 1), type(g).__name__)
print(type(Shape.__dict__["kind"]).__name__, type(Shape.__dict__["area_of"]).__name__)
sm = Shape.__dict__["area_of"]
print(sm.__func__(6, 7))
cm = Shape.__dict__["create"]
print(cm.__func__(Square, "w"))
try:
    Shape.create.__func__()
except TypeError as e:
    print("TypeError:", e)


def free(x):
    return x + 1


class Holder:
    inc = staticmethod(free)
    make = classmethod(lambda cls, v: (cls.__name__, v))


print(Holder.inc(1), Holder().inc(2), Holder.make(3), Holder().make(4))
