# Number crunching with lists of floats: matrix product, transpose, mean/variance, normalisation.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    out = [[0.0] * p for _ in range(n)]
    for i in range(n):
        for k in range(m):
            aik = a[i][k]
            for j in range(p):
                out[i][j] += aik * b[k][j]
    return out

def transpose(a):
    return [list(col) for col in zip(*a)]

def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum([(x - mean) ** 2 for x in xs]) / (n - 1)
    return mean, var, var ** 0.5

a = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
b = [[7.0, 8.0], [9.0, 10.0], [11.0, 12.0]]
c = matmul(a, b)
print(c)
print(transpose(c), transpose(transpose(a)) == a)
ident = [[float(i == j) for j in range(3)] for i in range(3)]
print(matmul(a, ident) == a)

seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed / 2**31

data = [rand() * 100 for _ in range(1000)]
m, v, sd = stats(data)
print(f"mean={m:.6f} var={v:.6f} sd={sd:.6f}")
lo, hi = min(data), max(data)
norm = [(x - lo) / (hi - lo) for x in data]
print(round(min(norm), 12), round(max(norm), 12), f"{sum(norm) / len(norm):.10f}")
hist = [0] * 10
for x in norm:
    hist[min(int(x * 10), 9)] += 1
print(hist, sum(hist))
for row in range(10):
    print(f"{row / 10:.1f} {'#' * (hist[row] // 5)}")
big = [[float(i * j % 7) for j in range(20)] for i in range(20)]
sq = matmul(big, big)
print(sum([sum(r) for r in sq]), sq[3][5], sq[19][19])
