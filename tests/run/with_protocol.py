# The with statement: enter/exit order, the exception arguments, suppression, and several items.
class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}", exc_type.__name__ if exc_type else None, repr(exc), tb is None)
        return self.suppress

with Resource("a") as a, Resource("b") as b:
    print("body", a, b)

with Resource("outer", suppress=True):
    with Resource("inner"):
        raise ValueError("boom")
    print("not reached")
print("after suppression")

def early_return():
    with Resource("r"):
        return "returned"
print(early_return())

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break

with (
    Resource("p1") as p1,
    Resource("p2"),
):
    print("parenthesised", p1)

class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with Resource("first"), BadEnter():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)

class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
