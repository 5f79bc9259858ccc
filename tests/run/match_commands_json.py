def handle(msg):
    match msg:
        case {"type": "move", "to": {"x": int(x), "y": int(y)}}:
            return f"move to {x},{y}"
        case {"type": "move", "to": [x, y]}:
            return f"move (list) to {x},{y}"
        case {"type": "say", "text": str(text)} if len(text) > 10:
            return f"long speech ({len(text)} chars)"
        case {"type": "say", "text": str(text)}:
            return f"say {text!r}"
        case {"type": "batch", "items": [first, *rest]}:
            return f"batch: {handle(first)} (+{len(rest)} more)"
        case {"type": "batch", "items": []}:
            return "empty batch"
        case {"type": kind, **extra} if extra:
            return f"unknown {kind} with {sorted(extra)}"
        case {"type": kind}:
            return f"unknown {kind}"
        case [("ping" | "pong") as p, int(n)]:
            return f"{p} #{n}"
        case str() | bytes():
            return "raw text"
        case _:
            return "invalid"


messages = [
    {"type": "move", "to": {"x": 1, "y": 2}},
    {"type": "move", "to": {"x": 1.5, "y": 2}},
    {"type": "move", "to": [3, 4]},
    {"type": "say", "text": "hi"},
    {"type": "say", "text": "a much longer speech"},
    {"type": "say", "text": 42},
    {"type": "batch", "items": [{"type": "say", "text": "x"}, {}, {}]},
    {"type": "batch", "items": []},
    {"type": "jump", "height": 3},
    {"type": "jump"},
    ["ping", 3],
    ("pong", 4),
    ["ping", "x"],
    "hello",
    b"bytes",
    None,
    42,
]
for m in messages:
    print(handle(m))
