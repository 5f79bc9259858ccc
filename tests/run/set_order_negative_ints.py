# reference: cpython-64bit
# Set order with -1 and -2, whose hashes collide (hash(-1) == -2), as 64-bit CPython probes.
print({-1, -2})
s = set(range(50000))
s -= set(range(0, 50000, 2))
s |= {-1, -2}
for x in range(1, 50000, 2):
    s.discard(x)
print(s)
s = set(range(20))
s |= {-1, -2}
print(s)
s = set()
s.add(-1); s.add(-2)
print(s)
s = set(range(100))
s.add(-1); s.add(-2)
print([x for x in s if x < 0])
