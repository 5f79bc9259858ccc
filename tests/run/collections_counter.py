from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["zzz"], len(c), c.total())
print(c.most_common(2), c.most_common(), c.most_common(0))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update("aab")
c.update({"x": 5})
c.update(y=2)
print(c)
c.subtract("aaaa")
c.subtract({"x": 10})
print(c, +c, -c)
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=5)
print(d + e, d - e, d | e, d & e)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=3))
d += e
print(d)
d -= Counter(c=10)
print(d)
del d["nothing"]
del d["a"]
print(d, repr(Counter()), type(d).__name__, isinstance(d, dict), type(Counter).__name__)
print(Counter(["x", "y", "x"]).keys(), list(Counter("hello").items()))
words = "the cat and the hat and the bat".split()
cnt = Counter()
for w in words:
    cnt[w] += 1
print(cnt.most_common(3), dict(cnt), cnt.copy() == cnt, cnt.get("the"), cnt.get("zz"))
class MyCounter(Counter):
    pass
m = MyCounter("aab")
print(m, type(m.copy()).__name__, m + m)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Counter({"a": 1.5, "b": 0.5}), Counter(a=1) + Counter(b=2), sum(Counter("aaab").values()))
print(Counter("ab") == {"a": 1, "b": 1}, "a" in Counter("a"), Counter("ba") == Counter("ab"))
for f in [lambda: Counter(1, 2), lambda: Counter().update(1, 2), lambda: Counter().subtract(1, 2, 3)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
