# C(...) of a plain class takes a short path once it has been seen; the class changing
# afterwards (its __init__ replaced, a __new__ added, a base's __init__ replaced) must be seen.


class Base:
    def __init__(self, x):
        self.x = x


class C(Base):
    pass


print([C(i).x for i in range(3)])


def other_init(self, x):
    self.x = x * 100


Base.__init__ = other_init
print(C(2).x)


def returns_value(self, x):
    return x


C.__init__ = returns_value
try:
    C(1)
except TypeError as e:
    print("TypeError:", e)
del C.__init__
print(C(3).x)


def new(cls, *args):
    print("new", cls.__name__, args)
    return object.__new__(cls)


C.__new__ = new
print(C(4).x)


class D:
    def __init__(self):
        raise ValueError("no")


for _ in range(2):
    try:
        D()
    except ValueError as e:
        print("ValueError:", e)
