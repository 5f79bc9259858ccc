# tuple operations, methods and errors
t = (3, 1, 4, 1, 5)
print(t[0], t[-1], t[1:3], t[::-2], t + (9,), t * 2, 2 * (0,), (1,) * 0, len(t))
print(t.count(1), t.index(4), t.index(1, 2), 4 in t, 7 not in t, min(t), max(t), sum(t), sorted(t))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"), () < (0,), (1, 2) != (1, 2.0))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "pair"}[(1, 2)])
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d, tuple("ab"), tuple([1, [2]]), tuple(range(3)), tuple({"k": 1}))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], repr((1,)), repr(()), str((1, "a", 2.5, None)))
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
attempt("index range", lambda: (1, 2)[2])
zero = "0"
attempt("index type", lambda: (1, 2)[zero])
attempt("index missing", lambda: (1, 2).index(3))
attempt("concat list", lambda: (1,) + [2])
attempt("mul float", lambda: (1,) * 1.5)
attempt("hash list inside", lambda: hash((1, [2])))
attempt("compare mixed", lambda: (1, 2) < (1, "x"))
attempt("unpack few", lambda: [x for x, y in [(1, 2, 3)]])
attempt("tuple of int", lambda: tuple(3))
