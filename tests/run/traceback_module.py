import sys
import traceback

def fail(n):
    if n == 0:
        raise ValueError("deep failure")
    fail(n - 1)

print(repr(traceback.format_exc()))
try:
    fail(2)
except ValueError as e:
    text = traceback.format_exc()
    print(text, end="")
    print(traceback.format_exception(e))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(type(e), e, e.__traceback__) == traceback.format_exception(e))
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
    depth = 0
    while tb is not None:
        print("  frame", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
        depth += 1
    print("depth", depth)
    print(traceback.format_tb(e.__traceback__))
    print("".join(traceback.format_exception(e, limit=1)), end="")
    print("".join(traceback.format_exception(e, limit=-1)), end="")
    traceback.print_exc(file=sys.stdout)
    t, v, tb2 = sys.exc_info()
    print(t.__name__, v is e, type(tb2).__name__)

def chained():
    try:
        {}["missing"]
    except KeyError as k:
        raise RuntimeError("while looking up") from k

try:
    chained()
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("--- no chain")
    print("".join(traceback.format_exception(e, chain=False)), end="")
    traceback.print_exception(e, file=sys.stdout)

e = ValueError("never raised")
print(e.__traceback__, traceback.format_exception(e))
print(traceback.format_exception_only(KeyError, KeyError("k")))
e2 = e.with_traceback(None)
print(e2 is e)
try:
    e.with_traceback(5)
except TypeError as err:
    print("TypeError:", err)

try:
    raise OSError("hidden frames")
except OSError as err:
    err.__traceback__ = None
    print(traceback.format_exception(err))

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit got", t.__name__, type(tb).__name__, tb.tb_lineno)
        return True
with Ctx():
    fail(0)
traceback.print_exc()
print("done")
