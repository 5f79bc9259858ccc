# Int constants folded at compile time (within CPython's size limits, never an operation that
# raises) and `x % 2**k` taken as the low bits of x: the values must be the same as computed.
print(2**64, 2**127, 2**128, 2**129, 3**81, -2**63, (-2)**63, 2**-1, 0**0)
print(1 << 127, 1 << 128, 5 >> 1, -5 >> 1, 7 // 2, -7 // 2, 7 % -3, -7 % 3, 6 & 3, 6 | 3, 6 ^ 3)
print(10**40 * 10**40, 10**38 * 10**2)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(1 >> -1)
except ValueError as e:
    print(e)
x = 12345678901234567890123
for m in (2**64, 2**1, 2**0, 2**100, 2**31, 2**32, 2**33):
    print(x % m, (-x) % m, (x * x) % m, 5 % m, (-5) % m)
s = 42
for _ in range(5):
    s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
    print(s, s >> 11)
