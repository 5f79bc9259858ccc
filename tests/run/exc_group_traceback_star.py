def f():
    raise ValueError(1)
def g():
    try:
        f()
    except ValueError as e:
        raise ExceptionGroup("group", [e, TypeError("t"), ExceptionGroup("sub", [KeyError("k")])])
def h():
    try:
        g()
    except* TypeError:
        raise OSError("new")
h()
