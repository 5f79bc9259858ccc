# dict keys of many types: numeric equivalence (1, 1.0, True), tuples, frozensets, None, order.
d = {}
for key in [1, 1.0, True, 2.5, "1", (1, 2), (1, (2, 3)), frozenset({1}), None, -0.0, 0, False, b"1", 10**20, float(10**20)]:
    d[key] = d.get(key, 0) + 1
print(d)
print(len(d), d[1], d[0.0], d[(1, 2)], d[None], d[frozenset([1])], d[b"1"], d[10**20])
print(1 in d, 1.0 in d, "2.5" in d, 2.5 in d, (1, (2, 3)) in d)
print(list(d.keys())[:5])
e = {0: "zero"}
e[0.0] = "float zero"
e[False] = "false"
print(e, type(list(e)[0]).__name__)
try:
    d[[1]] = 1
except TypeError as ex:
    print("TypeError:", ex)
try:
    d[{1: 2}]
except TypeError as ex:
    print("TypeError:", ex)
try:
    d[(1, [2])] = 0
except TypeError as ex:
    print("TypeError:", ex)
