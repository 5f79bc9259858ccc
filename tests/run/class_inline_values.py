# Instance attributes as inline values under the class's shared keys: every way the
# attributes can be given, read, listed and removed must look like a dict's.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def show(o):
    print(type(o).__name__, vars(o))


# Same order for many instances, then one in another order.
ps = [P(i, -i) for i in range(5)]
print([p.norm1() for p in ps])
q = P.__new__(P)
q.y = 1
q.x = 2
show(q)
print(q.norm1(), q.x, q.y)

# Attributes added after __init__, in different orders on different instances.
a, b = P(1, 2), P(3, 4)
a.z = 5
b.w = 6
b.z = 7
show(a)
show(b)
c = P(8, 9)
c.z = 10
show(c)

# Deleting and giving back moves the attribute to the end, as in a dict.
d = P(1, 2)
del d.x
show(d)
d.x = 3
show(d)
try:
    del d.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(d.nothing)
except AttributeError as e:
    print("AttributeError:", e)

# __dict__ is the same dict from then on, and writes through it are attributes.
e = P(1, 2)
dd = e.__dict__
print(dd is e.__dict__, dd is vars(e))
dd["k"] = "via dict"
print(e.k)
e.m = "via attribute"
print(dd)
dd.clear()
print(hasattr(e, "x"), vars(e))
e.x = 11
print(e.x, e.__dict__)

# Names made at run time, one-character names and names that are not identifiers.
f = P(0, 0)
name = "".join(["lo", "ng_name"])
setattr(f, name, 1)
setattr(f, "a", 2)
setattr(f, "with space", 3)
print(getattr(f, "long_" + "name"), f.a, getattr(f, "with space"))
show(f)
print(sorted(vars(f)))

# Many attributes: more than the shared keys hold.
class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"a{i}", i)


w = Wide(40)
print(len(vars(w)), w.a0, w.a39, list(vars(w))[-3:])
w2 = Wide(40)
print(w2.a35, vars(w2) == vars(w))

# An instance attribute hides a method; a method site that ran before sees it.
class M:
    def __init__(self):
        self.v = 1

    def get(self):
        return "method"


ms = [M(), M(), M()]
for m in ms:
    print(m.get())
ms[1].get = lambda: "instance attribute"
for m in ms:
    print(m.get())
del ms[1].get
print(ms[1].get())

# Subclasses have keys of their own; __class__ assignment keeps the attributes.
class Q(P):
    def __init__(self, x, y, z):
        self.z = z
        super().__init__(x, y)


qq = Q(1, 2, 3)
show(qq)
qq.__class__ = P
show(qq)
print(qq.norm1(), qq.z)
pp = P(5, 6)
pp.__class__ = Q
show(pp)
pp.w = 1
show(pp)

# Equality and copies of instances see the same attributes.
import copy

g = P([1, 2], "s")
h = copy.copy(g)
k = copy.deepcopy(g)
print(vars(h), vars(k), h.x is g.x, k.x is g.x)
h.x.append(3)
print(g.x, k.x)

# Class attributes are not instance attributes until assigned.
class C:
    count = 0

    def bump(self):
        self.count += 1
        return self.count


cc = C()
print(cc.bump(), cc.bump(), C.count, vars(cc))

# One attribute site sees instances with and without a __dict__, in either order.
class R:
    def __init__(self, v):
        self.v = v


def read(o):
    return o.v


def write(o, v):
    o.v = v


def add_late(o, v):
    o.late = v


rs = [R(i) for i in range(6)]
for i in (0, 2, 3):
    rs[i].__dict__
for r in rs:
    write(r, read(r) * 10)
    add_late(r, -read(r))
print([read(r) for r in rs], [r.late for r in rs])
fresh = [R(i) for i in range(3)]
for r in fresh:
    add_late(r, 1)
    write(r, 2)
print([vars(r) for r in fresh])
