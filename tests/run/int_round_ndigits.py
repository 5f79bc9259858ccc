# round() of ints: negative ndigits rounds half to even, results stay ints.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for n in [0, 5, 15, 25, 149, 150, 250, 251, -150, -250, -251, 12345, 2**70, -(2**70), 10**25 + 5 * 10**5]:
    print(n, round(n), round(n, 0), round(n, 1), round(n, -1), round(n, -2), round(n, -3), round(n, -30))
t(lambda: round(5, 2.0))
t(lambda: round(5, None))
t(lambda: round(5, "1"))
t(lambda: round(True))
t(lambda: round(True, -1))
t(lambda: type(round(7, -1)).__name__)
t(lambda: round(125, -1))
t(lambda: round(135, -1))
t(lambda: round(-125, -1))
t(lambda: round(1 << 200, -50))
