a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[::2] = [0] * 5
print(a)
del a[1:3]
print(a)
del a[::3]
print(a)
a[1:1] = (7, 8)
print(a)
b = [3, 1, 2]
b += (4,)
print(b, b * 2, [1, 2] < [1, 3], (1, 2) == (1, 2), b.index(2), b.count(3))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda p: p[0], reverse=True))
c = [5, 3, 1]
c.sort(key=lambda v: -v)
print(c)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(e)
x = [1, 2, 3]
x[5:] = [9]
print(x, x[-100:100], x[::-1])
t = (1, 2, 3)
print(t[::-1], t + (4,), t * 2, t.index(3), t.count(1), max(t), min(t, key=lambda v: -v))
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(3), list(range(10))[s], "abcdefghij"[s], (1, 2, 3, 4)[slice(None, None, -1)])
y = list(range(6))
y[s] = "abc"
print(y)
y[1:4] = y
print(y)
try:
    y[1:2] = 5
except TypeError as e:
    print(e)
try:
    y[::2] = 5
except TypeError as e:
    print(e)
z = [1, 2, 3, 4, 5]
z[3:1] = ["q"]
del z[10:]
del z[::-2]
print(z)
m = [[0, 1], [2, 3]]
m[0][0:1] = [9, 9]
m[1][:] = []
print(m)
w = [1, 2, 3]
w[0:2] += [7]
print(w)
