d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" in d)
d["a"] = 10
print(d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
print(list(d.keys()), list(d.values()), d.keys(), d.values(), d.items())
del d["b"]
print(d, d.pop("c"), d)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print({1: "one", 2.5: "x", (1, 2): "t", None: 0, True: "t"})
e = dict(x=1, y=2)
e.update({"z": 3})
print(e, dict([("k", "v")]), e.setdefault("x", 9), e.setdefault("w", 0), e)
print(sorted(counts), sorted(counts.items()))
print({"a": 1} == {"a": 1}, {"a": 1} == {"a": 2}, {} == {})
print(d | {"q": 1})
