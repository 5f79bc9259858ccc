import sys
eg = ExceptionGroup("many", [ValueError(1), TypeError("x"), ExceptionGroup("inner", [KeyError("k"), ValueError(2)])])
print(eg)
print(repr(eg))
print(eg.message, eg.exceptions)
print(eg.args)
print(type(eg).__mro__)
print(BaseExceptionGroup.__mro__)
m, r = eg.split(ValueError)
print(repr(m)); print(repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.split(OSError))
print(repr(BaseExceptionGroup("b", [ValueError()])), type(BaseExceptionGroup("b", [KeyboardInterrupt()])))
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, []), lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup("x", 5), lambda: ExceptionGroup("x"), lambda: eg.split(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("V", repr(e), repr(sys.exception()))
    except* TypeError as e:
        print("T", repr(e))
except Exception as e:
    print("outer", repr(e))
try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled V")
except ExceptionGroup as e:
    print("left", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print("combined", repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise TypeError(5)
    except* ValueError:
        pass
except TypeError as e:
    print("naked unmatched", repr(e))
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* (ValueError, TypeError) as e:
    print("tuple", repr(e))
else:
    print("else")
finally:
    print("finally")
try:
    pass
except* ValueError:
    pass
else:
    print("else2")
