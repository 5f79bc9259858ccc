def fd(a: int, b: int) -> int:
    return a // b


def md(a: int, b: int) -> int:
    return a % b


for a in (7, -7, 0, 1, -1, 2 ** 62 - 1, -(2 ** 62)):
    for b in (2, -2, 3, -3, 1, -1, 2 ** 40):
        print(a, b, fd(a, b), md(a, b))
try:
    fd(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    md(1, 0)
except ZeroDivisionError as e:
    print(e)
print(fd(2 ** 100, 3), md(2 ** 100, 3), fd(-(2 ** 100), 7), md(-(2 ** 100), 7))
