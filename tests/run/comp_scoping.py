# Comprehensions (PEP 709): their variables do not leak, and the walrus binds outside.
x = "outer"
squares = [x * x for x in range(5)]
print(squares, x)

data = [3, 8, 1, 9, 4]
if any((big := v) > 7 for v in data):
    print("first big value:", big)
filtered = [y for v in data if (y := v * 2) > 6]
print(filtered, y)

matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2])
print({k: v for k, v in zip("abc", range(3)) if v})
print({n % 3 for n in range(10)})
print(sorted({(a, b) for a in range(3) for b in range(a)}))

def make_adders():
    return [lambda n, i=i: n + i for i in range(3)]
print([f(10) for f in make_adders()])

def late():
    return [lambda: i for i in range(3)]
print([f() for f in late()])

total = 0
results = [total := total + v for v in range(1, 5)]
print(results, total)

class K:
    base = 10
    values = [base + i for i in range(2)] if False else None
    items = [i * 2 for i in range(3)]
print(K.items)

try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print("NameError:", e)
