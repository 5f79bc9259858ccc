class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Singleton(1); b = Singleton(2)
print(a is b, a.v)

class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, value)
    def __repr__(self):
        return f"{float(self)}°C"
c = Celsius(21.5)
print(c, c + 1, isinstance(c, float))

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, len(u), type(u).__name__, u.lower())

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(1, 2)
print(p, p.x, len(p))

class Even(int):
    def __new__(cls, n):
        return int.__new__(cls, n - n % 2)
print(Even(7), Even(8) + 1, type(Even(3)).__name__)

class Factory:
    def __new__(cls, kind):
        if kind == "a":
            return object.__new__(A)
        return 42
class A(Factory):
    def __init__(self, kind):
        print("A init", kind)
print(type(Factory("a")).__name__, Factory("b"))


class Interned:
    _cache = {}

    def __new__(cls, name):
        if name not in cls._cache:
            inst = super().__new__(cls)
            inst.name = name
            cls._cache[name] = inst
        return cls._cache[name]


print(Interned("a") is Interned("a"), Interned("a") is Interned("b"), len(Interned._cache))


class Money(int):
    def __new__(cls, amount, currency="EUR"):
        obj = super().__new__(cls, amount)
        obj.currency = currency
        return obj

    def __repr__(self):
        return f"{int(self)} {self.currency}"


m = Money(5, "USD")
print(m, m + 1, m * 2, m.currency, isinstance(m, int))


class Stack(list):
    def __new__(cls, *args):
        print("new with", args)
        return super().__new__(cls)

    def __init__(self, *args):
        super().__init__(args)


print(Stack(1, 2, 3))
print(object.__new__(Interned).__class__.__name__)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    int.__new__(str, 5)
except TypeError as e:
    print("TypeError:", e)
print(int.__new__(int, "12"), str.__new__(str, 3.5))
