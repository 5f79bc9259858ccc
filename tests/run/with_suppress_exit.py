class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev, tb is not None)
        return et is not None and issubclass(et, self.types)


with Suppress(KeyError):
    {}["k"]
print("after suppressed KeyError")

try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("escaped:", e)

with Suppress(ValueError) as s:
    print("body", type(s).__name__)
print("no exception")


class Truthy:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        return "yes"


with Truthy() as one:
    raise RuntimeError("swallowed by a truthy string")
print("one =", one)


def in_function():
    with Suppress(IndexError):
        [][1]
        print("not reached")
    return "returned normally"


print(in_function())


def return_through():
    with Suppress(Exception):
        return "from inside"


print(return_through())

for i in range(3):
    with Suppress(ZeroDivisionError):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
print("loop done")


class Raising:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise ValueError("from exit")


try:
    with Raising():
        raise KeyError("original")
except ValueError as e:
    print(repr(e), repr(e.__context__))


class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")

    def __exit__(self, *a):
        print("never called")


try:
    with Suppress(OSError), BadEnter():
        pass
except OSError as e:
    print("escaped?", e)
print("end")


class NotCM:
    pass


try:
    with NotCM():
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
