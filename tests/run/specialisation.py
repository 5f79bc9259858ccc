def scale(x, k=2):
    return x * k


print(scale(3), scale(2.5), scale("ab"), scale([1]), scale(True), scale(3, 0.5), scale(k=3, x=1.5))


def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    return 0.0


print(sign(5), sign(-2.5), sign(0), sign(0.0))


def avg(a, b):
    return (a + b) / 2


print(avg(1, 2), avg(1.5, 2), avg(2 ** 80, 2 ** 80), avg(True, False))


def flag(b):
    return not b


print(flag(True), flag(0), flag(""), flag([1]))


def counter(n):
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
    return total


print(counter(10), counter(0), counter(100000))


def mix(n):
    x = 0
    for i in range(n):
        if i % 2:
            x = x + 0.5
        else:
            x = x + 1
    return x


print(mix(5), mix(0), mix(1))


def maybe(n):
    if n > 3:
        result = n * 2
    return result


print(maybe(5))
try:
    print(maybe(1))
except UnboundLocalError as e:
    print(e)


def ff(x: float) -> float:
    return x / 3


print(ff(1), ff(1.0), ff(10 ** 20))


def big_loop(n: int) -> int:
    t = 0
    for i in range(n):
        t += i * i
    return t


print(big_loop(3000000))
print(big_loop(10 ** 1 * 3))


def neg_range():
    out = []
    for i in range(10, -10, -4):
        out.append(i)
    for i in range(-3, 3):
        out.append(i)
    for i in range(5, 0):
        out.append("never")
    return out


print(neg_range())
n = 2 ** 62
for i in range(n - 2, n + 2):
    print(i)
