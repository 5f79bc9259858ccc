def deep(n):
    if n == 0:
        raise KeyError("bottom")
    raise ExceptionGroup(f"level {n}", [deep_call(n - 1), ValueError(n)])

def deep_call(n):
    try:
        deep(n)
    except BaseException as e:
        return e

raise deep_call(12)
