class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * self.k


double = Multiplier(2)
print(double(5), list(map(double, [1, 2, 3])), double.calls, callable(double))
print(sorted([3, 1, 2], key=Multiplier(-1)))


class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}

    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.f(*args)
        return self.cache[args]


@Memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


print(slow_fib(50), len(slow_fib.cache))


class Validator:
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, value):
        return [c.__name__ for c in self.checks if not c(value)]


def positive(v):
    return v > 0


def even(v):
    return v % 2 == 0


validate = Validator(positive, even)
print(validate(4), validate(-3), validate(7))


class Pipeline:
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, data):
        for step in self.steps:
            data = step(data)
        return data

    def __or__(self, other):
        return Pipeline(*self.steps, other)


p = Pipeline(str.strip) | str.title | (lambda s: s + "!")
print(p("  hello world "), len(p.steps))


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
