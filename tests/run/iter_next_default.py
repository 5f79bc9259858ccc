# next() with a default, iter(callable, sentinel), and iterator exhaustion.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))

numbers = iter(range(3))
print(list(numbers), list(numbers))

values = [5, 4, 3, 0, 9]
pos = -1
def pop_next():
    global pos
    pos += 1
    return values[pos]
print(list(iter(pop_next, 0)))

try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(pop_next, 1, 2)
except TypeError as e:
    print("TypeError:", e)

d = {"a": 1, "b": 2}
keys = iter(d)
print(next(keys))
d["c"] = 3
try:
    next(keys)
except RuntimeError as e:
    print("RuntimeError:", e)

s = {1, 2}
si = iter(s)
next(si)
s.add(3)
try:
    next(si)
except RuntimeError as e:
    print("RuntimeError:", e)

r = reversed([1, 2, 3])
print(next(r), list(r))
e = enumerate("ab", start=10)
print(next(e), list(e))
