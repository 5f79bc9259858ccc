# Repeating lists and tuples of one item, several items and none, by every kind of count.
print([1, 2, 3] * 4, [7] * 5, [] * 3, [1, 2] * 0, [1] * -2, (1, 2) * 3, (5,) * 4, () * 9, [[0]] * 2)
a = [1, 2, 3] * 1000
print(len(a), a[-4:], sum(a))
b = ["ab", None] * 7 + [0.5] * 3
print(b, len((1, 2, 3) * 333))
