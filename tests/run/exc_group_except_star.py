import sys

def run(make, label):
    print("--", label)
    try:
        try:
            make()
        except* ValueError as e:
            print("  ValueError clause:", repr(e), repr(sys.exception()) == repr(e))
        except* (TypeError, KeyError) as e:
            print("  Type/Key clause:", repr(e))
        except* ArithmeticError:
            print("  arithmetic clause, no name")
        else:
            print("  else")
        finally:
            print("  finally")
    except BaseException as left:
        print("  escaped:", repr(left))
    print("  sys.exception after:", sys.exception())

def group(*excs):
    raise ExceptionGroup("g", list(excs))

run(lambda: None, "nothing raised")
run(lambda: group(ValueError(1)), "one match")
run(lambda: group(ValueError(1), TypeError(2), KeyError(3), ZeroDivisionError(4)), "every clause")
run(lambda: group(ValueError(1), OSError(2)), "partial")
run(lambda: group(OSError(1), ExceptionGroup("in", [ValueError(2), OSError(3)])), "nested partial")
run(lambda: 1 / 0, "naked arithmetic")
run(lambda: int("x"), "naked ValueError")
run(lambda: [][1], "naked unmatched")
run(lambda: group(KeyError("k"), ExceptionGroup("deeper", [ExceptionGroup("deepest", [TypeError("t")])])), "deep")

# The name is unbound after the clause.
try:
    raise ExceptionGroup("x", [ValueError()])
except* ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)

# Clauses that raise: new exceptions join the unhandled rest in a new group.
def raising(kind):
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        if kind == "new":
            raise RuntimeError("from V") from None
        if kind == "bare":
            raise
        if kind == "same":
            raise e
    except* TypeError as e:
        if kind in ("new", "bare"):
            raise
        if kind == "two":
            raise LookupError("from T")

for kind in ["new", "bare", "same", "two", "none"]:
    try:
        raising(kind)
    except BaseException as e:
        print(kind, "->", repr(e))
        for sub in e.exceptions:
            print("   ", repr(sub), "context:", repr(sub.__context__), "cause:", repr(sub.__cause__))

# A naked exception re-raised from a clause comes out wrapped; a new one comes out alone.
for kind in ["bare", "new"]:
    try:
        try:
            raise KeyError("naked")
        except* KeyError:
            if kind == "bare":
                raise
            raise ValueError("replacement")
    except Exception as e:
        print(kind, repr(e), repr(e.__context__))

# break and continue inside a loop within a clause are allowed.
try:
    raise ExceptionGroup("loop", [ValueError(1)])
except* ValueError:
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("loop", i)

# except* inside loops and functions, with the exceptions collected.
def collect(n):
    seen = []
    for i in range(n):
        try:
            errors = [ValueError(i)] * (i % 2) + [TypeError(i)] * (i % 3 == 0)
            if errors:
                raise ExceptionGroup(f"round {i}", errors)
        except* ValueError as g:
            seen.append(("V", [str(x) for x in g.exceptions]))
        except* TypeError as g:
            seen.append(("T", [str(x) for x in g.exceptions]))
    return seen
print(collect(7))

# Bad classes in except* are TypeErrors when the clause is reached.
for cls in [ExceptionGroup, (ValueError, BaseExceptionGroup), int, "x"]:
    try:
        try:
            raise ExceptionGroup("bad", [ValueError()])
        except* cls:
            pass
    except TypeError as e:
        print("TypeError:", e, "| context:", repr(e.__context__))
