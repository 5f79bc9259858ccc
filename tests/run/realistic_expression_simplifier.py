"""Symbolic expressions with operator overloading, simplification and differentiation."""


class Expr:
    def __add__(self, other):
        return Add(self, wrap(other))

    def __radd__(self, other):
        return Add(wrap(other), self)

    def __mul__(self, other):
        return Mul(self, wrap(other))

    def __rmul__(self, other):
        return Mul(wrap(other), self)

    def __sub__(self, other):
        return Add(self, Mul(Const(-1), wrap(other)))

    def __pow__(self, n):
        return Pow(self, n)

    def __neg__(self):
        return Mul(Const(-1), self)

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    def __hash__(self):
        return hash((type(self).__name__, tuple(sorted(vars(self).items(), key=str))))


def wrap(v):
    return v if isinstance(v, Expr) else Const(v)


class Const(Expr):
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return str(self.value)


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


class Add(Expr):
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __repr__(self):
        return f"({self.a} + {self.b})"


class Mul(Expr):
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __repr__(self):
        return f"{self.a}*{self.b}"


class Pow(Expr):
    def __init__(self, base, n):
        self.base, self.n = base, n

    def __repr__(self):
        return f"{self.base}^{self.n}"


def simplify(e):
    match e:
        case Add(a=a, b=b):
            a, b = simplify(a), simplify(b)
            match a, b:
                case (Const(value=0), x) | (x, Const(value=0)):
                    return x
                case Const(value=x), Const(value=y):
                    return Const(x + y)
                case x, y if x == y:
                    return simplify(Mul(Const(2), x))
            return Add(a, b)
        case Mul(a=a, b=b):
            a, b = simplify(a), simplify(b)
            match a, b:
                case (Const(value=0), _) | (_, Const(value=0)):
                    return Const(0)
                case (Const(value=1), x) | (x, Const(value=1)):
                    return x
                case Const(value=x), Const(value=y):
                    return Const(x * y)
                case Const(value=x), Mul(a=Const(value=y), b=rest):
                    return simplify(Mul(Const(x * y), rest))
            return Mul(a, b)
        case Pow(base=b, n=0):
            return Const(1)
        case Pow(base=b, n=1):
            return simplify(b)
        case Pow(base=b, n=n):
            return Pow(simplify(b), n)
        case _:
            return e


def diff(e, x):
    match e:
        case Const():
            return Const(0)
        case Var(name=n):
            return Const(1 if n == x.name else 0)
        case Add(a=a, b=b):
            return diff(a, x) + diff(b, x)
        case Mul(a=a, b=b):
            return diff(a, x) * b + a * diff(b, x)
        case Pow(base=b, n=n):
            return Const(n) * Pow(b, n - 1) * diff(b, x)
    raise TypeError(f"cannot differentiate {e!r}")


def evaluate(e, env):
    match e:
        case Const(value=v):
            return v
        case Var(name=n):
            return env[n]
        case Add(a=a, b=b):
            return evaluate(a, env) + evaluate(b, env)
        case Mul(a=a, b=b):
            return evaluate(a, env) * evaluate(b, env)
        case Pow(base=b, n=n):
            return evaluate(b, env) ** n


x, y = Var("x"), Var("y")
exprs = [x + 0, 0 * x + 1 * y, x * x + x * x, 3 * x ** 2 + 2 * x + 1, (x + y) * (x - y), x ** 1 + x ** 0]
for e in exprs:
    s = simplify(e)
    d = simplify(diff(e, x))
    print(f"{e!r:35} => {s!r:20} d/dx = {d!r:25} at x=2,y=3: {evaluate(s, {'x': 2, 'y': 3})}")
print(len({Const(1), Const(1), Var("x"), Var("x")}), Const(2) == Const(2), x == y)
try:
    diff("nope", x)
except TypeError as err:
    print("TypeError:", err)
