# Parameters of every kind: *args, **kwargs, keyword-only (with and without defaults),
# positional-only; call-site * and ** unpacking; CPython's messages for each misuse.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
def opts(name, **kw):
    return name, sorted(kw.items())
def full(a, b=2, /, c=3, *rest, d, e=5, **extra):
    return (a, b, c, rest, d, e, extra)
def kwonly(*, x, y=10):
    return x + y
def posonly(a, b, /):
    return a - b
t(lambda: total())
t(lambda: total(1, 2, 3))
t(lambda: total(1, 2, start=10))
t(lambda: total(*[4, 5], start=1))
t(lambda: opts("n"))
t(lambda: opts("n", z=1, a=2))
t(lambda: opts(name="q", k=0))
t(lambda: full(1, d=4))
t(lambda: full(1, 2, 3, 4, 5, d=6, f=7))
t(lambda: full(1, c=9, d=0, e=1))
t(lambda: full(1))
t(lambda: full(a=1, d=2))
t(lambda: full(1, 2, c=3, d=4, b=5))
t(lambda: kwonly(x=1))
t(lambda: kwonly(x=1, y=2))
t(lambda: kwonly(1))
t(lambda: kwonly())
t(lambda: kwonly(x=1, z=2))
t(lambda: posonly(5, 3))
t(lambda: posonly(5, b=3))
t(lambda: posonly(a=5, b=3))
t(lambda: total(1, nums=2))
t(lambda: opts("n", name="dup"))
class C:
    def m(self, *args, **kwargs):
        return args, kwargs
    def k(self, *, flag=False):
        return flag
print(C().m(1, 2, x=3), C().k(), C().k(flag=True))
t(lambda: C().k(True))
def star_only(*args):
    return len(args), args
print(star_only(), star_only(*"abc"), star_only(*range(3), 9))
def fwd(*args, **kwargs):
    return total(*args, **kwargs)
t(lambda: fwd(1, 2, start=3))
def show(a, b=0, **rest):
    return a, b, rest
t(lambda: show(**{"a": 1, "b": 2, "c": 3}))
t(lambda: show(1, **{"c": 3}, d=4))
t(lambda: show(**{"a": 1}, **{"a": 2}))
t(lambda: show(1, **{"b": 2}, b=3))
t(lambda: show(**5))
t(lambda: show(**{1: 2}))
t(lambda: dict(**{"x": 1}, y=2))
t(lambda: "{a}-{b}".format(**{"a": 1, "b": 2}))
t(lambda: sorted([3, 1, 2], **{"reverse": True}))
t(lambda: int(**{"x": "5"}))
t(lambda: C().m(*[1], **{"k": 2}))
