# Function attributes: __name__, __qualname__, __doc__, __defaults__, __kwdefaults__, __module__,
# on functions, methods, static methods and lambdas; functions and bound methods as values.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(a, b=2, *args, c, d=4, **kw):
    """Doc of f."""
    return a
t(lambda: f.__name__)
t(lambda: f.__qualname__)
t(lambda: f.__doc__)
t(lambda: f.__defaults__)
t(lambda: f.__kwdefaults__)
t(lambda: f.__module__)
class C:
    def m(self):
        "method doc"
        return 1
    @staticmethod
    def s():
        return 2
t(lambda: C.m.__qualname__)
t(lambda: C().m.__doc__)
t(lambda: C.s.__name__)
t(lambda: repr(C.m)[:19])
t(lambda: [f, len][0].__name__)
t(lambda: {"k": C().m}["k"]())
def noargs():
    pass
t(lambda: noargs.__defaults__)
t(lambda: noargs.__doc__)
t(lambda: (lambda x=1: x).__defaults__)
