# The order of except clauses, re-raising, and the exception seen in each block.
import sys

def check(exc):
    try:
        try:
            raise exc
        except (KeyError, IndexError) as e:
            print("  lookup handler:", type(e).__name__, isinstance(e, LookupError))
            raise
        except ArithmeticError:
            print("  arithmetic handler, sys.exception():", repr(sys.exception()))
            return "handled"
        except Exception as e:
            print("  generic handler:", repr(e))
            raise TypeError("converted") from None
        else:
            print("  no exception")
        finally:
            print("  finally, sys.exception():", repr(sys.exception()))
    except BaseException as outer:
        print("  outer got", repr(outer), "context:", repr(outer.__context__), "suppress:", outer.__suppress_context__)
        return "escaped"
    return "fell through"

for exc in [KeyError("k"), IndexError(3), ZeroDivisionError("z"), ValueError("v"), SystemExit(2)]:
    print(type(exc).__name__, "->", check(exc))

def nested_context():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            raise KeyError("third")

try:
    nested_context()
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))

def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(finally_overrides())

def finally_break():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return i
print(finally_break())
print(repr(sys.exception()))
