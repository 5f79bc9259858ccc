# Arithmetic, division and bitwise operators on ints around 64 and 128 bits (computed on
# i128s when operands and result fit), their overflow into bigints, and bools among them.
vals = [0, 1, -1, 5, -7, 2**62, -2**62, 2**63 - 1, 2**63, -2**63, 2**64 + 3, -(2**64) - 5,
        2**126, -2**127, 2**127 - 1, 2**127, -2**127 - 1, 2**200 + 1, -2**150, True, False]
M = 1000003
sums = [0] * 12
for a in vals:
    for b in vals:
        for k, r in enumerate((a + b, a - b, a * b, a & b, a | b, a ^ b)):
            sums[k] = (sums[k] * 31 + r) % M
        if b:
            q, r = divmod(a, b)
            assert q == a // b and r == a % b and q * b + r == a
            sums[6] = (sums[6] * 31 + q) % M
            sums[7] = (sums[7] * 31 + r) % M
    for s in (0, 1, 11, 63, 64, 100, 126, 127, 128, 300):
        sums[8] = (sums[8] * 31 + (a >> s)) % M
        sums[9] = (sums[9] * 31 + (a << s)) % M
print(sums)
print(2**63 * 2**63, (2**127 - 1) + 1, -2**127 - 1, (-2**127) // -1, (-2**127) % -1)
print((2**64 - 1) * 6364136223846793005 % 2**64, (2**64 + 5) >> 3, -(2**64 + 5) >> 3, 3 << 126, 1 << 127)
print(True & True, True | False, True ^ True, type(True & 1).__name__, True << 3, True >> 1, -True // 2)
print((2**100 + 7) & 0xFF, (2**100) | 1 == 2**100 + 1, (-2**70) ^ -1, ~(2**70))
state = 2463534242
for _ in range(1000):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
print(state, state >> 11)
for bad in (lambda: 1 >> -1, lambda: 2**70 << -1, lambda: 2**70 // 0, lambda: 2**70 % 0):
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
