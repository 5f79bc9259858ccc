# Lexicographic comparison of lists and tuples, nested, with mixed numbers; identity shortcut.
nan = float("nan")
pairs = [([], []), ([1], []), ([1, 2], [1, 3]), ([1, 2, 3], [1, 2]), ([1, [2, 3]], [1, [2, 4]]),
         ([1.0, 2], [1, 2.0]), ([True], [1]), (["a", "b"], ["a", "c"]), ([(1, 2)], [(1, 3)]),
         ([nan], [nan]), ([1, nan], [1, nan]), ([[], [[]]], [[], [[], []]])]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
    ta, tb = tuple(a), tuple(b)
    print(ta == tb, ta < tb, ta >= tb)
xs = [nan]
print(xs == xs, [xs] == [xs], (nan,) == (nan,))
print(sorted([[3, 1], [2], [2, 0], [], [3]]))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[2, 1], [1, 5, 6]]))
print([1, 2] * 2 == [1, 2, 1, 2], (1,) * 3, [] * 5, [[0] * 2] * 2)
try:
    print([1, 2] < [1, "x"])
except TypeError as e:
    print("TypeError:", e)
try:
    print((1, None) < (1, 2))
except TypeError as e:
    print("TypeError:", e)
print((1, None) == (1, 2), [None] == [None])
