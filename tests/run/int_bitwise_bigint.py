# Bitwise operators and shifts on small, huge and negative ints
values = [0, 1, -1, 5, -6, 2**62 - 1, -(2**62), 2**63, -(2**63) - 1, 2**100 + 12345, -(2**100) + 7, 10**30]
for a in values[:8]:
    for b in [3, -7, 2**70 - 1, -(2**65)]:
        print(a & b, a | b, a ^ b)
for a in values:
    print(~a, a >> 1, a >> 64, a >> 200, a << 3, a << 70)
print(1 << 1000 >> 998, (-1) << 100, -(2**100) >> 99, (2**64 - 1) & 0xFFFF, -1 & 0xFF)
print((2**200 - 1).bit_count(), (-(2**80)).bit_length(), (255).bit_count(), 0 .bit_length())
x = 2**64
x |= 1
x ^= 2**65
x &= ~4
x <<= 2
x >>= 1
print(x, hex(x), bin(x)[:12], oct(x))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -5
except ValueError as e:
    print("ValueError:", e)
try:
    1.5 & 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 << 1.0
except TypeError as e:
    print("TypeError:", e)
print(True & True, True | 0, True ^ True, False | False, True & 3, False << 3)
flag = True
flag &= False
print(flag, type(flag).__name__)
