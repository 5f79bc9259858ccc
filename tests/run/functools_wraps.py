import functools

def timed(label):
    def deco(f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            print(f"[{label}] calling {f.__name__}")
            return f(*args, **kwargs)
        return wrapper
    return deco

@timed("T")
def square(x):
    """Square a number."""
    return x * x

print(square(7), square.__name__, square.__doc__, square.__qualname__)
print(square.__wrapped__(3), square.__module__)

def plain(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a) + 1
    w.extra = "yes"
    return w

@plain
def one():
    return 1
print(one(), one.__name__, one.extra, sorted(one.__dict__))
def g(): pass
g.tag = 5
print(g.tag, g.__dict__)
del g.tag
print(g.__dict__, hasattr(g, "tag"))
try:
    del g.tag
except AttributeError as e:
    print(e)
try:
    g.__name__ = 1
except TypeError as e:
    print(e)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, repr(g)[:21])
w = functools.update_wrapper(lambda: 0, square)
print(w.__name__, w.__doc__)
try:
    functools.update_wrapper(1)
except TypeError as e:
    print(e)
try:
    functools.wraps()
except TypeError as e:
    print(e)

def make_ops():
    ops = {}
    for name, fn in [("add", lambda a, b: a + b), ("mul", lambda a, b: a * b)]:
        ops[name] = fn
    def apply(name, *args):
        return ops[name](*args)
    return apply
ap = make_ops()
print(ap("add", 2, 3), ap("mul", 4, 5))

def fail_inner():
    def inner(v):
        return 1 / v
    return inner(0)
fail_inner()
