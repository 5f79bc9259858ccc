import abc
from abc import ABC, ABCMeta, abstractmethod

try:
    class A(x=1):
        pass
except TypeError as e:
    print(e)

class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)

class C(Base, tag="t"):
    pass
class D(Base):
    pass
print(C.tag, D.tag, Base.registry)
try:
    class E(Base, tag="x", extra=1):
        pass
except TypeError as e:
    print(e)

class M(metaclass=ABCMeta):
    @abstractmethod
    def f(self): ...
try:
    M()
except TypeError as e:
    print(e)
class N(M):
    pass
try:
    N()
except TypeError as e:
    print(e)
class O(N):
    def f(self):
        return "ok"
print(O().f(), ABCMeta)

class P(metaclass=type):
    pass
print(P())  if False else print("plain metaclass")

class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Sq(Shape):
    def area(self):
        return 4
print(Sq().area(), ABC)
try:
    Shape()
except TypeError as e:
    print(e)
