# reference: cpython-64bit
# Ints around the edges of the machine word and of 128 bits: arithmetic, comparisons,
# hashes, conversions and int subclasses on either side of each edge.

edges = [2**62, 2**63, 2**64, 2**126, 2**127, 2**128]
values = []
for e in edges:
    for d in (-1, 0, 1):
        values.append(e + d)
        values.append(-(e + d))

for v in values:
    print(v, -v, abs(v), v + 1, v - 1, v * 3, v // 7, v % 7, v >> 3, v << 1, v & 0xFFFF, v | 1, v ^ -1)
    print(hash(v), float(v), v == float(v), v < 2**127, v > -(2**127), ~v, bool(v))

# Products and sums that leave 128 bits, and come back.
a = 2**127 - 1
b = a * a
print(b, b // a, b % a, b - b, (b + 1) // (a + 1))
print(a + 1 == 2**127, -a - 1 == -(2**127), -(2**127) // -1, abs(-(2**127)))
print(divmod(-(2**127), 3), divmod(2**127, -5), pow(2**64, 2), (2**64) ** 2 // 2**128)

# A 64-bit linear congruential generator, as random number code writes it.
state = 42
for _ in range(5):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    print(state, state >> 11, (state >> 11) / 9007199254740992.0)

# Equal values as dict keys and set members, whichever side of an edge they were made on.
d = {2**64: "a", 2**62: "b", -(2**63): "c"}
print(d[2**32 * 2**32], d[2**61 * 2], d[-(2**62) * 2], {2**100 // 2**36, 2**64} == {2**64})


class Count(int):
    pass


zero = Count(0)
big = Count(2**70)
print(zero, big, big % 3, big // 2**68, 5 % Count(3), -big, abs(-big), big + zero)
try:
    print(1 % zero)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(2**100 // Count(0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(float(2**127 - 1), float(2**64 + 1), float(-(2**63) - 1), int(float(2**70)))
print(sorted([2**127, -(2**64), 2**63, 5, -(2**127), 2**200, -(2**200)]))
