class A:
    def who(self):
        return "A"

    def chain(self):
        return ["A"]


class B(A):
    def who(self):
        return "B>" + super().who()

    def chain(self):
        return ["B"] + super().chain()


class C(A):
    def who(self):
        return "C>" + super().who()

    def chain(self):
        return ["C"] + super().chain()


class D(B, C):
    def chain(self):
        return ["D"] + super().chain()


print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D().who(), D().chain())
print(D.__bases__, B.__bases__, A.__bases__, object.__bases__)
print(issubclass(D, A), issubclass(D, (int, C)), isinstance(D(), B), issubclass(A, D))


class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass


print([k.__name__ for k in M.__mro__])

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))


class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left init", left)
        super().__init__(**kw)


class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right init", right)
        super().__init__(**kw)


class Both(Left, Right):
    def __init__(self, **kw):
        print("Both init")
        super().__init__(**kw)


Both(left=1, right=2, extra=3)
print(super(B, D()).who(), super(C, D()).who())
