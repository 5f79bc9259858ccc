# sum (start, floats exactly as 3.12, refusing strings), any/all short-circuiting.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: sum([1, 2, 3]))
t(lambda: sum([1, 2, 3], 10))
t(lambda: sum([0.1] * 10))
t(lambda: sum([1e100, 1.0, -1e100]))
t(lambda: sum([1, 0.5, 2**60]))
t(lambda: sum([2**64, 2**64]))
t(lambda: sum([[1], [2]], []))
t(lambda: sum([(1,), (2,)], ()))
t(lambda: sum(["a", "b"]))
t(lambda: sum(["a", "b"], ""))
t(lambda: sum([b"a"], b""))
t(lambda: sum([bytearray(b"a")], bytearray()))
t(lambda: sum([1, "a"]))
t(lambda: sum(5))
t(lambda: sum([], start=5))
t(lambda: sum(range(101)))
t(lambda: sum([True, True, 3]))
t(lambda: sum([float("inf"), 1.0]))
t(lambda: sum([float("inf"), float("-inf")]))
t(lambda: sum([1.5, 2], 0.25))
t(lambda: sum({1: 2, 3: 4}))
t(lambda: any([]))
t(lambda: all([]))
t(lambda: any([0, "", None, 3]))
t(lambda: all([1, "x", [0]]))
t(lambda: all([1, 0, 1 / 0]))
calls = []
def f(x):
    calls.append(x)
    return x > 2
print(any(map(f, [1, 2, 3, 4, 5])), calls)
calls.clear()
print(all(map(f, [3, 4, 1, 5])), calls)
t(lambda: any(5))
t(lambda: all("abc"))
