from contextlib import contextmanager
import functools


@contextmanager
def counted():
    "Doc."
    yield 1


counted.n = 5
print(counted.n, counted.__name__, counted.__doc__, counted.__wrapped__.__name__, sorted(counted.__dict__))
del counted.n
print(hasattr(counted, "n"))
try:
    del counted.zz
except AttributeError as e:
    print(e)
p = functools.partial(print, 1)
p.tag = "t"
print(p.tag, p.__dict__)


@functools.lru_cache
def sq(x):
    return x * x


sq.calls = 0
print(sq.calls, sq(3), sq.__wrapped__(4))
