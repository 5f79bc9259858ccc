# Every dict method, views, and CPython's errors for their misuse
d = {"a": 1, "b": 2}
d["c"] = 3
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("b", 99), d.setdefault("d", 4), d)
print(d.pop("a"), d.pop("z", None), d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("p", 1), ("q", 2)])
d.update(z=26)
print(d, len(d), "x" in d, "a" not in d)
e = d.copy()
e["x"] = -1
print(d["x"], e["x"], e == d, dict(e) == e)
print(list(d), list(d.keys()), list(d.values()), list(d.items()), list(reversed(d)))
keys = d.keys()
d["new"] = 0
print(keys, len(keys), "new" in keys, ("x", 10) in d.items(), 10 in d.values())
print(keys & {"x", "nope"}, keys | {"extra"} == set(d) | {"extra"}, keys - {"x", "y", "z"} == {"b", "d", "p", "q", "new"})
print(dict.fromkeys("abc"), dict.fromkeys(["k1", "k2"], []), dict(zip("xy", [1, 2])), dict(a=1, b=2))
print(dict([("only", 1)]), {k: v for k, v in [("m", 1), ("n", 2)]})
merged = {"a": 1} | {"a": 2, "b": 3}
merged |= {"c": 4}
merged |= [("d", 5)]
print(merged)
del merged["a"]
print(merged, merged.clear(), merged)
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
attempt("missing key", lambda: {"a": 1}["b"])
attempt("missing tuple key", lambda: {}[(1, 2)])
attempt("pop missing", lambda: {}.pop("k"))
attempt("popitem empty", lambda: {}.popitem())
attempt("unhashable key", lambda: {[1]: 2})
attempt("unhashable get", lambda: {}.get({}))
attempt("update seq", lambda: {}.update([(1, 2, 3)]))
attempt("update item", lambda: {}.update([1]))
attempt("dict of list", lambda: dict([1, 2]))
attempt("or list", lambda: {} | [])
attempt("get args", lambda: {}.get())
attempt("fromkeys int", lambda: dict.fromkeys(5))
attempt("compare", lambda: {1: 2} < {1: 2})
attempt("keys index", lambda: {1: 2}.keys()[0])
d2 = {1: "one"}
try:
    for k in d2:
        d2[k + 1] = "more"
except RuntimeError as e:
    print("RuntimeError:", e)
print({True: "t", 1: "one", 1.0: "float"}, {0: "z", False: "f"})
