square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), square(1.5), add(1), add(1, 2), add(b=5, a=1))
records = [("bob", 25), ("alice", 30), ("carol", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(max(records, key=lambda r: len(r[0])), min([3, -7, 5], key=lambda v: abs(v)))
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print(ops["+"](2, 3), ops["*"](2, 3))
print((lambda: "called")())
print(square.__name__, type(square))
scale = 3


def apply(f, values):
    return [f(v) for v in values]


print(apply(lambda v: v * scale, [1, 2, 3]))

try:
    add()
except TypeError as e:
    print(e)
err = lambda: 1 / 0
err()
