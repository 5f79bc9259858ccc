def gen(n):
    yield from range(n)


a, *b, c = gen(5)
print(a, b, c)
first, *rest = "hello"
print(first, rest)
*init, last = (1, 2)
print(init, last)
x, y = {"k": 1, "j": 2}
print(x, y)
(p, q), r = [(1, 2), 3]
print(p, q, r)
[s, [t, *u]] = [1, (2, 3, 4)]
print(s, t, u)
k, v = dict(a=1).popitem()
print(k, v)
for i, (m, *n) in enumerate([(1, 2, 3), (4,)]):
    print(i, m, n)
head, *_ = iter([9, 8, 7])
print(head, _)
try:
    a, b = gen(3)
except ValueError as e:
    print(e)
try:
    a, b, c = gen(2)
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    a, b = None
except TypeError as e:
    print(e)
s = set([1])
(only,) = s
print(only)
a = b = [1, 2]
a, b = b, a
print(a, b)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
