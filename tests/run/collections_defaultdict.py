from collections import defaultdict
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d, d["a"], dict(d), d.default_factory, len(d))
print(d["new"], d)
print("zz" in d, d.get("zz"), len(d))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(plain, repr(plain))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
dd = defaultdict(set, {"k": {1}}, extra={2})
print(dd, dd.copy(), type(dd.copy()).__name__, dd.copy() is not dd)
dd.default_factory = list
print(dd["q"], dd.default_factory)
print(dd | {"z": 0}, {"w": 1} | dd, isinstance(dd, dict), type(dd).__name__)
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
t = Tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"], type(t["a"]).__name__)
g = defaultdict(list, a=[1])
print(g == {"a": [1]}, list(g.keys()), g.pop("a"), g)
