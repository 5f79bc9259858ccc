def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2}
fs = frozenset({1, 2})
attempt(lambda: {[1]})
attempt(lambda: s.add([1]))
attempt(lambda: [1] in s)
attempt(lambda: set([[1]]))
attempt(lambda: set(1))
attempt(lambda: set(1, 2))
attempt(lambda: frozenset(1, 2))
attempt(lambda: s.add())
attempt(lambda: s.add(1, 2))
attempt(lambda: s.copy(1))
attempt(lambda: s.pop(1))
attempt(lambda: s.issubset())
attempt(lambda: s.union(1))
attempt(lambda: s | [1])
attempt(lambda: [1] | s)
attempt(lambda: s & 1)
attempt(lambda: s - "ab")
attempt(lambda: s ^ None)
attempt(lambda: s < [1])
attempt(lambda: s + s)
attempt(lambda: hash(s))
attempt(lambda: {s: 1})
attempt(lambda: fs.add(3))
attempt(lambda: fs.clear())
attempt(lambda: s.remove([1]))
attempt(lambda: s.discard({1}))
attempt(lambda: {1} in {frozenset({1})})
attempt(lambda: s.remove(99))
attempt(lambda: s.remove((1, 2)))
attempt(lambda: set().pop())
attempt(lambda: s[0])
attempt(lambda: s.nope)
attempt(lambda: s.update(5))
attempt(lambda: s.intersection_update([1], 5))
def mutate():
    t = {1, 2, 3}
    for x in t:
        t.add(x + 10)
attempt(mutate)
def mutate2():
    t = {1, 2, 3}
    for x in t:
        t.discard(x)
attempt(mutate2)
attempt(lambda: set(x=1))
g = frozenset([3])
h = g
g |= {4}
print(g, h, g is h)
k = {1}
m = k
k |= {2}
print(k is m, k)
attempt(lambda: sorted({1, 2.5, True, 0}))
attempt(lambda: min(set()))
print(set.__name__, frozenset.__name__, type(s), type(fs), type({1}) is set, isinstance(fs, frozenset))
print(repr(set()), str({1, 2}), f"{s}", frozenset(), str(frozenset([5])))
print({1, 2} == frozenset({1, 2}), set() == frozenset(), {1} < frozenset({1, 2}), fs.union({9}), type(fs.union({9})), type(s | fs), type(fs | s), type(fs.copy()), fs.copy() is fs)
print(type(fs ^ s), type(fs & s), type(fs - s), type(s - fs))
