# Comparing incompatible types and hashing unhashable ones: CPython's TypeErrors
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
values = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, True, range(2)]
for a in values:
    row = []
    for b in values:
        try:
            row.append("T" if a < b else "F")
        except TypeError:
            row.append(".")
    print(type(a).__name__.ljust(9), "".join(row))
attempt("str < int", lambda: "a" < 1)
attempt("int >= str", lambda: 1 >= "a")
attempt("none > none", lambda: None > None)
attempt("list <= tuple", lambda: [1] <= (1,))
attempt("dict > dict", lambda: {} > {})
attempt("set < list", lambda: {1} < [1])
attempt("nested", lambda: [(1, "a")] < [(1, 2)])
attempt("sorted mixed", lambda: sorted([3, "1", 2]))
attempt("max mixed", lambda: max(1, "2"))
attempt("eq mixed", lambda: [1 == "1", None == 0, [] == (), {} == set(), 1 != "1"])
for v in [[1], {"a": 1}, {1}, bytearray(b"x"), [[]], ([1],)]:
    attempt("hash " + type(v).__name__, lambda: hash(v))
attempt("set of lists", lambda: {[1], [2]})
attempt("list in set", lambda: [1] in {1, 2})
attempt("dict key set", lambda: {{1}: 1})
attempt("frozenset key", lambda: {frozenset([1]): "ok"})
attempt("tuple key", lambda: {(1, (2, 3)): "ok"})
attempt("setdefault list", lambda: {}.setdefault([], 1))
attempt("add dict", lambda: set().add({}))
attempt("dict fromkeys", lambda: dict.fromkeys([[1]]))
attempt("count list in tuple", lambda: ([1], [2]).count([1]))
attempt("list in dict", lambda: [] in {})
attempt("unsupported +", lambda: 1 + "a")
attempt("unsupported -", lambda: "a" - "b")
attempt("unsupported *", lambda: [1] * [2])
attempt("unsupported /", lambda: "a" / 2)
attempt("unsupported %", lambda: [1] % 2)
attempt("unsupported **", lambda: "a" ** 2)
attempt("unsupported unary", lambda: -"a")
attempt("unsupported ~", lambda: ~1.5)
attempt("none +", lambda: None + 1)
attempt("dict +", lambda: {} + {})
attempt("set +", lambda: {1} + {2})
print(hash(slice(1, 2)) == hash((1, 2, None)), {slice(1, 2): "slice key"}[slice(1, 2)])
