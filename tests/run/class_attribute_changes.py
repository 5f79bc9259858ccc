# Class attributes and methods changed after instances have used them: every lookup sees
# the change (krait caches class lookups and must drop them when a namespace changes).
class Base:
    kind = "base"

    def greet(self):
        return "hello from Base"


class Child(Base):
    pass


c = Child()
for _ in range(3):
    print(c.greet(), c.kind)

# A method added to the base after the child's lookups found the base's.
def child_greet(self):
    return "hello from Child"

Child.greet = child_greet
print(c.greet())
Base.kind = "changed base"
print(c.kind)
Child.kind = "child"
print(c.kind)
del Child.kind
print(c.kind)
del Child.greet
print(c.greet())

# The instance's own attribute shadows the class's, and stops when deleted.
c.kind = "instance"
print(c.kind)
del c.kind
print(c.kind)

# setattr/delattr on the class, and a method replaced inside a method.
class Counter:
    def step(self):
        Counter.step = Counter.step2
        return 1

    def step2(self):
        return 2

k = Counter()
print([k.step() for _ in range(3)])
setattr(Counter, "extra", lambda self: "extra")
print(k.extra())
delattr(Counter, "extra")
try:
    k.extra()
except AttributeError as e:
    print(e)

# A property added after instances were read.
class Temp:
    def __init__(self):
        self.celsius = 20

t = Temp()
print(t.celsius)
Temp.fahrenheit = property(lambda self: self.celsius * 9 / 5 + 32)
print(t.fahrenheit)

# Classes made in a loop: each has its own methods.
made = []
for i in range(5):
    class Made:
        value = i

        def get(self):
            return self.value * 10
    made.append(Made())
print([m.get() for m in made])

# A class namespace cleared through vars() is seen too.
class Shape:
    sides = 0

s = Shape()
print(s.sides)
Shape.sides = 4
print(s.sides, Shape().sides)

# Names made at run time are the same attributes as those written in the source.
name = "".join(["gr", "eet"])
print(getattr(c, name)())
setattr(c, "co" + "lour", "red")
print(c.colour, "colour" in vars(c))
