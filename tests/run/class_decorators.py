# Decorators: property with setter, staticmethod, classmethod (bound to subclasses), and plain
# function decorators, applied bottom up after being evaluated top down.
class Temp:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32
    @classmethod
    def freezing(cls):
        return cls(0)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"
class Sub(Temp):
    scale = "K"
t = Temp(25)
print(t.c, t.f, Temp.convert(100), t.convert(0), Temp.freezing().c, Sub.freezing().__class__.__name__, Sub.describe(), t.describe())
t.c = 30
print(t.c, t.f, t._c)
try:
    t.c = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.f = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.c
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temp.__dict__["c"]).__name__, Temp.c.fget(t), Temp.c.fset is not None, Temp.f.fset)
def twice(f):
    def_ = f
    return f
def log(f):
    print("decorating", f.__name__)
    return f
@log
def add(a, b):
    return a + b
print(add(2, 3))
def first(f):
    print("apply first to", f.__name__)
    return f
def second(f):
    print("apply second to", f.__name__)
    return f
@first
@second
def g():
    return "g"
print(g())
class Holder:
    @first
    def method(self):
        return "method"
print(Holder().method())
