# A class deriving from float: a float with its own methods and attributes.
import math


class Celsius(float):
    def to_fahrenheit(self):
        return Celsius(self * 9 / 5 + 32)

    def __repr__(self):
        return f"{float(self):.1f}°C"


t = Celsius(21.5)
print(t, repr(t), str(t), t + 1, type(t + 1).__name__, t * 2, t > 20, t == 21.5, hash(t) == hash(21.5))
print(t.to_fahrenheit(), type(t.to_fahrenheit()).__name__, float(t), type(float(t)).__name__, int(t), round(t))
print(f"{t}", f"{t:.3f}", f"{t:>8}", math.floor(t), math.sqrt(Celsius(16)), t.is_integer(), Celsius("3.25"), Celsius())
t.source = "sensor"
print(t.source, t.__dict__, isinstance(t, float), Celsius.__mro__, sorted([Celsius(3), 1.5, Celsius(-2)]))
print(sum([Celsius(1), Celsius(2.5)]), max(Celsius(1), 0.5), [0, 1, 2][int(Celsius(2.9))], divmod(Celsius(7), 2))
try:
    Celsius("warm")
except ValueError as e:
    print("ValueError:", e)
