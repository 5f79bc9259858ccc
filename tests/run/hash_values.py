# reference: cpython-64bit
print(hash(2 ** 31 - 1), hash(2 ** 61), hash(2 ** 61 - 1), hash(-(2 ** 64)), hash(10 ** 30))
print(hash(1.5), hash(0.1), hash(-2.5), hash(1e300), hash(float("inf")), hash(2.0))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(("a" == "a", 7)))
print(hash(True), hash(None) == hash(None))
d = {2 ** 40: "a", 0.5: "b", (1, 2): "c"}
print(d)
