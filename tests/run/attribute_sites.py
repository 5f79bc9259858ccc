# One attribute read, write or method call in a loop sees many objects: different classes,
# attributes deleted and added back, methods shadowed by instance attributes, classes
# changed under it. krait caches each such site; every result must stay Python's.
class A:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def get(self):
        return ("A", self.v)


class B(A):
    def get(self):
        return ("B", self.v)


class C:
    __slots__ = ("v", "w")

    def __init__(self, v):
        self.v = v
        self.w = -v

    def get(self):
        return ("C", self.v)


class D:
    def __init__(self, v):
        self.w = 0
        self.v = v

    @property
    def twice(self):
        return self.v * 2

    def get(self):
        return ("D", self.v)


def read_all(objs):
    return [(o.v, o.w) for o in objs]


def call_all(objs):
    return [o.get() for o in objs]


def bump_all(objs):
    for o in objs:
        o.v = o.v + 1


objs = [A(1), B(2), C(3), D(4), A(5), C(6), B(7), D(8)]
for _ in range(3):
    print(read_all(objs))
    print(call_all(objs))
    bump_all(objs)

# An instance attribute shadows the method at a site that called it.
a = A(10)
print(call_all([a, a]))
a.get = lambda: "shadowed"
print(call_all([a]))
del a.get
print(call_all([a]))

# Attributes deleted and added back, in another order.
d = A(20)
print(read_all([d]))
del d.v
try:
    read_all([d])
except AttributeError as e:
    print("AttributeError:", e)
d.extra = 1
d.v = 21
print(read_all([d]), list(vars(d)))

# A property, __getattr__ and __setattr__ appearing on the class after the sites ran.
p = A(30)
print(read_all([p]))
A.w = property(lambda self: "from property")
print(read_all([p]))
del A.w
print(read_all([p]))

def setattr_hook(self, name, value):
    object.__setattr__(self, name, value * 100)

bump_all([p])
A.__setattr__ = setattr_hook
bump_all([p])
print(p.v)
del A.__setattr__
bump_all([p])
print(p.v)

# The class of an object changed.
q = A(40)
print(call_all([q]))
q.__class__ = B
print(call_all([q]))

# Methods replaced on the class.
def new_get(self):
    return ("new", self.v)

r = B(50)
print(call_all([r]))
B.get = new_get
print(call_all([r]))
del B.get
print(call_all([r]))

# __dict__ written directly.
s = A(60)
print(read_all([s]))
s.__dict__["v"] = "through __dict__"
print(read_all([s]))
s.__dict__.clear()
s.__dict__.update(w="w", v="v")
print(read_all([s]))

# Slots: reads of unset slots fail, writes of other names fail.
t = C.__new__(C)
try:
    read_all([t])
except AttributeError as e:
    print("AttributeError:", e)
t.v = 1
t.w = 2
print(read_all([t]))
try:
    t.other = 3
except AttributeError as e:
    print("AttributeError:", e)
print(D(5).twice, [o.twice for o in [D(1), D(2)]])
