# Comprehensions over lists (by index, typed when the list is private)
def stats(n):
    xs = [i * 0.5 for i in range(n)]
    squares = [x * x for x in xs]
    big = [x for x in xs if x > 1.0]
    pairs = [(a, b) for a in xs[:3] for b in [10, 20] if a + b != 20]
    grid = [[r * c for c in range(3)] for r in range(3)]
    flat = [v for row in grid for v in row]
    names = ["ann", "bob"]
    upper = [s.upper() for s in names]
    total = sum([x for x in squares])
    return squares[-1], big, pairs, flat, upper, total, [len(s) for s in names]
print(stats(6))
words = "the quick brown fox".split()
print([w[::-1] for w in words], {w: len(w) for w in words}, [c for w in words for c in w if c in "aeiou"])
points = [(1, 2), (3, 4)]
print([x + y for x, y in points], [p[0] for p in points])
