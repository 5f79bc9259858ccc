# Shifts of small and big ints, negative counts, and huge shifts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for n in [0, 1, -1, 5, -5, 255, -256, 2**62, -2**62, 2**63 - 1, -2**63, 2**100, -2**100 - 7]:
    print(n, n << 1, n << 3, n << 64, n >> 1, n >> 3, n >> 64, n >> 200)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 2**100 << -3)
t(lambda: 0 << 10**20)
t(lambda: 5 >> 10**20)
t(lambda: -5 >> 10**20)
t(lambda: 1 << 2**70)
t(lambda: 1 << 1.0)
t(lambda: 1.0 << 1)
t(lambda: "a" >> 1)
t(lambda: True << 3)
t(lambda: False >> 1)
x = 1
x <<= 70
print(x)
x >>= 69
print(x)
for k in range(0, 130, 13):
    print(k, (1 << k) - 1, -(1 << k) >> (k // 2), ((1 << k) | 1).bit_length())
