class NotIterator:
    def __iter__(self):
        return 42


class NoNext:
    def __iter__(self):
        return self


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


for obj in (NotIterator(), NoNext(), 5, None):
    try:
        iter(obj)
        print("iter ok for", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    for x in NotIterator():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
c = Countdown(3)
print(list(c), list(c), iter(c) is c)
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)), "x".join(map(str, Countdown(2))))
a, b, c2 = Countdown(3)
print(a, b, c2)
it = iter([1, 2, 3])
for v in it:
    if v == 1:
        print("skipping", next(it))
print(list(it))
print(list(zip(Countdown(3), "abcdef")), dict(enumerate(Countdown(2), 1)))
try:
    a, b = Countdown(3)
except ValueError as e:
    print("ValueError:", e)


def gen_stop():
    yield 1
    raise StopIteration("inner")


try:
    list(gen_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
