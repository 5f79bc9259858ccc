# Errors from generators: re-entry, exhausted generators, StopIteration inside (PEP 479).
def reenter():
    yield next(me)

me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def stop_inside():
    yield 1
    raise StopIteration("inner")

try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def empty():
    return
    yield

g = empty()
print(list(g), list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)

def gen_with_return():
    yield 1
    return [1, 2]

g = gen_with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
try:
    next(g)
except StopIteration as e:
    print("second time value", e.value)

def thrower():
    yield 1
g = thrower()
try:
    g.throw(KeyError("before start"))
except KeyError as e:
    print("thrown before start:", repr(e))
print(next(g, "finished"))
