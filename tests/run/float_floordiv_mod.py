# // and % of floats follow the divisor's sign; divmod; special values.
inf, nan = float("inf"), float("nan")
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0), (1.0, 0.1),
         (1e308, 1e-308), (5, 2.5), (3, inf), (-3, inf), (3, -inf), (inf, 3), (nan, 2), (2, nan), (1e-320, 3.0)]
for a, b in pairs:
    try:
        print(a, b, a // b, a % b, divmod(a, b))
    except Exception as e:
        print(a, b, type(e).__name__, e)
t(lambda: 5.0 // 0.0)
t(lambda: 5.0 % 0.0)
t(lambda: divmod(5.0, 0.0))
t(lambda: 5 // 0.0)
t(lambda: -0.0 % 5)
t(lambda: 0.0 % -5)
t(lambda: 6.0 % 3.0)
t(lambda: -6.0 % 3.0)
t(lambda: 2**100 % 3.5)
t(lambda: 10**400 // 2.0)
t(lambda: 7.0 // True)
x = 17.25
x //= 4
print(x)
x %= 3
print(x)
