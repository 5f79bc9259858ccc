# Floats passed to and returned from compiled functions without boxing: recursion,
# exceptions, defaults, generic callers (map, sorted, function values) and generators.


def half(x):
    return x / 2


def lerp(a, b, t=0.5):
    return a + (b - a) * t


def series(n, acc):
    if n == 0:
        return acc
    return series(n - 1, acc + 1.0 / (n * n))


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    finally:
        a = -a


def pick(flag, x):
    if flag:
        return x * 1.0
    return "none"


print(half(3.0), half(7), lerp(1.0, 2.0), lerp(1.0, 3.0, 0.25), lerp(1, 2, t=0.1))
print(series(100, 0.0), safe_div(1.0, 4.0), safe_div(1.5, 0.0))
print(pick(True, 2.5), pick(False, 2.5), [pick(i % 2, i + 0.5) for i in range(4)])
print(list(map(half, [1.0, 2.5, 3])), sorted([3.5, 1.25, 2.0], key=half))
f = lerp
print(f(0.0, 10.0, 0.3), half(half(half(10.0))))
x = half(5.0)
y = x
print(x is y, x == 2.5, id(x) == id(y))


def gen(n):
    for i in range(n):
        yield half(i * 1.0) + lerp(0.0, 1.0)


print(list(gen(4)))


def uses_result(v):
    r = half(v)
    s = r
    return (r, s, r == s)


print(uses_result(9.0), uses_result("x" if False else 9))


def boom(v):
    return half(v) + undefined_name


try:
    boom(1.0)
except NameError as exc:
    print("NameError:", exc)
