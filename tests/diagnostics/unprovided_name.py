# Names CPython's standard library has and krait's does not are compile-time errors, whether
# imported from the module or read as its attribute; names CPython lacks too stay run-time
# AttributeErrors, as in CPython.
import os
import statistics as stats
from collections import Counter, UserDict


def spawn():
    return os.fork()


dist = stats.NormalDist(0, 1)
print(os.getcwd(), Counter(), stats.mean([1, 2]))
try:
    os.no_such_function()
except AttributeError as e:
    print(e)
