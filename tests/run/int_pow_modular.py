# pow(a, b, m): modular exponentiation, negative exponents (modular inverse) and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: pow(3, 4, 5))
t(lambda: pow(3, 200, 1000000007))
t(lambda: pow(-3, 3, 7))
t(lambda: pow(3, 3, -7))
t(lambda: pow(-3, 3, -7))
t(lambda: pow(2, 10**20, 10**9 + 7))
t(lambda: pow(12345678901234567890, 98765432109876543210, 10**30 + 57))
t(lambda: pow(3, -1, 7))
t(lambda: pow(38, -1, 97))
t(lambda: pow(3, -2, 7))
t(lambda: pow(-5, -1, 13))
t(lambda: pow(10**20 + 1, -1, 10**21 + 3))
t(lambda: pow(2, -1, 4))
t(lambda: pow(6, -1, 9))
t(lambda: pow(3, 4, 0))
t(lambda: pow(3, 4, 1))
t(lambda: pow(0, 0, 5))
t(lambda: pow(5, 0, 1))
t(lambda: pow(3.0, 4, 5))
t(lambda: pow(3, 4.0, 5))
t(lambda: pow(3, 4, 5.0))
t(lambda: pow("3", 4, 5))
t(lambda: pow(True, 5, 3))
t(lambda: pow(2, 100))
t(lambda: pow(2, -2))
t(lambda: pow(-2, -3))
t(lambda: pow(0, -1))
t(lambda: pow(0, 0))
t(lambda: pow(base=2, exp=5, mod=7))
t(lambda: pow(7, exp=2))
for m in range(2, 12):
    row = []
    for a in range(1, m):
        try:
            row.append(pow(a, -1, m))
        except ValueError:
            row.append(None)
    print(m, row)
