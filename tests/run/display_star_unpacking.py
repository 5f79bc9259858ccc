# `*` unpacking in list, tuple and set displays: any iterable, evaluation order, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

order = []
def v(x):
    order.append(x)
    return x
t(lambda: [*range(3), *"ab"])
t(lambda: [0, *[1, 2], 3, *(), *{4: 5}])
t(lambda: (*range(2),))
t(lambda: (1, *"xy", 2))
t(lambda: {*range(3), *[2, 3]})
t(lambda: [*v([1]), v(2), *v((3,))])
print(order)
t(lambda: [*5])
t(lambda: (1, *None))
t(lambda: {*1.5})
t(lambda: [*{1, 2}, *b"ab", *bytearray(b"c"), *range(3, 0, -1)])
t(lambda: len([*range(1000)]))
xs = [1, 2]
ys = [*xs, *xs]
ys.append(3)
print(xs, ys, [*xs] is xs, [*xs] == xs)
print(*[*"abc", *"de"], sep="-")
t(lambda: [*iter([1, 2]), *map(str, [3]), *enumerate("z")])
t(lambda: type((*[],)).__name__)
