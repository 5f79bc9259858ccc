class Outer:
    value = "outer value"

    class Inner:
        value = "inner value"

        def read(self):
            return self.value, Outer.value

        class Deeper:
            def where(self):
                return type(self).__qualname__

    def make_inner(self):
        return self.Inner()


o = Outer()
print(o.make_inner().read(), Outer.Inner.Deeper().where(), Outer.Inner.__qualname__)


def factory(prefix):
    class Named:
        tag = prefix

        def __init__(self, n):
            self.n = n

        def __repr__(self):
            return f"{self.tag}-{self.n}"

        def sibling(self):
            return Named(self.n + 1)

    return Named


A, B = factory("a"), factory("b")
print(A(1), B(2), A(1).sibling(), A is not B, A.__qualname__, type(A(1)).__name__)
print(isinstance(A(1), A), isinstance(A(1), B))


class Counter:
    total = 0

    class Step:
        size = 2

    def advance(self):
        Counter.total += self.Step.size
        return Counter.total


c = Counter()
print(c.advance(), c.advance(), Counter.Step.size)
x = 10


class Scope:
    x = 20
    y = x * 2
    items = [x for _ in range(2)]

    def method(self):
        return x


print(Scope.y, Scope.items, Scope().method())
