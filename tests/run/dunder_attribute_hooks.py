class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(f"get {name}")
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None

    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        self._fields[name] = value

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        del self._fields[name]


r = Record(a=1, b=2)
print(r.a, r.b)
r.c = 3
print(r.c, r._fields)
del r.a
print(hasattr(r, "a"), getattr(r, "a", "default"))
try:
    r.zzz
except AttributeError as e:
    print("AttributeError:", e)
try:
    r._secret = 1
except AttributeError as e:
    print("AttributeError:", e)
print(r.log)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(2))


class Audited:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        return super().__getattribute__(name)

    def __init__(self):
        self.secret_key = "k"
        self.public = "p"


a = Audited()
print(a.public, hasattr(a, "secret_key"), a.__dict__)


class Frozen:
    __slots__ = ("x",)

    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise TypeError(f"{type(self).__name__} is frozen")


f = Frozen(5)
print(f.x)
try:
    f.x = 6
except TypeError as e:
    print("TypeError:", e)


class Defaults:
    color = "red"

    def __getattr__(self, name):
        return f"<{name}>"


d = Defaults()
d.size = 3
print(d.color, d.size, d.anything, getattr(d, "other"))
setattr(d, "color", "blue")
print(d.color, Defaults.color, vars(d))
