answer = 42


def __getattr__(name):
    if name.startswith("dynamic"):
        return f"made {name}"
    raise AttributeError(f"lazy has no {name}")
