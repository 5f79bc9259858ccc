# Literal, capture, wildcard and value patterns with guards; first match wins.
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

LIMIT = 10

class Consts:
    ZERO = 0

def describe(x):
    match x:
        case None:
            return "None"
        case True:
            return "True (not 1)"
        case 0 | 0.0:
            return "zero"
        case Consts.ZERO:
            return "unreachable"
        case "yes" | "y":
            return "affirmative"
        case b"raw":
            return "bytes"
        case -1:
            return "minus one"
        case 1.5 | 2.5 if False:
            return "never"
        case Color.RED:
            return "red"
        case Color():
            return f"other color {x.name}"
        case int(n) if n > LIMIT:
            return f"big int {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case str() as s if s.isdigit():
            return f"digits {s}"
        case _:
            return f"other {type(x).__name__}"

for v in [None, True, False, 0, 0.0, 1, -1, 1.5, "yes", "y", "123", "abc", b"raw", Color.RED, Color.GREEN, 11, [1], {}]:
    print(repr(v), "->", describe(v))
