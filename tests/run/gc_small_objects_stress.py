# Many small objects of every kind (floats, big ints, strs, tuples, lists, instances) made
# across many collections, some kept and some dropped: the kept ones keep their values.
class P:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


kept = []
total = 0.0
big = 0
for round_ in range(40):
    floats = [i * 0.5 + round_ for i in range(2000)]
    bigs = [(i + round_) * 2**70 + i for i in range(500)]
    strs = [str(i) + "x" * (i % 7) for i in range(1000)]
    pairs = [P(i, float(i)) for i in range(500)]
    total += sum(floats) + sum(p.b for p in pairs)
    big += sum(bigs) % 1000003
    kept.append((floats[round_], bigs[round_], strs[round_ * 3], (round_, round_ * 1.5), pairs[round_]))
    garbage = [[j, j * 2.0, str(j)] for j in range(1500)]
print(total, big)
print(sum(k[0] for k in kept), sum(k[1] for k in kept) % 10**9, "".join(k[2] for k in kept)[:80])
print([k[3] for k in kept[::9]], [(k[4].a, k[4].b) for k in kept[::13]])
