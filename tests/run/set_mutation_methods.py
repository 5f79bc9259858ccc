# set's mutating methods with several arguments, in-place operators, and their errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = {1, 2, 3}
s.update([4], (5, 6), "a")
print(sorted(s, key=str))
s.intersection_update(range(10), [1, 2, 3, 4, 5, 9])
print(s)
s.difference_update([1], {2})
print(s)
s.symmetric_difference_update({3, 10})
print(s)
s |= {20}
s &= {4, 5, 10, 20, 30}
s -= {4}
s ^= {5, 6}
print(s)
t(lambda: s.remove(99))
t(lambda: s.remove([1]))
t(lambda: s.discard([1]))
t(lambda: s.discard(99))
t(lambda: s.add([1]))
t(lambda: set().pop())
t(lambda: s.update(5))
t(lambda: s.symmetric_difference_update([[1]]))
def ior():
    global s
    s |= [1]
t(ior)
t(lambda: s.issubset(5))
t(lambda: {1} < [1])
u = {1, 2}
v = u
v |= {3}
print(u is v, u)
w = u.copy()
w.clear()
print(u, w, set(), {*()}, {*"ab"} == {"a", "b"})
t(lambda: set([1], [2]))
t(lambda: set(a=1))
