# The truth of instances and singletons in conditions, including classes that gain or lose
# `__bool__` / `__len__` after their instances were tested.


class Plain:
    pass


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Both(Sized):
    def __bool__(self):
        return True


def truth(x):
    if x:
        return "T"
    return "F"


values = [Plain(), Sized(0), Sized(2), Flag(False), Flag(True), Both(0), None, True, False, 0, 1,
          0.0, "", "x", [], [0]]
print("".join(truth(v) for v in values))

p = Plain()
print(truth(p))
Plain.__bool__ = lambda self: False     # the class changes after the test above
print(truth(p), truth(Plain()))
del Plain.__bool__
print(truth(p))
Plain.__len__ = lambda self: 0
print(truth(p), not p, bool(p))
del Plain.__len__
print(truth(p))


class Bad:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


for v in (Bad(), BadLen()):
    try:
        truth(v)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)


def count_while(items):
    n = 0
    node = items
    while node:
        n += 1
        node = node.next if isinstance(node, Node) else None
    return n


class Node:
    def __init__(self, next):
        self.next = next


print(count_while(Node(Node(Node(None)))), count_while(None))
