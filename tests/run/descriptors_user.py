class Positive:
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, 0)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value}")
        setattr(obj, self.private, value)


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} on {objtype.__name__}>"
        return obj.__dict__.get(self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)


class Product:
    price = Positive()
    qty = Positive()
    name = Typed(str)

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty


p = Product("pen", 3, 10)
print(p.name, p.price, p.qty, p._price, Product.name, type(Product.price).__name__)
try:
    p.price = -1
except ValueError as e:
    print("ValueError:", e)
try:
    p.name = 5
except TypeError as e:
    print("TypeError:", e)
del p.name
print(p.name)


class Constant:
    "A non-data descriptor: instance attributes win."
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        return self.value


class Config:
    level = Constant(3)


c = Config()
print(c.level, Config.level)
c.level = 9
print(c.level, Config.level, vars(c))


class Lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Data:
    @Lazy
    def expensive(self):
        print("computing")
        return 42


d = Data()
print(d.expensive, d.expensive)


class Method:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)


class Greeter:
    @Method
    def greet(self, who):
        return f"hi {who}"


print(Greeter().greet("bob"))
