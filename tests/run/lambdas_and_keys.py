people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la"), ("di", 25, "nyc")]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print(min(people, key=lambda p: (p[1], -len(p[0]))), max(people, key=lambda p: p[0]))
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append(name)
print(sorted(by_city.items(), key=lambda kv: (len(kv[1]), kv[0])))
classify = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([classify(n) for n in (-2, 0, 3)])
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[n](10) for n in adders])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), (lambda *args, sep="-": sep.join(map(str, args)))(1, 2, 3, sep="+"))
print(list(filter(lambda s: s.isupper(), ["A", "b", "C"])), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
fns = [lambda: 1, lambda: 2]
print([f() for f in fns], (lambda: (yield))().__class__.__name__ if False else "gen lambda skipped")
print(sorted(["b", "A", "c", "B"], key=str.lower), sorted([3, -1, 2], key=abs, reverse=True))
import functools
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=functools.cmp_to_key(lambda x, y: (x[0] > y[0]) - (x[0] < y[0]))))
rec = lambda n: 1 if n <= 1 else n * rec(n - 1)
print(rec(10), rec.__name__, (lambda: None).__qualname__)
