# A binary operator tries the right operand's reflected method first when its class is a
# proper subclass of the left operand's class and overrides that reflected method.


class Money:
    def __init__(self, amount):
        self.amount = amount

    def __add__(self, other):
        return f"Money.__add__({type(other).__name__})"

    def __radd__(self, other):
        return f"Money.__radd__({type(other).__name__})"

    def __sub__(self, other):
        return f"Money.__sub__({type(other).__name__})"

    def __rsub__(self, other):
        return f"Money.__rsub__({type(other).__name__})"

    def __mul__(self, other):
        return NotImplemented

    def __rmul__(self, other):
        return f"Money.__rmul__({type(other).__name__})"


class Euros(Money):
    def __radd__(self, other):
        return f"Euros.__radd__({type(other).__name__})"

    def __rsub__(self, other):
        return NotImplemented

    def __rmul__(self, other):
        return f"Euros.__rmul__({type(other).__name__})"


class Plain(Money):
    pass


class Cents(Euros):
    def __iadd__(self, other):
        return "Cents.__iadd__"


m, e, p, c = Money(1), Euros(2), Plain(3), Cents(4)
print(m + e, e + m, m + p, p + m, e + e)
print(m - e, e - m)            # Euros.__rsub__ gives NotImplemented: Money.__sub__ then
print(m * e, e * m, m * p)     # Money.__mul__ gives NotImplemented
print(m + c, e + c, c + m)     # Cents inherits Euros.__radd__: overridden from Money's, not Euros'
x = m
x += c
print(x)
y = c
y += m
print(y)
try:
    print(Plain(1) * Plain(2))
except TypeError as exc:
    print("TypeError:", exc)
