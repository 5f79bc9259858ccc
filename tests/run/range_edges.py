# range edge cases: negative and large steps, empty ranges, huge lengths, membership, equality.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for r in [range(0), range(5), range(-3), range(2, 10, 3), range(10, 2, -3), range(0, 10, -1), range(-5, -1),
          range(5, 5), range(1, 2, 100), range(-10, 10, 7)]:
    print(r, list(r), len(r), bool(r), list(reversed(r)), r[::-1], r[1:] if len(r) else r)
big = range(0, 2**70, 3)
t(lambda: len(big))
t(lambda: big[-1])
t(lambda: 2**69 in big)
t(lambda: (2**69 + 1) in big)
t(lambda: big.index(3 * 10**15))
t(lambda: big[10**18:10**18 + 6:2])
t(lambda: range(2**100)[2**99])
t(lambda: range(0, 10, 0))
t(lambda: range(1.5))
t(lambda: range(1, 2, 3, 4))
t(lambda: range(5) == range(0, 5, 1))
t(lambda: range(0) == range(5, 2))
t(lambda: range(0, 3, 2) == range(0, 4, 2))
t(lambda: 3.0 in range(5))
t(lambda: "a" in range(5))
t(lambda: range(5)[10])
t(lambda: range(5)[-6])
t(lambda: range(5)["a"])
t(lambda: hash(range(3)) == hash(range(0, 3)))
t(lambda: sum(range(10**6)))
