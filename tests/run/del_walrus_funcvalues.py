data = [1, 2, 3, 4]
del data[0]
print(data)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)


def local_del():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)


print(local_del())
lines = ["a", "bb", "", "ccc"]
i = 0
while (n := len(lines[i])) > 0:
    print(n)
    i += 1
try:
    print([10 // v for v in [5, 2, 0, 1]])
except ZeroDivisionError as e:
    print("in comprehension:", e)
f = abs
g = len
print(f(-3), g("abcd"), [h("xy") for h in [len, repr]])
total = 0
for k, v in {"x": 1, "y": 2}.items():
    total += v
print(total)
nested = [[1, 2], [3], []]
flat = [x for sub in nested for x in sub]
print(flat, sum(flat))
def apply_twice(fn, v):
    return fn(fn(v))
print(apply_twice(lambda z: z * 3, 2), apply_twice(str, 5))
