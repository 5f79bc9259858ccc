MISSING = object()
other = object()
print(MISSING == MISSING, MISSING == other, MISSING is MISSING, MISSING != other)
print(type(MISSING) is object, type(MISSING).__name__, isinstance(MISSING, object))
print(bool(MISSING), hash(MISSING) == hash(MISSING))
d = {MISSING: 1, other: 2}
print(d[MISSING], d[other], len({MISSING, other, MISSING}))
r = repr(MISSING)
print(r.startswith("<object object at 0x"), str(MISSING) == r)
def get(d, k, default=MISSING):
    v = d.get(k, MISSING)
    if v is MISSING:
        if default is MISSING:
            raise KeyError(k)
        return default
    return v
print(get({"a": 1}, "a"), get({}, "b", 5))
try:
    get({}, "c")
except KeyError as e:
    print("KeyError", e)
try:
    MISSING.x = 1
except AttributeError as e:
    print(e)
try:
    MISSING.y
except AttributeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
try:
    MISSING < other
except TypeError as e:
    print(e)
print(MISSING.__class__, f"{MISSING!s}"[:8])
print(sorted([3, 1], key=lambda x: x) , [MISSING].count(MISSING), [MISSING].index(MISSING))
