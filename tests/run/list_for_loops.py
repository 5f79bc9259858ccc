# for loops over lists: items appended or removed during the loop, break/else, unpacking
xs = [1, 2, 3]
for x in xs:
    if x < 4:
        xs.append(x + 3)
print(xs)
ys = [1, 2, 3, 4, 5, 6]
for y in ys:
    ys.remove(y)
print(ys)
for z in []:
    print("never")
else:
    print("empty else")
for z in [10, 20, 30]:
    if z == 20:
        print("break at", z)
        break
else:
    print("not reached")
pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s * n)
for i, (n, s) in enumerate(pairs):
    print(i, n, s)
nested = [[1, 2], [3], []]
total = 0
for row in nested:
    for v in row:
        total += v
print(total)
def floats(n):
    vals = []
    for i in range(n):
        vals.append(i + 0.5)
    acc = 0.0
    for v in vals:
        acc += v * v
    for v in vals:
        if v > 2:
            vals.append(-v)
            break
    return acc, vals
print(floats(5))
def clear_in_loop():
    xs = [1.5, 2.5, 3.5]
    seen = []
    for x in xs:
        seen.append(x)
        xs.clear()
    return seen, xs
print(clear_in_loop())
try:
    for bad in [1, 2, "x", 3]:
        print(bad + 1)
except TypeError as e:
    print("TypeError:", e)
items = [3, 1, 2]
for it in items:
    items.sort()
print(items)
