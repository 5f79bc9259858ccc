# Private lists a function makes are released when it returns, unless a lazy iterator
# over them (a generator expression, iter, map, zip, ...) may outlive the call.


def first_and_total(n):
    xs = [i * i for i in range(n)]
    total = 0
    for i, x in enumerate(xs):
        total += i + x
    return xs[0], total, len(xs)


def lazy_gen(n):
    xs = list(range(n))
    return (x * 2 for x in xs)


def lazy_iter(n):
    xs = [1] * n
    xs[0] = 5
    return iter(xs)


def lazy_map(n):
    xs = [float(i) for i in range(n)]
    return map(str, xs)


def lazy_zip(n):
    xs = list(range(n))
    ys = [i * 10 for i in range(n)]
    return zip(xs, ys)


def pairs(n):
    xs = list(range(n))
    return [(a, b) for a, b in zip(xs, xs[1:])]


def with_finally(n):
    xs = [0.5] * n
    try:
        return sum(xs)
    finally:
        xs.append(1.0)
        print("finally sees", len(xs), xs[-1])


def early(n):
    xs = []
    for i in range(n):
        xs.append(i)
        if i == 3:
            return xs[-1] + xs[0]
    return -1


def nested_lists(n):
    grid = [[0] * n for _ in range(n)]
    row = grid[1]
    row[0] = 7
    return row, grid[1][0]


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for p in range(2, int(n ** 0.5) + 1):
        if flags[p]:
            for m in range(p * p, n + 1, p):
                flags[m] = False
    return sum(1 for f in flags if f), len([f for f in flags if f])


print(first_and_total(5))
g = lazy_gen(4)
print(list(g))
print(list(lazy_iter(3)), list(lazy_map(3)), list(lazy_zip(3)), pairs(4))
print(with_finally(4))
print(early(10), early(2))
print(nested_lists(3))
for _ in range(3):
    print(sieve(200_000))
