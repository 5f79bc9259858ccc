from contextlib import contextmanager, suppress, nullcontext, closing

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False

with Resource("a") as r:
    print("body", r.name)

with Resource("x") as x, Resource("y") as y:
    print("both", x.name, y.name)

try:
    with Resource("b"):
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)

class Swallow:
    def __enter__(self):
        return 42
    def __exit__(self, *args):
        print("swallowing", args[0].__name__)
        return True

with Swallow() as v:
    print("v", v)
    1 / 0
print("after swallow")

def early():
    for i in range(3):
        with Resource(f"loop{i}"):
            if i == 1:
                return "returned"
            if i == 0:
                continue
print(early())

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)

try:
    with tag("err"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)

@contextmanager
def catching():
    try:
        yield
    except ZeroDivisionError:
        print("handled in generator")

with catching():
    1 / 0
print("continued")

with suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")

with nullcontext(5) as n:
    print("null", n)

class Closable:
    def close(self):
        print("closed!")
with closing(Closable()) as c:
    print("using", type(c).__name__)

try:
    with 5:
        pass
except TypeError as e:
    print(e)

class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)

def gen_in_with():
    with Resource("g"):
        yield 1
        yield 2
print(list(gen_in_with()))
