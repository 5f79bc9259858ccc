# Floor division and modulo of big ints whose quotient is small (fewer than 50 bits):
# every sign combination, exact divisions, quotients near the estimate's limits.

def check(a, b):
    q, r = a // b, a % b
    assert q * b + r == a
    assert (r == 0) or ((r > 0) == (b > 0)) and abs(r) < abs(b)
    assert divmod(a, b) == (q, r)
    return q, r % 1000003


seed = 12345


def rand(bits):
    global seed
    x = 0
    for _ in range(bits // 32 + 1):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        x = (x << 32) | (seed >> 32)
    return x % 2**bits


lines = []
for bits in (128, 129, 191, 192, 200, 640, 1000, 4096):
    for qbits in (0, 1, 3, 30, 48, 49, 50, 51, 64):
        b = rand(bits) | (1 << (bits - 1))
        a = b * rand(qbits) + rand(bits - 1) if qbits else rand(bits - 1)
        for sa in (1, -1):
            for sb in (1, -1):
                lines.append(check(sa * a, sb * b))
print(len(lines))
for i in range(0, len(lines), 12):
    print(lines[i:i + 12])

# Exact multiples and remainders of b - 1, 1 and 0.
b = 3**200
for k in (1, 2, 7, 2**40, 2**49 - 1, 2**49, 2**50):
    for extra in (0, 1, b - 1, -1, -(b - 1)):
        print(k, extra, check(k * b + extra, b), check(-(k * b + extra), b), check(k * b + extra, -b))

# The digits of pi as the spigot computes them, which divide such numbers.
q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
out = []
while len(out) < 300:
    if 4 * q + r - t < n * t:
        out.append(n)
        q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
    else:
        q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
print("".join(map(str, out)))
