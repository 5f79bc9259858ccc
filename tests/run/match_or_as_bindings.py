def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take" | "grab", item] | ["pick", "up", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["look"] | ["l"]:
            return "looking"
        case [("quit" | "exit") as word, *rest]:
            return f"bye via {word} {rest}"
        case [single]:
            return f"unknown verb {single}"
        case []:
            return "empty"
        case _:
            return "confused"


for c in ["go north", "go up", "take lamp", "grab key", "pick up coin", "drop a b", "drop",
          "look", "l", "quit now", "exit", "dance", "", "a b c d"]:
    print(repr(c), "->", classify(c))


def nums(v):
    match v:
        case 0 | 1 | 2 as small:
            return ("small", small)
        case (int() | float()) as num if num > 100:
            return ("big", num)
        case [int() as a, int() as b] as pair:
            return ("pair", a, b, pair)
        case {"x": int() | float() as x, **rest}:
            return ("point", x, rest)
        case -1:
            return "minus one"
        case 1.5 | -2.5:
            return "float literal"
        case "a" "b":
            return "concatenated literal"
    return None


for v in [0, 2, 3, 150, 150.5, [1, 2], [1, "x"], {"x": 3, "y": 4}, {"x": "s"}, -1, 1.5, -2.5, "ab", True]:
    print(v, nums(v))

x = "outer"
match 42:
    case x:
        pass
print("capture rebinds:", x)

match (1, (2, 3)):
    case (a, (b, c) as inner) as whole:
        print(a, b, c, inner, whole)

match {"name": "n", "tags": ["t1", "t2"]}:
    case {"name": str(name), "tags": [*tags]}:
        print(name, tags)
