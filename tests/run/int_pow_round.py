# pow with a modulus (negative exponents are modular inverses), round() of ints with negative digits
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, -3, 11), pow(10**20, 3, 10**9 + 7))
print(pow(5, 0, 1), pow(0, 0), pow(2, 10), pow(2, -2), pow(-2, 3, -5), pow(7, 2, -4))
print(pow(base=2, exp=8, mod=1000), pow(3, exp=3))
for bad in [(2, -1, 4), (0, -1, 5), (6, -2, 9)]:
    try:
        pow(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 0.5, 5)
except TypeError as e:
    print("TypeError:", e)
for n in [0, 5, 15, 25, 35, 45, 1234, -1234, -25, -35, 10**20 + 50, 999]:
    print(n, round(n, -1), round(n, -2), round(n, -3), round(n, 0), round(n, 2), round(n))
print(round(2**70 + 2**69, -21), round(-(10**25) - 5 * 10**23, -24))
print(type(round(5, -1)).__name__, type(round(5)).__name__)
try:
    round(5, 1.5)
except TypeError as e:
    print("TypeError:", e)
