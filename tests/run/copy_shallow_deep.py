# copy.copy and copy.deepcopy: containers, instances (dict and slots), cycles and shared
# objects, __copy__/__deepcopy__, dataclasses.
import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
b[1].append(99); c[2]["k"].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
class P:
    def __init__(self, x, items):
        self.x = x; self.items = items
    def __repr__(self):
        return f"P({self.x}, {self.items})"
p = P(1, [1, 2])
q = copy.copy(p); r = copy.deepcopy(p)
q.items.append(3); r.items.append(4)
print(p, q, r, type(r).__name__)
cyc = [1]; cyc.append(cyc)
d = copy.deepcopy(cyc)
print(d[1] is d, d[0], d is not cyc)
shared = [0]
pair = (shared, shared)
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared)
class C:
    def __init__(self):
        self.v = 1
    def __copy__(self):
        print("custom copy"); n = C(); n.v = self.v + 10; return n
    def __deepcopy__(self, memo):
        print("custom deepcopy", type(memo).__name__); n = C(); n.v = self.v + 100; return n
print(copy.copy(C()).v, copy.deepcopy([C()])[0].v)
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy({1, 2}), copy.copy(frozenset([1])))
s = {"a": {1, 2}}
ds = copy.deepcopy(s); ds["a"].add(3); print(s, ds)
from dataclasses import dataclass, field
@dataclass
class D:
    name: str
    tags: list = field(default_factory=list)
d1 = D("x", ["t"]); d2 = copy.deepcopy(d1); d2.tags.append("u"); print(d1, d2, copy.replace(d1, name="y") if hasattr(copy, "replace") else "no replace")
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]; self.b = 2
s1 = S(); s2 = copy.deepcopy(s1); s2.a.append(2); print(s1.a, s2.a, s2.b)
