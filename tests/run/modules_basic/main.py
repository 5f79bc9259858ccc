# The program's own modules: import, from-import, aliases, module variables shared between
# modules, classes and exceptions defined in a module.
import util
import util as u2
from util import square, Point as P, counter
from shapes import Circle, describe

print(util.square(4), square(5), u2 is util)
print(util.counter, counter)
util.bump()
util.bump()
print(util.counter, counter, util.get_counter())

# Assigning a module's variable from outside: its own functions see the new value.
util.counter = 100
util.bump()
print(util.counter, util.get_counter())

# New attributes, and deleting them.
util.extra = "added"
print(util.extra, util.read_extra())
del util.extra
print(hasattr(util, "extra"))

p = P(1, 2)
print(p, type(p), P.__module__, P.__qualname__, square.__module__, square.__qualname__)
print(util.__name__, util.__doc__, __name__)
print(repr(util).startswith("<module 'util' from '"), repr(util).endswith("util.py'>"))
print(type(util).__name__, isinstance(util.Point(0, 0), P))
print(describe(Circle(2.0)))
print(sorted(k for k in vars(util) if not k.startswith("__")))

try:
    util.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from util import nothing
except ImportError as e:
    print("ImportError:", e)

def use_inside():
    import shapes
    return shapes.Circle(1.0).area()

print(round(use_inside(), 3))
print(util.fail.__module__)
util.fail("bad input")
