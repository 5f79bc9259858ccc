# Equal values hash equally across types; containers hash by content; unhashables refuse.
pairs = [(1, 1.0), (True, 1), (0, -0.0), (False, 0.0), (2**70, float(2**70)), ((1, 2), (1.0, 2.0)),
         (frozenset({1, 2}), frozenset({2.0, 1.0})), ("a", "a"), (b"ab", b"ab"), (None, None), (-1, -1.0)]
for a, b in pairs:
    print(repr(a), repr(b), a == b, hash(a) == hash(b))
print(hash(-1) == hash(-2), hash(1.5) == hash(1.5), hash((1,)) != hash((2,)))
print(len({1, 1.0, True}), len({0, -0.0, False}), len({(1, 2), (1.0, 2.0)}), len({2**70, float(2**70)}))
for bad in [[1], {1: 2}, {1}, bytearray(b"x"), (1, [2])]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
