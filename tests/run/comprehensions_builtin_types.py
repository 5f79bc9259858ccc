# Comprehensions producing each builtin container: conditions, nesting, key collisions, order.
words = ["apple", "bob", "civic", "dad", "eve", "apple", "kayak", "bob"]
print([w.upper() for w in words if w == w[::-1]])
print({w: len(w) for w in words})
print({len(w) for w in words})
print(sorted({w[0] for w in words}))
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(4)] for i in range(3)])
print({i % 3: i for i in range(10)})
print({(i, i % 2): None for i in range(4)})
print([x for row in [[1, 2], [], [3]] for x in row if x != 2])
print({k: v for k, v in zip("abc", range(3)) if v})
print(sum([x * x for x in range(10) if x % 3 == 0]), max([len(w) for w in words]))
print({x for x in range(10, 0, -1)}, {x * 0.5 for x in range(4)})
print(list({v: k for k, v in {"a": 1, "b": 1, "c": 2}.items()}.items()))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print("".join([c for c in "Hello, World" if c.isalpha()]).lower())
