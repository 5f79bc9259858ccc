# reference: cpython-64bit  (errno texts differ in the 32-bit reference)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, 1 / inf, inf > 1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, [nan] == [nan])
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2)
print(0.1 + 0.7, 0.1 * 3 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(-0.0 == 0.0, repr(-0.0 * 1), abs(-0.0), -0.0 + 0.0)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23, 2 ** 1000 > 1e300)
print(float(2 ** 1023), 9007199254740993 == 9007199254740992.0)
