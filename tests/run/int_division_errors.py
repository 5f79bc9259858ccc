# Division, floor division and modulo of ints: signs, big operands and ZeroDivisionError texts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 3), (2**70, 3), (-2**70, 7),
         (2**70, -2**35), (10**40 + 1, 10**20), (-1, 10**30), (3, 2**70)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
t(lambda: 1 / 0)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: divmod(1, 0))
t(lambda: 2**80 // 0)
t(lambda: 2**80 % 0)
t(lambda: 1.5 // 0)
t(lambda: 1.5 % 0)
t(lambda: 1 / 0.0)
t(lambda: divmod(1.5, 0))
t(lambda: 0 / 0)
t(lambda: True / False)
t(lambda: 10**400 / 3)
t(lambda: 10**400 / 10**399)
t(lambda: 2**1100 / 2**1000)
t(lambda: 1 / 2**1100)
t(lambda: (2**53 + 1) / 1)
t(lambda: -(2**53 + 1) / 3)
x = 17
x //= 5
print(x)
x %= 2
print(x)
x /= 4
print(x)
