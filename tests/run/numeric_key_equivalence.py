# Equal numbers are the same key: int, float and bool keys in dicts and sets, hash relations
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), d[1], d[1.0], d[True])
d[0] = "zero"
d[-0.0] = "negzero"
d[False] = "false"
print(d)
s = {1, 1.0, True, 2, 2.0, 0, -0.0, False}
print(sorted(s), len(s))
print({2**53: "big"}[float(2**53)], 2**53 + 1 in {float(2**53 + 1)}, 0.5 in {1 / 2})
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False), hash(-1) == hash(-2))
print(hash(2.5) == hash(2.5), hash(10**20) == hash(float(10**20)), hash("a") == hash("a"), hash((1, 2)) == hash((1.0, 2.0)))
nan = float("nan")
t = {nan: 1}
t[nan] = 2
print(len(t), t[nan], float("nan") in t, nan in [nan], nan == nan)
counts = {}
for x in [1, 1.0, True, 2, 2.0, 3]:
    counts[x] = counts.get(x, 0) + 1
print(counts)
print(list(dict.fromkeys([1, 1.0, True, 0, False, 0.0])), set([3, 3.0]) == {3})
