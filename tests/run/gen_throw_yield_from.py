def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")
    return "inner done"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer next"

g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
print(next(g, "end"))

g = outer()
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "exhausted"))

g = outer()
next(g)
g.close()
print("closed")

class Sub:
    def __iter__(self):
        return self
    def __next__(self):
        return 5
    def throw(self, *a):
        print("Sub.throw", a)
        return "thrown"
    def close(self):
        print("Sub.close")

def deleg():
    yield from Sub()

g = deleg()
print(next(g))
print(g.throw(ValueError("x")))
g.close()

def gen_exc():
    try:
        yield 1
    finally:
        print("gen_exc finally")

def user():
    for x in gen_exc():
        raise RuntimeError("leave loop by exception")

try:
    user()
except RuntimeError as e:
    print("caught", e)
print("after")
