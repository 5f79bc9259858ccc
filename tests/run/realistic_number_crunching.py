# Number crunching with plain ints and floats: primes, exact fractions by hand,
# Newton's method, a small matrix, and big-integer arithmetic.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    p = 2
    while p * p <= n:
        if flags[p]:
            for m in range(p * p, n + 1, p):
                flags[m] = False
        p += 1
    return [i for i in range(n + 1) if flags[i]]

primes = sieve(10000)
print(len(primes), primes[:10], primes[-3:], sum(primes))
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:8], max(gaps))

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def frac_add(p, q):
    n = p[0] * q[1] + q[0] * p[1]
    d = p[1] * q[1]
    g = gcd(n, d)
    return (n // g, d // g)

h = (0, 1)
for k in range(1, 31):
    h = frac_add(h, (1, k))
print("H(30) =", h, "~", h[0] / h[1], len(str(h[1])), "digits")

def newton_sqrt(x, steps=60):
    guess = x / 2 if x > 1 else 1.0
    for _ in range(steps):
        guess = (guess + x / guess) / 2
    return guess
for v in [2, 10, 1e-6, 12345.678, 1e300]:
    r = newton_sqrt(v)
    print(f"sqrt({v}) = {r!r} check {r * r / v:.15f}")

def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
big = 10**60 + 12345
print(isqrt(big), isqrt(big) ** 2 <= big < (isqrt(big) + 1) ** 2, isqrt(2 * 10**100))

def matmul(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]
fib_m = [[1, 1], [1, 0]]
acc = [[1, 0], [0, 1]]
for _ in range(90):
    acc = matmul(acc, fib_m)
print("F(90) =", acc[0][1], "F(91) =", acc[0][0])
rot = [[0.0, -1.0], [1.0, 0.0]]
v = [[1.5], [-2.25]]
for _ in range(4):
    v = matmul(rot, v)
print("rotated back:", v)

fact = 1
for i in range(1, 101):
    fact *= i
digits = str(fact)
print(len(digits), digits[:20], digits.count("0"), len(digits) - len(digits.rstrip("0")), fact % (10**9 + 7))
print(2**256 - 1, hex(2**256 - 1)[:10], (3**200).bit_length(), pow(7, 10**18, 10**9 + 7), -(10**30) // 7, -(10**30) % 7)
total = 0.0
for i in range(1, 100001):
    total += 1.0 / (i * i)
print(total, (6 * total) ** 0.5, round(total, 10), f"{total:.3e}", float(str(total)) == total)
mean = sum(primes) / len(primes)
var = sum([(p - mean) ** 2 for p in primes]) / (len(primes) - 1)
print(f"mean={mean:.4f} stdev={var ** 0.5:.4f} min={min(primes)} max={max(primes)}")
