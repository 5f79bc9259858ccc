

def seq(v):
    match v:
        case "abc":
            return "the string abc"
        case [a, b, *mid, y, z]:
            return f"long {a}{b} {mid} {y}{z}"
        case (a, b, c):
            return f"three {a} {b} {c}"
        case [*all_]:
            return f"any seq {all_}"
        case _:
            return "not a sequence"


for v in ["abc", "xyz", b"ab", bytearray(b"ab"), [1, 2, 3, 4, 5, 6], range(4), (7, 8, 9), [1], [], iter([1]), {1: 2}]:
    print(type(v).__name__, seq(v))


def mapping(v):
    match v:
        case {"type": "a", **rest} if not rest:
            return "bare a"
        case {"type": "a", "n": n, **rest}:
            return f"a with n={n} rest={rest}"
        case {1: one, 2.0: two}:
            return f"numeric keys {one} {two}"
        case {}:
            return f"some mapping of {len(v)}"
        case _:
            return "not a mapping"


for v in [{"type": "a"}, {"type": "a", "n": 1, "z": 2}, {1: "x", 2: "y"}, {True: "t", 2: "u"},
          {}, [("type", "a")], "type"]:
    print(mapping(v))

class Seqish:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


match Seqish():
    case [a, b]:
        print("user seq?", a, b)
    case _:
        print("user class with __getitem__ is not a Sequence")

