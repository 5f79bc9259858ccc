# `for` over `range(...)` whose bounds are not known to be ints when compiling: counted
# when they are small ints at run time, else the range iterator (big ints, __index__).
class N:
    def __init__(self, n):
        self.n = n

def f(obj, lo):
    out = []
    for i in range(obj.n):
        out.append(i * 2)
    for i in range(lo, obj.n):
        out.append(i)
    for i in range(obj.n, lo, -2):
        out.append(-i)
    for i in range(3, obj.n):
        if i == 5:
            break
        out.append(i)
    else:
        out.append("else")
    return out

print(f(N(7), 2))
print(f(N(2**70), 2**70 - 3)[-6:] if False else len(f(N(9), 1)))
class Idx:
    def __index__(self):
        return 4
print(f(N(Idx()), 1))
print(f(N(True), 0))
try:
    f(N(2.5), 0)
except TypeError as e:
    print(e)
def g(n):
    t = 0
    for i in range(n):
        t += i
    return t
print(g(10**6), g(2**64 + 3 - 2**64), [x for x in range(g(3))])
def big(n):
    for i in range(n, n + 3):
        print(i)
big(2**64)
big(2**62 - 2)


def changes_bound(obj):
    seen = []
    for i in range(obj.n):
        obj.n = 2
        seen.append(i)
        if i % 2:
            continue
        seen.append("even")
    return seen


print(changes_bound(N(5)))


def gen(obj):
    for i in range(1, obj.n):
        yield i * i


print(list(gen(N(6))), sum(gen(N(2**63 - 2**62 + 5 - 2**62))))


def nested(obj):
    grid = []
    for y in range(obj.n):
        for x in range(y, obj.n):
            grid.append((y, x))
    return grid


print(nested(N(4)))
for i in range(N(3).n, -1, -1):
    print(i, end=" ")
print()
try:
    for i in range(N("3").n):
        pass
except TypeError as e:
    print(e)
