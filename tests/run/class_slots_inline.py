# __slots__ values live in the instance after its inline values: set, unset, deleted, inherited
# and mixed with a __dict__ in a subclass.
class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class T(S):
    __slots__ = ("c",)


s = S(1)
print(s.a)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError:", e)
s.b = 2
print(s.a, s.b)
del s.b
try:
    del s.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", e)
t = T(5)
t.c = 6
t.b = 7
print(t.a, t.b, t.c)
try:
    print(t.__dict__)
except AttributeError as e:
    print("AttributeError:", e)


class U(S):
    pass


u = U(3)
u.z = 4
u.b = 5
print(u.__dict__, u.a, u.b, u.z)
t.__class__ = T
for o in [S(i) for i in range(3)]:
    o.b = o.a * 2
    print(o.a, o.b)
