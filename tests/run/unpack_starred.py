a, *b, c = range(5)
print(a, b, c)
*a, = "xy"
print(a)
first, *rest = [1]
print(first, rest)
*init, last = (1, 2, 3)
print(init, last)
(x, *ys), z = [1, 2, 3], 4
print(x, ys, z)
for head, *tail in [[1, 2, 3], [4]]:
    print(head, tail)
def gen():
    yield from range(4)
p, *q = gen()
print(p, q)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b = 5
except TypeError as e:
    print(e)
try:
    a, b = gen()
except ValueError as e:
    print(e)
class It:
    def __iter__(self):
        return iter([7, 8])
m, n = It()
print(m, n)
def naturals():
    i = 0
    while True:
        yield i
        i += 1
try:
    a, b = naturals()
except ValueError as e:
    print(e)
