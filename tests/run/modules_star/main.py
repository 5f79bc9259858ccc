# `from module import *` (with and without `__all__`), a module's `__getattr__` (PEP 562),
# `if __name__ == "__main__":`, and the script imported by name (a second, separate module).
from geometry import *
from units import *
import lazy


def defined(name):
    try:
        eval_name(name)
        return True
    except NameError:
        return False


def eval_name(name):
    # Each name a star import may have bound, read by name.
    if name == "_helper":
        return _helper
    if name == "math":
        return math
    if name == "INCH":
        return INCH
    if name == "internal":
        return internal


print(area(3, 4), perimeter(3, 4), ORIGIN)
print(defined("_helper"), defined("math"), defined("INCH"), defined("internal"))
print(to_cm(2))
print(lazy.answer, lazy.dynamic_thing)
try:
    lazy.nothing
except AttributeError as e:
    print("AttributeError:", e)

STATE = "set by " + __name__
import main
print(main.__name__, __name__, main.STATE, STATE)

if __name__ == "__main__":
    print("running as the script")
else:
    print("imported as", __name__)
