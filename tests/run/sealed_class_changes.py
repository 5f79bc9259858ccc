# Classes whose layout and methods compiled code relies on, changed by the program after
# instances exist: every change must show exactly as CPython shows it.


class Counter:
    instances = 0

    def __init__(self, start):
        self.value = start
        self.step = 1
        Counter.instances += 1

    def bump(self):
        self.value += self.step
        return self.value

    def describe(self):
        return f"Counter({self.value})"


c = Counter(10)
print(c.bump(), c.bump(), c.describe(), Counter.instances)

# A class attribute counter changes nothing the calls rely on.
for i in range(3):
    Counter(i)
print(Counter.instances, c.bump())

# A method replaced on the class after instances exist.
def bump_twice(self):
    self.value += 2 * self.step
    return self.value


Counter.bump = bump_twice
print(c.bump(), Counter(0).bump())

# A method hidden by an instance attribute.
d = Counter(5)
d.describe = lambda: "hidden"
print(d.describe(), c.describe())
del d.describe
print(d.describe())

# A property added to the class takes precedence over the instance's value.
Counter.value = property(lambda self: -1)
print(c.value, c.describe())
del Counter.value
print(c.value)

# Attributes deleted, added out of order, and seen through __dict__.
e = Counter(7)
del e.step
try:
    e.bump()
except AttributeError as exc:
    print("AttributeError:", exc)
e.step = 3
print(e.bump(), sorted(vars(e).items()))
e.__dict__["value"] = 100
print(e.value, e.bump())

# An instance made without __init__, given its attributes in another order.
f = Counter.__new__(Counter)
f.step = 5
f.value = 1
print(f.bump(), vars(f))

# __class__ assigned to another class with the same methods but other behaviour.
class Other:
    def __init__(self, v):
        self.value = v
        self.step = 0

    def bump(self):
        return "other bump"

    def describe(self):
        return "other"


g = Counter(1)
g.__class__ = Other
print(g.bump(), g.describe(), type(g).__name__)
