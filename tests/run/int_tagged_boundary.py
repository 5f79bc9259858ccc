def add(a: int, b: int) -> int:
    return a + b


def sub(a: int, b: int) -> int:
    return a - b


def mul(a: int, b: int) -> int:
    return a * b


def neg(a: int) -> int:
    return -a


m = 2 ** 62
print(add(m - 1, 1), add(-m, -1), add(m - 1, -(m - 1)), add(2 ** 100, -(2 ** 100)))
print(sub(-m, 1), sub(m - 1, -1), sub(0, m), sub(2 ** 70, 2 ** 70 - 5))
print(mul(2 ** 31, 2 ** 31), mul(2 ** 32, 2 ** 31), mul(-(2 ** 31), 2 ** 31), mul(m, -1), mul(3037000499, 3037000499))
print(neg(-m), neg(m - 1), neg(0), neg(-(2 ** 63)))
x = 1
for i in range(70):
    x = mul(x, 2)
print(x)
for i in range(70):
    x = sub(x, x // 2)
print(x)
big = 2 ** 62 - 10
total = 0
for i in range(20):
    total = add(total, big)
print(total)
