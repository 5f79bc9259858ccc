def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise LookupError("no such key") from e


load("k")
