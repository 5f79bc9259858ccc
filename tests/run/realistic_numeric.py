def collatz_len(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


best = 0
best_n = 0
for i in range(1, 10000):
    c = collatz_len(i)
    if c > best:
        best = c
        best_n = i
print(best_n, best)


def mandel(w: int, h: int, iters: int) -> int:
    inside = 0
    for py in range(h):
        for px in range(w):
            x0 = -2.0 + 3.0 * px / w
            y0 = -1.0 + 2.0 * py / h
            x = 0.0
            y = 0.0
            k = 0
            while x * x + y * y <= 4.0 and k < iters:
                xt = x * x - y * y + x0
                y = 2.0 * x * y + y0
                x = xt
                k += 1
            if k == iters:
                inside += 1
    return inside


print(mandel(60, 30, 100))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd(2 ** 64, 6 ** 20), gcd(17, 5), gcd(0, 9))


def is_pal(s):
    s = s.lower()
    return s == s[::-1]


print([w for w in ["Level", "python", "Racecar", "a", ""] if is_pal(w)])
acc = []
for i in range(3):
    for j in range(3):
        if (i + j) % 2:
            continue
        acc.append((i, j))
print(acc)
x = 10
def shadow_test():
    x = 20
    return x
print(shadow_test(), x)
print(max(3, 7.5), min([2.5, 1, 3]), sum([0.5, 0.25], 1))
print(10 ** -3, 10 ** 20, 2.0 ** 64, (-8) // 3, (-8) % 3, 8 // -3)
