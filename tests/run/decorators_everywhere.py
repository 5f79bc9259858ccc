import functools

calls = []


def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        calls.append(func.__name__)
        return func(*args, **kwargs)
    return wrapper


def repeat(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate


def register(registry):
    def decorate(cls):
        registry[cls.__name__] = cls
        return cls
    return decorate


def add_method(cls):
    cls.extra = lambda self: f"extra on {type(self).__name__}"
    return cls


REGISTRY = {}


@register(REGISTRY)
@add_method
class Widget:
    def __init__(self, name):
        self.name = name

    @trace
    def render(self, prefix=""):
        return f"{prefix}<{self.name}>"

    @repeat(2)
    @trace
    def ping(self):
        return "pong"

    @staticmethod
    @trace
    def util(x):
        return x * 2

    @classmethod
    @trace
    def build(cls, n):
        return cls(n)

    @property
    @trace
    def upper(self):
        return self.name.upper()


w = Widget.build("w1")
print(w.render(), w.render(prefix="> "), w.ping(), Widget.util(4), w.upper, w.extra())
print(REGISTRY, calls)
print(Widget.render.__name__, Widget.render.__wrapped__.__name__, Widget.ping.__name__)


def count_calls(func):
    def wrapper(*a):
        wrapper.calls += 1
        return func(*a)
    wrapper.calls = 0
    return wrapper


@count_calls
def square(x):
    return x * x


print(square(3), square(4), square.calls, square.__name__)


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, v):
        self.v = v


print(Config(1).v, Config(2).v, Config(1) is Config(3))


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.n = 0

    def __call__(self, *args):
        self.n += 1
        return self.func(*args)


@CountCalls
def hello(name):
    return f"hello {name}"


print(hello("a"), hello("b"), hello.n, hello.__name__)
decorate_late = trace
@decorate_late
def late():
    "Doc of late."
    return 1
print(late(), late.__doc__, calls[-1])
