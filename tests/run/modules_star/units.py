__all__ = ["to_cm"]
INCH = 2.54


def to_cm(inches):
    return inches * INCH


def internal():
    pass
