def stubborn():
    try:
        yield 1
    finally:
        yield "cleanup"


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return "ignored"


g = swallow()
next(g)
print(g.close(), g.gi_running if hasattr(g, "gi_running") else False)


def counter():
    n = 0
    while True:
        try:
            received = yield n
        except ValueError as e:
            print("handled", e)
            received = 100
        n = received if received is not None else n + 1


c = counter()
print(next(c), c.send(10), next(c), c.throw(ValueError("boom")), next(c))
c.close()
try:
    next(c)
except StopIteration:
    print("closed generator is exhausted")
try:
    c.send(1)
except StopIteration:
    print("send after close: StopIteration")


def unstarted():
    print("never printed")
    yield


u = unstarted()
u.close()
print("closed before start")
try:
    unstarted().send(5)
except TypeError as e:
    print("TypeError:", e)


def raises_in_finally():
    try:
        yield 1
    finally:
        raise KeyError("from finally")


r = raises_in_finally()
next(r)
try:
    r.close()
except KeyError as e:
    print("KeyError from close:", e)


def returns_value():
    x = yield "first"
    return f"got {x}"


rv = returns_value()
next(rv)
try:
    rv.send("payload")
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)


def delegate():
    result = yield from returns_value()
    yield result


d = delegate()
print(next(d), d.send("via delegate"))


def running():
    yield g_self.gi_running


g_self = running()
print(next(g_self), g_self.gi_running)


def reentrant():
    yield next(re)


re = reentrant()
try:
    next(re)
except ValueError as e:
    print("ValueError:", e)
print(type(re).__name__, re.__name__, re.__qualname__)
