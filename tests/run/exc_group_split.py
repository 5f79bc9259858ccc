# split/subgroup/derive keep the nesting and the metadata of each group.
def make():
    try:
        raise ExceptionGroup("top", [
            ValueError("a"),
            ExceptionGroup("mid", [TypeError("b"), ValueError("c"), ExceptionGroup("low", [KeyError("d")])]),
            OSError("e"),
        ])
    except ExceptionGroup as eg:
        return eg

eg = make()
eg.add_note("top note")
try:
    raise RuntimeError("ctx")
except RuntimeError as r:
    eg.__context__ = r

for matcher in [ValueError, (TypeError, KeyError), LookupError, OSError, Exception, BaseException,
                lambda e: isinstance(e, ExceptionGroup) and e.message == "low",
                lambda e: "c" in str(e) and not isinstance(e, ExceptionGroup)]:
    m, r = eg.split(matcher)
    print(repr(m))
    print(repr(r))
    print(repr(eg.subgroup(matcher)))
    for part in (m, r):
        if part is not None and part is not eg:
            print("  notes", part.__notes__, part.__notes__ is eg.__notes__,
                  "ctx", repr(part.__context__), part.__suppress_context__)

print(eg.subgroup(lambda e: e is eg) is eg)
print(eg.split(lambda e: False))
d = eg.derive([ZeroDivisionError()])
print(repr(d), type(d).__name__, d.__context__, getattr(d, "__notes__", "no notes"))
d2 = eg.derive((KeyboardInterrupt(),))
print(repr(d2), type(d2).__name__)

for bad in [1, "x", [ValueError], (ValueError, 1), None]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)

# A predicate that raises stops the split.
def boom(e):
    raise ArithmeticError("from predicate")
try:
    eg.subgroup(boom)
except ArithmeticError as e:
    print("raised", e)

# Groups are exceptions: raise, catch with a plain except, args, str.
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
except BaseExceptionGroup as e:
    print(type(e).__name__, e, e.args[0], len(e.exceptions), isinstance(e, Exception))
try:
    raise BaseExceptionGroup("b", (ValueError(1),))
except Exception as e:
    print(type(e).__name__, e, repr(e), isinstance(e, BaseExceptionGroup))
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup),
      issubclass(BaseExceptionGroup, Exception), ExceptionGroup.__bases__, ExceptionGroup.__mro__)
