def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f"no {k}") from None


try:
    lookup({}, "x")
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)

e = RuntimeError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("k")
print(e.__suppress_context__)
try:
    raise e
except RuntimeError as r:
    print(repr(r.__cause__))

try:
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise IndexError("second")
        except IndexError:
            raise TypeError("third")
except TypeError as t:
    print(repr(t), repr(t.__context__), repr(t.__context__.__context__))
    print(t.__context__.__context__.__context__)


def cleanup():
    try:
        raise OSError("disk")
    finally:
        print("finally ran")


try:
    cleanup()
except OSError as o:
    print("caught", o, o.__context__)

lookup({}, "y")
