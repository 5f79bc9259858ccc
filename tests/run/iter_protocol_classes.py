# User classes as iterables and iterators.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

class Seq:
    """Iterable through __getitem__ only (the old protocol)."""
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10

print(list(Countdown(5)), sum(Countdown(100)))
print(list(Fib(100)))
f = Fib(10)
print(next(f), next(f), list(f), list(f))
print(list(Seq()), 20 in Seq(), 25 in Seq())
it = iter(Seq())
print(next(it), next(it), type(it).__name__)
print(sorted(Countdown(4)), tuple(Countdown(2)), set(Countdown(3)) == {1, 2, 3})
a, b, *rest = Countdown(6)
print(a, b, rest)
print(dict(zip(Countdown(3), Fib(5))))
print(list(map(str, Countdown(3))), list(enumerate(Fib(3))))

class NotIterable:
    pass
for bad in (NotIterable(), 5, None):
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError:", e)

class BadIter:
    def __iter__(self):
        return 42
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
