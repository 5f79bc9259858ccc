# IndexError/ValueError texts of lists: indexing, assignment, pop, remove, index, insert.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

xs = [10, 20, 30]
t(lambda: xs[3])
t(lambda: xs[-4])
t(lambda: xs[2**70])
t(lambda: xs["1"])
t(lambda: xs[None])
t(lambda: xs[1.0])
def setit(i, v):
    xs[i] = v
t(lambda: setit(3, 0))
t(lambda: setit(-4, 0))
t(lambda: setit("a", 0))
def delit(i):
    del xs[i]
t(lambda: delit(5))
t(lambda: delit("x"))
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].pop(-2))
t(lambda: xs.remove(99))
t(lambda: xs.index(99))
t(lambda: xs.index(10, 1))
t(lambda: xs.index(30, -1))
t(lambda: xs.index(20, 0, 1))
t(lambda: xs.index(20, -10**30, 10**30))
ys = [1, 2, 3]
ys.insert(100, 4)
ys.insert(-100, 0)
ys.insert(2, 1.5)
print(ys)
t(lambda: ys.insert("0", 1))
t(lambda: [1, 2, 3][1:2:0])
t(lambda: [][0])
t(lambda: list(5))
t(lambda: list("ab", "c"))
t(lambda: list(x=1))
t(lambda: [1, 2] < [1, "a"])
t(lambda: [1, "a"] == [1, "a"])
t(lambda: [[1]] < [[1, 2]])
print(xs)

# Indexes too large for a C ssize_t
B = 2**70
xs = [1]; tp = (1,); s = "a"; b = b"a"; ba = bytearray(b"a"); r = range(5)
t(lambda: xs[B]); t(lambda: xs[-B]); t(lambda: tp[B]); t(lambda: s[B]); t(lambda: b[B]); t(lambda: ba[B]); t(lambda: r[B])
def st(c, i):
    c[i] = 0
t(lambda: st(xs, B)); t(lambda: st(ba, B))
def dl(c, i):
    del c[i]
t(lambda: dl(xs, B))
t(lambda: xs.pop(B))
t(lambda: xs[B:B])
t(lambda: [1,2,3][-B:B:B])
