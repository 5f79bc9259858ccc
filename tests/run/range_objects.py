# range objects: repr, len, indexing, membership, count/index, equality, reversal
for r in [range(5), range(2, 10), range(10, 2, -3), range(0), range(-5, 5, 2), range(10**20, 10**20 + 5)]:
    print(repr(r), len(r), list(r)[:4], r.start, r.stop, r.step, bool(r), 4 in r, r.count(4))
r = range(1, 20, 3)
print(r[0], r[-1], r[3], r.index(10), 10 in r, 11 in r, 10.0 in r, "x" in r, list(reversed(r)))
print(range(0, 10, 2) == range(0, 10, 2), range(0) == range(5, 5), range(1, 2) == range(1, 3, 5), range(3) != range(4))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)), list(enumerate(range(2))))
print(range(10**30)[-1], (10**30 - 1) in range(10**30), range(10**30).index(12345))
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
attempt("index out", lambda: range(3)[3])
attempt("index missing", lambda: range(3).index(7))
attempt("step zero", lambda: range(1, 2, 0))
attempt("float arg", lambda: range(1.0))
attempt("str arg", lambda: range("3"))
attempt("no args", lambda: range())
attempt("too many", lambda: range(1, 2, 3, 4))
attempt("huge len", lambda: len(range(10**30)))
