# dict views are live: they see later changes; len, in, reversed, equality of views.
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
d["c"] = 3
print(k, v, it, len(k), len(v), len(it))
del d["a"]
print(list(k), list(v), list(it))
print("b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it, "a" in k)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k == {"b", "c"}, it == {("b", 2), ("c", 3)}, v == v, d.values() == d.values())
d.clear()
print(k, v, it, bool(k))
e = {i: i * i for i in range(5)}
ks = e.keys()
for key in list(ks):
    if key % 2:
        del e[key]
print(ks, list(e.values()))
print(type(ks).__name__, type(e.values()).__name__, type(e.items()).__name__)
print(sorted(e.items(), reverse=True), max(e.values()), sum(e.keys()))
