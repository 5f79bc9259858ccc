class Meta:
    pass


def f():
    pass


print(type(Meta), type(f).__name__, type(len).__name__, type(type), type(None).__name__)
print(isinstance(Meta, type), isinstance(f, object), isinstance(3, object), issubclass(bool, int))
print(Meta.__class__, (3).__class__, "s".__class__.__name__, [].__class__, None.__class__)
print(type(3) is int, type(True) is bool, type(3.0) == float, type("") in (str, bytes))
print(int.__name__, int.__qualname__, int.__module__, Meta.__module__, len.__name__, len.__qualname__)
print(object.__bases__, bool.__bases__, int.__mro__, Meta.__mro__, type.__mro__ if False else "")
print(issubclass(Meta, object), issubclass(int, (str, float, int)), isinstance(True, (str, int)))
cls = type(Meta())
obj = cls()
print(type(obj).__name__, obj.__class__ is Meta, Meta.__name__, Meta.__qualname__, Meta.__doc__)
print(callable(Meta), callable(Meta()), hasattr(Meta, "__init__"), hasattr(obj, "missing"))
Dynamic = type("Dynamic", (Meta,), {"x": 1, "hello": lambda self: f"hi from {type(self).__name__}"})
d = Dynamic()
print(Dynamic.__name__, Dynamic.x, d.hello(), isinstance(d, Meta), Dynamic.__bases__, Dynamic.__mro__)
print(type(Dynamic).__name__, [c.__name__ for c in Dynamic.__mro__])
