# Import order and cycles: each module's code runs once, at its first import, in CPython's
# order; a module imported again while it runs is seen half made.
print("main starts")
import alpha
print("main: alpha.done =", alpha.done, "beta.seen =", alpha.beta.seen)
import beta
print("main: beta is alpha.beta:", beta is alpha.beta)

try:
    import broken
except ZeroDivisionError as e:
    print("importing broken failed:", e)
import counter
print("attempts after the first failure:", counter.attempts)
try:
    import broken
except ZeroDivisionError as e:
    print("second import runs it again:", e)
print("attempts:", counter.attempts)

try:
    import gamma
except ImportError as e:
    print("ImportError:", e)

try:
    import delta
except AttributeError as e:
    print("AttributeError:", e)
