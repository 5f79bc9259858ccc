from collections import OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), repr(OrderedDict()), OrderedDict(x=1, y=2), OrderedDict([("k", 1), ("j", 2)]))
od.move_to_end("b")
print(list(od.items()))
od.move_to_end("c", last=False)
print(list(od.keys()), od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
a = OrderedDict([(1, "x"), (2, "y")])
b = OrderedDict([(2, "y"), (1, "x")])
print(a == b, a == dict(b), dict(a) == b, a != b, a == {1: "x", 2: "y"}, a != OrderedDict(a))
c = a.copy()
c[3] = "z"
print(c, type(c).__name__, a, isinstance(a, dict), len(a), 1 in a, a.get(5, "none"))
print(list(reversed(a)), OrderedDict.fromkeys("abc", 0), a | {9: 9})
class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size
    def touch(self, k, v):
        if k in self:
            self.move_to_end(k)
        self[k] = v
        if len(self) > self.size:
            self.popitem(last=False)
cache = LRU(2)
for k in "abacd":
    cache.touch(k, k.upper())
print(cache, list(cache))
