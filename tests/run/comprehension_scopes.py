class Config:
    factor = 3
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
    pairs = {v: str(v) for v in values}
    try:
        broken = [v * factor for v in values]
    except NameError as e:
        error = str(e)


print(Config.scaled, Config.pairs, Config.error)


def outer():
    x = 10
    fs = [lambda y: x + y + i for i in range(3)]
    x = 100
    return [f(1) for f in fs]


print(outer())
data = [[1, 2], [3, 4], [5]]
print([y for x in data for y in x if y % 2], [[y * 2 for y in x] for x in data])
print(sorted({(i, j) for i in range(3) for j in range(i)}), {k: [v for v in range(k)] for k in range(3)})
results = [total := 0] + [total := total + n for n in range(5)]
print(results, total)
print([(name, n) for name in ["a", "b"] if (n := len(name * 2)) > 1])


def first_long(words):
    if any((found := w) and len(w) > 4 for w in words):
        return found
    return None


print(first_long(["hi", "there", "world"]), first_long(["a"]))
i = "outer i"
squares = [i * i for i in range(4)]
print(i, squares)
gen = (j for j in range(3))
print(list(gen))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print([list(col) for col in zip(*matrix)], [row[i] for i, row in enumerate(matrix)])
print(sum(x for row in matrix for x in row if x % 2 == 0))
