xs = [3, 1, 4, 1, 5]
print(xs, len(xs), xs[0], xs[-1], xs[1:3], xs[::-1], xs[::2], xs[-2:])
xs.append(9)
print(xs, xs.pop(), xs.pop(0), xs)
xs[0] = 100
xs[-1] = 200
print(xs)
print([1, 2] + [3], [0] * 3, [[1]] * 2, [] * 5)
ys = []
for i in range(5):
    ys.append(i * i)
print(ys, sum(ys), min(ys), max(ys))
print(sorted([3, 1, 2]), sorted(["b", "a"]), sorted([3, 1, 2], reverse=True))
zs = [5, 2, 8]
zs.sort()
print(zs)
zs.reverse()
print(zs, zs.index(5), zs.count(2))
zs.extend([1, 1])
zs.insert(0, 7)
zs.remove(1)
print(zs)
del zs[0]
print(zs, 8 in zs, list("abc"), list(range(3)))
nested = [[1, 2], [3, 4]]
print(nested[1][0], len(nested))
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4])
c = [1]
c += [2, 3]
print(c)
