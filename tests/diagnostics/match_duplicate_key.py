# Literal keys repeated in a mapping pattern are a SyntaxError when compiling (CPython: "mapping pattern checks duplicate key").
match {"a": 1}:
    case {1: _, True: _}:
        pass
    case {b"x\xff": 1, 2.0: 3, b"x\xff": 2}:
        pass
