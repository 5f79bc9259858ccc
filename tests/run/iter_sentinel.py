import functools

data = iter([3, 1, 4, 1, 5, 9, 2, 6])
print(list(iter(lambda: next(data), 5)))
print(list(data))

count = 0


def tick():
    global count
    count += 1
    return count


it = iter(tick, 4)
print(type(it).__name__)
print(next(it), next(it), next(it))
print(next(it, "done"), next(it, "done"), count)

lines = ["a", "b", "", "c"]
pos = iter(lines)
print(list(iter(pos.__next__, "")))

blocks = iter(functools.partial(next, iter([b"ab", b"cd", b""])), b"")
print([b for b in blocks])

try:
    iter(5, 3)
except TypeError as e:
    print(e)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print(list(iter(Counter(), None)))


def boom():
    raise ValueError("inner")


try:
    list(iter(boom, 0))
except ValueError as e:
    print("propagated", e)
