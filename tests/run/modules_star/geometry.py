import math

ORIGIN = (0, 0)


def area(w, h):
    return w * h


def perimeter(w, h):
    return 2 * (w + h) + _helper()


def _helper():
    return 0
