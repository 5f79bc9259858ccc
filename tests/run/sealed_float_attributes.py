# Attributes that compiled code keeps as unboxed floats must look like float objects to
# everything else: vars(), getattr, copies, deletion, __class__ assignment, slots.
import copy


class Particle:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.mass = 1.0

    def step(self, dt):
        self.x += dt * 2.5
        self.y -= dt / 3.0
        return self.x * self.y

    def energy(self):
        return 0.5 * self.mass * (self.x * self.x + self.y * self.y)


p = Particle(0.5, 1.5)
for _ in range(3):
    p.step(0.1)
print(p.x, p.y, p.energy())
print(vars(p), getattr(p, "x"), p.__dict__["y"])
print(type(p.x).__name__, isinstance(p.y, float), p.x == 1.25, hash(p.mass) == hash(1.0))

q = copy.copy(p)
q.step(1.0)
print(p.x, q.x, sorted(vars(q)))

# Ints, strs and None in the same attributes.
p.x = 3
p.y = "far"
print(p.x, p.y, vars(p))
p.x = None
print(p.x is None)
p.x = 2.0
p.y = -1.0
print(p.step(2.0), p.x, p.y)

# Deleting a float attribute, then reading it.
del p.mass
try:
    p.energy()
except AttributeError as exc:
    print("AttributeError:", exc)
p.mass = 4.0
print(p.energy())

# A float object stored as it is keeps its identity.
f = 12.75
p.x = f
print(p.x is f, p.x)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a * 1.5
        self.b = a - 0.25

    def total(self):
        return self.a + self.b


class OtherSlotted:
    __slots__ = ("a", "b")

    def total(self):
        return "other"


s = Slotted(2.0)
print(s.total(), s.a, s.b, getattr(s, "b"))
s.__class__ = OtherSlotted
print(s.total(), s.a, s.b, type(s.a).__name__)
t = Slotted(1.0)
del t.b
try:
    t.total()
except AttributeError as exc:
    print("AttributeError:", exc)

# Many instances while the collector runs: the floats stay with their instances.
ps = [Particle(i * 0.5, i * 0.25) for i in range(20000)]
for q in ps:
    q.step(0.01)
print(round(sum(q.energy() for q in ps), 6), ps[-1].x, ps[12345].y)
