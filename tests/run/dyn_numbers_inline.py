# Arithmetic and comparisons on values whose types are known only at run time: small ints,
# floats, mixes of the two, and everything that must still go through Python's dispatch.


def arith(a, b):
    out = []
    for op in ("+", "-", "*", "/", "//", "%", "**"):
        try:
            if op == "+":
                r = a + b
            elif op == "-":
                r = a - b
            elif op == "*":
                r = a * b
            elif op == "/":
                r = a / b
            elif op == "//":
                r = a // b
            elif op == "%":
                r = a % b
            elif a < 0 or a > 1e300 or b > 64:
                continue  # complex results, overflows and huge ints: other tests' matter
            else:
                r = a ** b
            out.append(f"{op}{r!r}:{type(r).__name__}")
        except Exception as exc:
            out.append(f"{op}{type(exc).__name__}({exc})")
    print(repr(a), repr(b), " ".join(out))


values = [0, 1, -7, 3, 2**62 - 1, -(2**62), 2**63, 0.0, -0.0, 1.5, -2.25, 1e308,
          float("inf"), float("nan"), True, False]
for a in values:
    for b in (3, -2, 0, 0.5, -0.0, 2**62, 1e-320, float("inf"), True):
        arith(a, b)


def compare(a, b):
    return [a < b, a <= b, a == b, a != b, a > b, a >= b]


pairs = [(1, 2), (2, 1), (3, 3.0), (2**53 + 1, float(2**53)), (float(2**53), 2**53 + 1),
         (0.0, -0.0), (float("nan"), float("nan")), (1.5, 2.5), (-1, -1), (2**70, 2**70 + 1),
         (1.0, True), ("a", "b")]
for a, b in pairs:
    print(repr(a), repr(b), compare(a, b))


def neg(x):
    return -x


for x in (0, 5, -(2**62), 2**62 - 1, 0.0, -0.0, 2.5, float("inf"), True, 2**80):
    print(repr(x), repr(neg(x)), type(neg(x)).__name__)


def truth(x):
    y = x * 1
    if y:
        return "true"
    return "false"


for x in (0, 1, -1, 0.0, -0.0, 1e-300, float("nan"), [], [0], "", "s"):
    print(repr(x), truth(x))


# A chain of float arithmetic whose intermediate results never leave the function.
def norm(x, y, z):
    d = x * x + y * y + z * z
    r = d ** 0.5
    return r, d


print(norm(3.0, 4.0, 12.0), norm(3, 4, 12), norm(1, 2.5, -3))


# A float kept unboxed in a local, then used as an object: the same object each time.
def identity(a, b):
    x = a * b
    xs = [x, x]
    return xs[0] is xs[1], x is x, xs[0] == x


print(identity(*[1.5, 2.0]), identity(3, 4))


# Subclasses of float and int keep their operators.
class Meters(float):
    def __add__(self, other):
        return Meters(float(self) + float(other) + 1000)

    def __lt__(self, other):
        return "custom"


class Count(int):
    def __mul__(self, other):
        return "count"


def add(a, b):
    return a + b


def lt(a, b):
    return a < b


def mul(a, b):
    return a * b


print(add(Meters(1.5), 2.0), type(add(Meters(1.5), 2.0)).__name__, add(2.0, Meters(1.5)))
print(lt(Meters(1.0), 2.0), mul(Count(3), 4), mul(4, Count(3)))


# In-place operators on names that hold a float, an int, a list.
def accumulate(items):
    total = 0
    for x in items:
        total += x
    return total


print(accumulate([1, 2, 3]), accumulate([0.5, 1, 2]), accumulate([2**62, 2**62]))
acc = []
acc += [1]
print(acc)


# Errors still carry Python's messages and tracebacks lines.
def divide(a, b):
    q = a / b
    return q


for a, b in ((1.0, 0), (1, 0.0), (0.0, 0.0), (5, 0)):
    try:
        divide(a, b)
    except ZeroDivisionError as exc:
        print("ZeroDivisionError:", exc)
try:
    add(1.5, "x")
except TypeError as exc:
    print("TypeError:", exc)
try:
    print(neg("x"))
except TypeError as exc:
    print("TypeError:", exc)
print(2.0 ** 1024 if False else "skip", end=" ")
try:
    add(1e308, 0) * 10.0 ** 10
except OverflowError as exc:
    print("OverflowError:", exc)
try:
    mul(10.0, 1e308) ** 2.0
except OverflowError as exc:
    print("OverflowError:", exc)
