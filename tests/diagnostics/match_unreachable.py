# An irrefutable pattern before other cases (or alternatives) is CPython's compile-time
# SyntaxError.
def f(v):
    match v:
        case x:
            return x
        case 2:
            return 2


def g(v):
    match v:
        case _ if v:
            return 1
        case [a, _] | (_ | [a]):
            return a
        case {"k": _} | _:
            return 3
        case 4:
            return 4
