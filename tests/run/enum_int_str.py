from enum import Enum, IntEnum, StrEnum, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = "X-Custom"

class Level(IntEnum):
    DEBUG = auto()
    INFO = auto()
    WARN = 10
    ALSO_WARN = 10

p = Priority.MEDIUM
print(p, repr(p), str(p), f"{p}", f"{p:>3}", format(p, "03d"), p.name, p.value, type(p).__name__)
print(p == 2, p < Priority.HIGH, p + 1, type(p + 1).__name__, p * 10, [10, 20, 30][p], {2: "two"}[p], hash(p) == hash(2))
print(isinstance(p, int), isinstance(p, Priority), Priority(3), Priority["LOW"], list(Priority), len(Priority))
print(sorted([Priority.HIGH, 1, Priority.LOW]), max(Priority), sum(Priority), 2 in Priority, Priority.LOW in Priority)
print(Method.GET, repr(Method.POST), Method.CUSTOM, Method.GET == "get", Method.GET.upper(), f"[{Method.POST}]")
print(list(Method), Method("post"), Method.GET + "!", isinstance(Method.GET, str), Method.GET.value, len(Method.CUSTOM))
print(Level.DEBUG, Level.INFO, Level.WARN, Level.ALSO_WARN is Level.WARN, list(Level), Level(10).name)
print({Priority.LOW: "low"}[1], {1: "one"}.get(Priority.LOW), Priority.HIGH // 2, -Priority.LOW, int(Priority.HIGH))
print(Priority.__mro__)
try:
    Priority(7)
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad(IntEnum):
        A = "x"
except ValueError as e:
    print("ValueError:", e)

class Color(Enum):
    RED = 1
print(Color.RED, str(Color.RED), f"{Color.RED}", Color.RED == 1)
