class Outer:
    class Inner:
        def hello(self):
            return "inner hello"
    class Config:
        debug = False
        class Deep:
            level = 3
    def make(self):
        return self.Inner()

print(Outer.Inner, Outer.Config.Deep.level, Outer().make().hello(), Outer.Inner.hello.__qualname__)
print(Outer.Inner().__class__.__qualname__, repr(Outer.Config.Deep))

def make_class(tag):
    class Tagged:
        label = tag.upper()
        def __init__(self, v):
            self.v = v
        def __repr__(self):
            return f"Tagged({tag}, {self.v})"
        def describe(self):
            return f"{self.label}:{self.v}"
    return Tagged

A = make_class("a")
B = make_class("b")
print(A(1), B(2), A(3).describe(), A is B, A.__qualname__, A.__name__)

def hierarchy():
    class Base:
        def greet(self):
            return "base"
    class Child(Base):
        def greet(self):
            return "child+" + super().greet()
    class GrandChild(Child):
        def greet(self):
            return "grand+" + super().greet()
    return GrandChild()
print(hierarchy().greet())

def counter_class():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter
C = counter_class()
c1, c2 = C(), C()
print(c1.inc(), c2.inc(), c1.inc())

def factory(n):
    classes = []
    for i in range(n):
        class K:
            idx = i
            def get(self):
                return super().__repr__()[:12]
        classes.append(K)
    return classes
ks = factory(3)
print([k.idx for k in ks], ks[0] is ks[1], ks[2]().get())

class Tree:
    class Node:
        def __init__(self, v, kids=()):
            self.v, self.kids = v, list(kids)
        def total(self):
            return self.v + sum([k.total() for k in self.kids])
    def __init__(self):
        self.root = Tree.Node(1, [Tree.Node(2), Tree.Node(3, [Tree.Node(4)])])
print(Tree().root.total())

from dataclasses import dataclass
def dc():
    @dataclass
    class P:
        x: int
        y: int = 0
    return P(1, 2)
print(dc())
