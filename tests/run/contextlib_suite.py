from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("a") as t, tag("b") as u:
    print("inside", t, u)


@contextmanager
def catching():
    try:
        yield
    except ValueError as e:
        print("caught in generator:", e)


with catching():
    raise ValueError("bad")
print("continued")

try:
    with catching():
        raise KeyError("other")
except KeyError as e:
    print("not caught:", e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with suppress(KeyError, IndexError):
    [][0]
print("suppressed")
with suppress():
    pass


class Resource:
    def close(self):
        print("closed resource")


with closing(Resource()) as r:
    print(type(r).__name__)

with nullcontext(42) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext", v)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "xyz"]
    stack.callback(print, "callback ran", names)
    print("stack body")

with ExitStack() as stack:
    stack.enter_context(tag("kept"))
    moved = stack.pop_all()
print("after first stack")
moved.close()


def cleanup_raise():
    raise RuntimeError("cleanup failed")


try:
    with ExitStack() as stack:
        stack.callback(print, "second callback")
        stack.callback(cleanup_raise)
        raise ValueError("body failed")
except RuntimeError as e:
    print("got", repr(e), "context", repr(e.__context__))


@contextmanager
def counted():
    counted.n += 1
    yield counted.n


counted.n = 0
with counted() as a:
    pass
with counted() as b:
    pass
print(a, b)

cm = tag("reuse")
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__, e)
