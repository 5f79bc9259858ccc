print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(2)])
print([c.upper() for c in "abc"])
words = ["apple", "Banana", "cherry"]
print([w.lower() for w in words if len(w) > 5])
x = "outer"
print([x for x in range(3)], x)
print({k: v for k, v in [("a", 1), ("b", 2)]})
print({i: i * i for i in range(4)})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for n in [1, 2, 3] if (m := n * 2) > 2], m)
