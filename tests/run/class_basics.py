# Classes: attributes on instances and classes, methods, defaults, keyword arguments,
# class attributes shared until an instance shadows them, docstrings, __dict__.
class Counter:
    """Counts things."""
    total = 0
    step = 1

    def __init__(self, name, start=0):
        self.name = name
        self.value = start
        Counter.total += 1

    def bump(self, by=None):
        self.value += self.step if by is None else by
        return self

    def describe(self, prefix="counter"):
        return f"{prefix} {self.name}={self.value}"

a = Counter("a")
b = Counter("b", start=10)
a.bump().bump().bump(by=5)
b.bump(3)
print(a.describe(), b.describe(prefix="ctr"), Counter.total, a.total, Counter.__doc__)
b.step = 100
b.bump()
print(b.value, a.step, b.step, Counter.step, sorted(b.__dict__), a.__dict__)
Counter.step = 2
a.bump()
print(a.value, Counter.describe(a), Counter.bump(a, 1).value)
print(type(a) is Counter, type(a).__name__, a.__class__.__name__, isinstance(a, Counter), isinstance(a, object))
print(Counter.__name__, Counter.__qualname__, Counter.__module__, Counter.__bases__)
bound = a.describe
print(bound(), bound(prefix="x"), bound.__name__, bound.__self__ is a)
class Empty:
    pass
e = Empty()
e.anything = [1, 2]
e.anything.append(3)
print(e.anything, e.__dict__, Empty.__doc__)
def t(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
t(lambda: e.missing)
t(lambda: Empty.missing)
t(lambda: Empty(1))
t(lambda: Counter())
t(lambda: Counter("x", 1, 2))
t(lambda: a.bump(1, 2))
t(lambda: a.describe(nope=1))
t(lambda: getattr(a, "value"))
t(lambda: getattr(a, "nope", "default"))
t(lambda: hasattr(a, "name"))
t(lambda: hasattr(a, "nope"))
setattr(a, "dyn", 5)
t(lambda: a.dyn)
delattr(a, "dyn")
t(lambda: a.dyn)
