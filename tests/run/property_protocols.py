class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        "Degrees Celsius."
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

    def _get_k(self):
        return self._c + 273.15

    def _set_k(self, k):
        self.celsius = k - 273.15

    kelvin = property(_get_k, _set_k, doc="Kelvin.")


t = Temperature(20)
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
t.celsius = 100
print(t.fahrenheit)
t.kelvin = 0
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.celsius.__doc__, Temperature.kelvin.__doc__)
print(type(Temperature.celsius).__name__, isinstance(Temperature.fahrenheit, property))
print(Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset)


class Child(Temperature):
    @property
    def celsius(self):
        return "overridden"


c = Child(5)
print(c.celsius, c.fahrenheit)
try:
    c.celsius = 3
except AttributeError as e:
    print("AttributeError:", e)


class Lazy:
    def __init__(self):
        self.calls = 0

    @property
    def value(self):
        self.calls += 1
        return self.calls * 10


lz = Lazy()
print(lz.value, lz.value, lz.calls)
print(getattr(lz, "value"), hasattr(lz, "value"))
