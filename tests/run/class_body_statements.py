import math

LIMIT = 3


class Table:
    """Class bodies run arbitrary statements."""
    print("body starts")
    squares = {}
    for i in range(LIMIT):
        squares[i] = i * i
    del i
    if LIMIT > 2:
        mode = "big"
    else:
        mode = "small"
    a = b = 10
    x, y = 1, 2
    x += 5
    names = [n.upper() for n in ["p", "q"]]
    total = sum(squares.values())
    try:
        bad = 1 / 0
    except ZeroDivisionError as err:
        problem = str(err)
    from math import sqrt
    root = sqrt(16)
    while a > 7:
        a -= 1
    match mode:
        case "big":
            size = 100
        case _:
            size = 1
    assert total == 5, "total"
    print("body ends", mode, a, b, x, y)

    def show(self):
        return f"{self.mode} {self.size} {self.total}"

    if mode == "big":
        def extra(self):
            return "extra big"
    else:
        def extra(self):
            return "extra small"


print(Table.squares, Table.mode, Table.a, Table.b, Table.x, Table.y)
print(Table.names, Table.total, Table.problem, Table.root, Table.size)
print(hasattr(Table, "i"), hasattr(Table, "err"), hasattr(Table, "bad"))
t = Table()
print(t.show(), t.extra())


def make(flag):
    class Local:
        if flag:
            kind = "yes"
        value = LIMIT * 2
        print("Local body", flag, value)
        try:
            kind
        except NameError as e:
            print("NameError:", e)
    return Local


print(make(True).kind, make(False).value)

kind = "global kind"


class Shadow:
    print(kind)
    kind = "class kind"
    print(kind)
    del kind
    print(kind)


class Registry:
    handlers = []
    for name in ("a", "b"):
        handlers.append(name * 2)
    count = len(handlers)
    lookup = {h: idx for idx, h in enumerate(handlers)}


print(Registry.handlers, Registry.count, Registry.lookup, Registry.name)
