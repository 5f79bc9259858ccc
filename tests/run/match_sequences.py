# Sequence patterns: fixed length, star captures, nesting, and what counts as a sequence.
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y] if x == y:
            return f"pair of equal {x}"
        case [int() as a, int() as b]:
            return f"two ints {a + b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} between)"
        case [first, *rest]:
            return f"head {first} tail {rest}"
        case (("a" | "b") as letter, [*inner]):
            return f"letter {letter} then list {inner}"
        case _:
            return "not a sequence pattern"

for v in [[], [1], (2, 2), [3, 4], [1, 2, 3, 4, 5], (9, "x"), range(3), "ab", b"ab", {"a": 1}, 5, ("a", [1, 2]), ["b", (3,)]]:
    print(repr(v), "->", shape(v))

def unpack(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "nothing"

for c in ["go north", "pick up sword shield", "pick up", "quit", "exit", "dance wildly", ""]:
    print(repr(c), "->", unpack(c))
