# Calls of builtin methods through values whose type only the run time knows: the same call
# site sees sets, lists, dicts and subclasses that override the method, and bad calls keep
# CPython's errors.


def add_all(target, items):
    for x in items:
        target.add(x)
    return target


def try_call(f, *args):
    try:
        return f(*args)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


class Bag:
    def __init__(self):
        self.items = []

    def add(self, x):
        print("Bag.add", x)
        self.items.append(x * 10)

    def __repr__(self):
        return f"Bag({self.items})"


print(sorted(add_all(set(), [3, 1, 2, 3])), add_all(Bag(), [1, 2]), sorted(add_all({5}, [1])))
print(try_call(add_all, set(), [[1]]), try_call(add_all, frozenset(), [1]), try_call(add_all, [], [1]))


def remove_each(s, items):
    for x in items:
        s.remove(x)
    return s


def discard_each(s, items):
    for x in items:
        s.discard(x)
    return s


print(remove_each({1, 2, 3}, [1, 2]), try_call(remove_each, {1, 2}, [1, 5]), try_call(remove_each, {1}, [[1]]))
print(discard_each({1, 2, 3}, [1, 7, 2, 2]), try_call(discard_each, {1}, [{1}]), discard_each({frozenset({1})}, [{1}]))


def call_arity(s):
    out = []
    for args in ((), (1, 2)):
        for name in ("add", "discard", "remove"):
            try:
                getattr(s, name)(*args)
            except TypeError as exc:
                out.append(str(exc))
    try:
        s.add(x=1)
    except TypeError as exc:
        out.append(str(exc))
    return out


print(call_arity(set()))


def pop_all(xs):
    out = []
    while True:
        try:
            out.append(xs.pop())
        except IndexError as exc:
            out.append(str(exc))
            return out


class Stack(list):
    def pop(self):
        return "Stack.pop"

    def append(self, x):
        super().append(("wrapped", x))


def push(xs, items):
    for x in items:
        xs.append(x)
    return xs


print(pop_all([1, 2.5, "three"]), pop_all([]), push([], [1, 2]), push(Stack(), [1]), Stack([1]).pop())
print(try_call(lambda xs: xs.pop(5), [1]), try_call(lambda xs: xs.pop(0, 1), [1]), [1, 2, 3].pop(0))
floats = [0.5 * i for i in range(4)]
print(floats.pop(), floats, push(floats, [9.0]))


def lookups(d, keys):
    return [d.get(k) for k in keys] + [d.get(k, "default") for k in keys]


class Defaulting(dict):
    def get(self, key, default=None):
        return f"Defaulting.get({key!r})"


print(lookups({1: "a", "b": 2}, [1, "b", 3]), lookups(Defaulting(), [1]))
print(try_call(lookups, {}, [[1]]), try_call(lambda d: d.get(), {}), try_call(lambda d: d.get(1, 2, 3), {}))
print(try_call(lambda d: d.get(key=1), {}))


# One site, many receiver types.
def generic(obj):
    return obj.get(1) if hasattr(obj, "get") else obj.pop()


for obj in ({1: "one"}, [1, 2], {1: "uno"}, Defaulting(), [3], {}):
    print(generic(obj))
