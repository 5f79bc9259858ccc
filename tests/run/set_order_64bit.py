# reference: cpython-64bit
# Iteration order of sets of negative and big ints, floats, tuples, None and bools depends on
# 64-bit hashes, so this test's reference is a 64-bit CPython.
print({-1, -2, -3, -100, 5, -(2**40), 2**61 - 1, 2**61, 2**64 + 3})
print({1.5, -0.25, 3.0, 1e100, -1e-300, float("inf"), 2.5})
print({(1, 2), (2, 1), (0, 0), (-1, -1), ("a",) * 0, (1, (2, 3))})
print({True, False, 0.5, (1,), (0.5, 2)})
s = set()
for i in range(-50, 50, 7):
    s.add(i * 1000003)
print(s)
s.difference_update(range(-10**6, 10**6, 3))
print(s)
print(frozenset({-5, -6, -7}) | {-8}, {x / 3 for x in range(10)})
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({-1, 2.5, (1, 2)})))
print(hash(frozenset({frozenset({1}), frozenset({2, 3})})))
print({frozenset({1, 2}), frozenset({3}), frozenset()})
