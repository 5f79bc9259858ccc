try:
    raise ValueError("bad")
except ValueError as e:
    e.add_note("note one")
    e.add_note("note two")
    print(e.__notes__)
def f():
    raise KeyError("k")
try:
    try:
        f()
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
e = ValueError("x").with_traceback(None)
print(repr(e))
it = iter(lambda: 3, 3)
print(list(it))
vals = iter([1, 2, 0, 5].pop, 0)
print(list(vals))
import sys
print(sys.exc_info() == (None, None, None), sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    t, v, _ = sys.exc_info()
    print(t.__name__, v, type(sys.exception()).__name__)
err = ValueError("final")
err.add_note("extra context")
raise err
