import functools
import operator


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x


print(fib(60), fib.cache_info())
for x in [1, 2, 1, 3, 1, 2]:
    square(x)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())


@functools.cache
def slow_double(x):
    return 2 * x


print(slow_double(4), slow_double(4), slow_double.cache_info().hits)

power = functools.partial(pow, 2)
base10 = functools.partial(int, base=10)
print(power(10), base10("42"), power.func is pow, power.args, base10.keywords)
print(functools.reduce(operator.mul, range(1, 8)), functools.reduce(lambda a, b: a + b, [], "start"))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return ".".join(map(str, self.parts))


vs = [Version(v) for v in ["1.10", "1.2", "1.9.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.2"), Version("2") > Version("10"))


def by_length_then_alpha(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=operator.itemgetter(1, 0)), list(map(operator.attrgetter("real"), [1, 2.5])))
print(list(map(operator.methodcaller("upper"), words[:2])), operator.itemgetter(slice(1, 3))("abcdef"))


def logged(prefix):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            print(f"{prefix} {func.__name__}{args}")
            return func(*args, **kwargs)
        return wrapper
    return decorate


@logged("call")
@logged("inner")
def add(a, b):
    """Adds two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__)
