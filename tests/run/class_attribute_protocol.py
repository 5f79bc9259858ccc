# getattr/setattr/hasattr/delattr, __getattr__, __setattr__, __delattr__, properties with
# setters and deleters, and CPython's AttributeError messages.
class Record:
    __slots__ = ()


class Lazy:
    def __init__(self):
        self.loaded = {}

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = name.upper()
        self.loaded[name] = value
        return value


class Audited:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


lz = Lazy()
print(lz.alpha, getattr(lz, "beta"), lz.loaded, hasattr(lz, "gamma"), hasattr(lz, "_hidden"))
au = Audited()
au.x = 1
setattr(au, "y", 2)
del au.x
print(au.log, vars(au), sorted(au.__dict__))
t = Temperature(20)
t.celsius = 25
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "celsius"), hasattr(t, "_c"))
for obj, name in [(Record(), "x"), (t, "missing"), (5, "real"), ("s", "nope"), ([], "push")]:
    try:
        print(getattr(obj, name))
    except AttributeError as e:
        print("AttributeError:", e)
try:
    setattr(Record(), "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(t, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(t, "nothing", "fallback"), getattr(Temperature, "fahrenheit").__class__.__name__)
try:
    getattr(t, 5)
except TypeError as e:
    print("TypeError:", e)

class Plain:
    kind = "plain"
    def __init__(self):
        self.a = 1
print(vars(Plain()), "kind" in vars(Plain), vars(Plain)["kind"])
for bad in [(5,), (1, 2)]:
    try:
        vars(*bad)
    except TypeError as e:
        print("TypeError:", e)
