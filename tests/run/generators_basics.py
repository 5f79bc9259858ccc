def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(5)))
for x in count_up(3):
    print("x", x)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

g = fib()
print([next(g) for _ in range(10)])
print(sum(x * x for x in range(10)))
print(list(x for x in "abc" if x != "b"))
print(max(len(w) for w in ["a", "abcd", "ab"]))
gen = (i * 2 for i in range(3))
print(gen.__class__.__name__, next(gen), next(gen), next(gen), next(gen, "done"))

def echo():
    got = yield "ready"
    while got is not None:
        got = yield f"echo {got}"
    return "bye"

e = echo()
print(next(e), e.send(1), e.send("two"))
try:
    e.send(None)
except StopIteration as s:
    print("stop", s.value)

def with_return():
    yield 1
    return 42
def outer():
    r = yield from with_return()
    print("inner returned", r)
    yield from [10, 20]
    yield from range(2)
print(list(outer()))

def tree(n):
    if n == 0:
        return
    yield n
    yield from tree(n - 1)
    yield from tree(n - 1)
print(list(tree(3)))

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
f = fin()
print(next(f))
f.close()
print("closed")

def thrower():
    while True:
        try:
            yield "waiting"
        except ValueError as ex:
            print("caught", ex)
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
rows = [[1, 2], [3, 4]]
print([sum(r[i] for r in rows) for i in range(2)])
print(sorted((v, k) for k, v in {"a": 3, "b": 1}.items()))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]))
print(", ".join(str(n) for n in range(4)))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
adders = [lambda x, k=k: x + k for k in range(3)]
print([a(10) for a in adders])

def stopper():
    yield 1
    raise StopIteration
try:
    list(stopper())
except RuntimeError as ex:
    print("RuntimeError", ex)
print(repr(count_up(1))[:25])
