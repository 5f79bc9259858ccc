class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __iter__(self):
        for row in self.rows:
            yield from row

    def rows_where(self, pred):
        return (r for r in self.rows if pred(r))

    def __repr__(self):
        return f"Matrix({self.rows})"

m = Matrix([[1, 2], [3, 4], [5, 6]])
print(list(m), sum(m), max(m), [r for r in m.rows_where(lambda r: sum(r) > 4)])

def chunked(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)
print(list(chunked(range(7), 3)))

def interleave(*iterables):
    iterators = [iter(i) for i in iterables]
    while iterators:
        for it in list(iterators):
            try:
                yield next(it)
            except StopIteration:
                iterators.remove(it)
print(list(interleave("abc", [1, 2], "XYZW")))

def coroutine_avg():
    total, n, avg = 0.0, 0, None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
avg = coroutine_avg()
next(avg)
print([avg.send(v) for v in [10, 20, 60]])

def flatten(xs):
    for x in xs:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, (3, [4, 5])], [], 6])))

def gen_with_return():
    yield 1
    return "done"
def driver():
    result = yield from gen_with_return()
    yield result
print(list(driver()))

squares = (n * n for n in range(5))
print(3 in squares, list(squares))
print(dict((k, v) for k, v in zip("ab", range(2))), sorted(set(c.upper() for c in "hello")))
print(sorted((x for x in [3, 1, 2]), reverse=True), "".join(reversed([c for c in "abc"])))
class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
print(2 in Bag(1, 2), 5 in Bag(1, 2), "b" in iter("abc"))
