# dict.popitem (LIFO), setdefault, pop with default, get, copy independence, clear, del errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {"a": 1, "b": 2, "c": 3}
t(lambda: d.popitem())
t(lambda: d.setdefault("z", []))
d["z"].append(5)
t(lambda: d.setdefault("z", "ignored"))
t(lambda: d.setdefault("n"))
t(lambda: d.pop("a"))
t(lambda: d.pop("a"))
t(lambda: d.pop("a", "dflt"))
t(lambda: d.get("b"))
t(lambda: d.get("q"))
t(lambda: d.get("q", 0))
t(lambda: d.get([1]))
t(lambda: d.pop([1], 0))
t(lambda: d[[1]])
t(lambda: d["missing"])
t(lambda: d[("t", 1)])
t(lambda: {}[0])
t(lambda: {}.popitem())
c = d.copy()
c["b"] = 99
print(d, c)
def delk(k):
    del d[k]
t(lambda: delk("b"))
t(lambda: delk("b"))
t(lambda: delk([]))
print(d)
d.clear()
print(d, len(d), bool(d))
e = {1: "one", True: "true", 1.0: "float"}
print(e, len(e))
f = {0.0: "z"}
f[-0.0] = "negz"
f[0] = "int"
print(f)
