import functools


def retry(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return func(*args, attempt=attempt, **kwargs)
                except ValueError as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times}") from last
        return wrapper
    return decorate


@retry(3)
def flaky(n, attempt):
    if attempt < n:
        raise ValueError(f"not yet ({attempt})")
    return f"ok on {attempt}"


print(flaky(2))
try:
    flaky(5)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", e.__cause__)


def validate(**types):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{func.__name__}: {k} must be {t.__name__}")
            return func(**kwargs)
        return wrapper
    return decorate


@validate(name=str, age=int)
def register(name, age):
    return f"{name} ({age})"


print(register(name="ann", age=3))
try:
    register(name="bob", age="x")
except TypeError as e:
    print("TypeError:", e)


def once(func):
    done = {}

    @functools.wraps(func)
    def wrapper(*a):
        if "v" not in done:
            done["v"] = func(*a)
        return done["v"]
    wrapper.reset = done.clear
    return wrapper


@once
def setup(x):
    print("setting up", x)
    return x * 2


print(setup(1), setup(2))
setup.reset()
print(setup(3), setup.__name__, setup.__wrapped__(4))


class Timer:
    def __init__(self, label):
        self.label = label

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*a, **k):
            result = func(*a, **k)
            print(f"[{self.label}] {func.__name__} done")
            return result
        return wrapper


@Timer("main")
def work(n):
    return sum(range(n))


print(work(10), work.__name__)


def method_logger(method):
    @functools.wraps(method)
    def wrapper(self, *a):
        print(f"{type(self).__name__}.{method.__name__}{a}")
        return method(self, *a)
    return wrapper


class Calc:
    @method_logger
    def add(self, a, b):
        return a + b


print(Calc().add(2, 3), Calc.add.__qualname__)
