# dict views: live, sized, iterable, set-like keys and items
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
del d["a"]
print(k, v, it, len(k), len(v), len(it))
print(list(k), list(v), list(it), "b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it, "zz" in k)
print(sorted(k & {"b", "x"}), sorted(k | ["y"]), sorted(k - {"b"}), sorted(k ^ {"c", "q"}), k == {"b", "c", "d"})
print(sorted(it & {("b", 2), ("c", 9)}), sorted(it - {("b", 2)}), it == {("b", 2), ("c", 3), ("d", 4)})
print(k <= {"b", "c", "d", "e"}, k < {"b"}, k.isdisjoint(["x"]), list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(type(k).__name__, type(v).__name__, type(it).__name__, bool({}.keys()), v == v, sorted(k, reverse=True))
for key, value in d.items():
    print(key, value, end="; ")
print()
print(dict(it), list(zip(k, v)), max(k), sum(v), min(it), {x: y for x, y in it})
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    v & {1}
except TypeError as e:
    print("TypeError:", e)
