# Three levels of yield from: throw and close reach the innermost generator.
def leaf(name):
    try:
        while True:
            try:
                got = yield name
                print("leaf got", got)
            except KeyError as e:
                print("leaf handled", repr(e))
                yield "leaf after KeyError"
    finally:
        print("leaf finally", name)

def middle():
    try:
        result = yield from leaf("m")
    finally:
        print("middle finally")

def top():
    yield from middle()
    yield "never"

g = top()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(next(g))
g.close()
print("closed top")

# A thrown exception the inner generator does not handle leaves through every level.
g = top()
next(g)
try:
    g.throw(ValueError("unhandled"))
except ValueError as e:
    print("out:", repr(e))
print(next(g, "top is finished"))

# Inner generator ignoring GeneratorExit (once: closed again, it gives up).
def stubborn():
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                print("second exit: giving up")
                return
            ignored = True
            print("ignoring exit")

def wraps(inner):
    yield from inner

s = stubborn()
g = wraps(s)
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__context__))
s.close()

# An iterator with throw that finishes by raising StopIteration(value).
class Finisher:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, e):
        print("Finisher.throw", repr(e))
        raise StopIteration("finished by throw")

def uses_finisher():
    r = yield from Finisher()
    print("yield from returned", r)
    yield "after finisher"

g = uses_finisher()
print(next(g), next(g))
print(g.throw(OSError("x")))

# An iterator without throw or close: the exception is raised at the yield from.
class Bare:
    def __iter__(self):
        return self
    def __next__(self):
        return "bare"

def uses_bare():
    try:
        yield from Bare()
    except OSError as e:
        print("delegator caught", repr(e))
        yield "recovered"

g = uses_bare()
print(next(g))
print(g.throw(OSError("y")))
g = uses_bare()
next(g)
g.close()
print("closed bare")

# close() where the inner finally raises: the new exception comes out of close().
def bad_cleanup():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")

def outer_bad():
    yield from bad_cleanup()

g = outer_bad()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", repr(e), repr(e.__context__))

# Loops over generators left by an exception close them, innermost first.
def numbers(tag):
    try:
        yield from range(3)
    finally:
        print("closing", tag)

def scan():
    for i, x in enumerate(numbers("enumerated")):
        for y in numbers("inner"):
            if x == 1 and y == 1:
                raise LookupError("stop scanning")

try:
    scan()
except LookupError as e:
    print("caught", e)

# sys.exception() inside a generator is its own, not its caller's.
import sys
def handler_gen():
    try:
        raise KeyError("inside")
    except KeyError:
        yield repr(sys.exception())
        yield repr(sys.exception())
    yield repr(sys.exception())

h = handler_gen()
print(next(h), repr(sys.exception()))
try:
    raise IndexError("caller's")
except IndexError:
    print(next(h), repr(sys.exception()))
    print(next(h), repr(sys.exception()))

g = top()
next(g)
g.throw(TypeError("traceback through three levels"))
