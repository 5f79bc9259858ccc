def make_callbacks():
    return [lambda: i for i in range(3)]


print([f() for f in make_callbacks()])
