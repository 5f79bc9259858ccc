# len() of every sized builtin, and the error for the rest.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for v in ["", "héllo", b"ab", bytearray(3), [], [1, [2]], (), (1,), {}, {1: 2}, set(), frozenset((1, 2)), range(10), range(0, 10, 3),
          {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), range(-5)]:
    print(repr(v), len(v))
t(lambda: len(5))
t(lambda: len(1.5))
t(lambda: len(None))
t(lambda: len(True))
t(lambda: len(iter([1])))
t(lambda: len(len))
t(lambda: len())
t(lambda: len([], []))
t(lambda: len(range(2**100)))
t(lambda: len(x=[]))
for it in [iter(""), iter("é"), iter(b""), iter(bytearray()), iter(()), iter(range(1)), iter({}), iter({}.values()), iter({}.items()), iter(set()), enumerate([]), zip(), map(abs, []), filter(None, [])]:
    t(lambda: len(it))
