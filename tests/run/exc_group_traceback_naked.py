def f():
    raise ValueError("naked")
def g():
    try:
        f()
    except* ValueError:
        print("in handler")
        raise
g()
