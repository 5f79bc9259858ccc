from contextlib import ExitStack, contextmanager

class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

with ExitStack() as stack:
    names = [stack.enter_context(Res(n)) for n in "abc"]
    stack.callback(print, "callback", 1, sep="-")
    print("inside", names)

try:
    with ExitStack() as stack:
        stack.enter_context(Res("x"))
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("swallow", exc[0].__name__)
        return True

with ExitStack() as stack:
    stack.enter_context(Swallow())
    stack.enter_context(Res("y"))
    raise KeyError("k")
print("after swallow")

with ExitStack() as outer:
    outer.enter_context(Res("keep"))
    moved = outer.pop_all()
print("outer done")
moved.close()
