"""A small shop."""
print("shop/__init__ runs as", __name__)
VERSION = (1, 2)


def describe():
    # `cart` is bound here once the submodule has been imported.
    return f"shop {VERSION} with {cart.__name__}"
