# `for` over a value not known to be a list when compiling: by index when it is a builtin
# list at run time (appends and removals during the loop seen as CPython's list iterator
# sees them), else through its iterator (tuples, dicts, ranges, a list subclass's __iter__).
class Box:
    def __init__(self, items):
        self.items = items

def total(b):
    t = 0
    for x in b.items:
        t += x
    return t

def mutate(b):
    out = []
    for x in b.items:
        out.append(x)
        if x == 2:
            b.items.append(99)
        if x == 3:
            b.items.pop(0)
    else:
        out.append("else")
    return out

class L(list):
    def __iter__(self):
        return iter([100, 200])

def gen():
    yield 1
    yield 2

print(total(Box([1, 2, 3])), total(Box((4, 5))), total(Box({6: 0, 7: 0})), total(Box(L([1, 2]))), total(Box(range(5))))
print(mutate(Box([1, 2, 3, 4])))
b = Box([1, 2, 3])
for x in b.items:
    if x == 2:
        break
    print(x)
else:
    print("no")
def cont(b):
    r = []
    for x in b.items:
        if x % 2:
            continue
        r.append(x)
    return r
print(cont(Box(list(range(10)))), cont(Box(gen())))
try:
    for x in Box(5).items:
        pass
except TypeError as e:
    print(e)
xs = [1.5, 2.5]
def fl(b):
    s = 0.0
    for v in b.items:
        s += v * 2
    return s
print(fl(Box(xs)), fl(Box([1, 2.5])))
