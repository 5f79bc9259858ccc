# __slots__ (restricting attributes, no __dict__, kept out of a subclass's __dict__), and
# __setattr__/__delattr__ hooks that defer to object's through super().
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
p.x = 5
print(p.x, p.y, P.__slots__)
for attempt in ["p.z = 3", "p.__dict__"]:
    try:
        if attempt == "p.z = 3":
            p.z = 3
        else:
            p.__dict__
    except AttributeError as e:
        print("AttributeError:", e)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, q.__dict__)
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 0
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __init__(self):
        self.log = []
        self.a = 1
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        super().__delattr__(name)
lg = Logged()
lg.b = 2
del lg.a
print(lg.log, lg.__dict__)
class R2:
    def __repr__(self):
        return "R2<" + super().__repr__()[:10] + ">"
    def __eq__(self, o):
        return super().__eq__(o)
    __hash__ = object.__hash__ if False else None
print(repr(R2()), R2() == R2())
