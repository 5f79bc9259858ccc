# collections.deque (both ends, maxlen, rotate, indexing, mutation during iteration) and
# collections.ChainMap.
from collections import deque, ChainMap
import collections
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 2 in d, bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d, list(reversed(d)))
d.rotate(2); print(d)
d.rotate(-3); print(d)
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft(99); print(m)
try:
    m.insert(0, 1)
except IndexError as e:
    print(e)
q = deque()
for i in range(100):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], sum(q))
try:
    deque().pop()
except IndexError as e:
    print(e)
try:
    deque().popleft()
except IndexError as e:
    print(e)
d = deque("abcde")
d[1] = "B"; del d[0]
print(d, d.index("c"), d.count("e"), d.copy() == d, d == deque("Bcde"), d < deque("z"))
d.remove("c"); d.reverse(); print(d)
d.insert(1, "x"); print(d, d + deque([1]), d * 2)
try:
    d.remove("zz")
except ValueError as e:
    print(e)
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(e)
print(type(d), type(d).__name__, isinstance(d, collections.deque), repr(deque(maxlen=2)))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), "b" in cm, cm.get("z", 0), cm)
cm["c"] = 4
child = cm.new_child({"a": 10})
print(child["a"], child.parents["a"], dict(child.items()), list(child))
try:
    cm["zz"]
except KeyError as e:
    print(repr(e))
try:
    del cm["b"]
except KeyError as e:
    print(e)
