# json: dumps with indent, sort_keys, separators, ensure_ascii, default, cls; loads with
# hooks; floats and strings exactly as CPython writes them; dump/load with files.
import json
import io

data = {
    "name": "krait",
    "version": [0, 1, 2],
    "ratio": 0.1 + 0.2,
    "big": 10**25,
    "tiny": 1e-07,
    "neg": -0.0,
    "flags": {"fast": True, "safe": False, "extra": None},
    "unicode": "héllo ✓ 😀",
    "escapes": "tab\tquote\"slash\\nl\ncr\rctl\x01",
    "nested": [[], {}, [1, [2, [3]]], {"z": 1, "a": 2}],
    "tuple": (1, "two"),
}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data["nested"], indent=0))
print(json.dumps(data["nested"], indent="\t"))
print(json.dumps(data["flags"], separators=(",", ":")))
print(json.dumps(data["unicode"], ensure_ascii=False), json.dumps(data["unicode"]))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
print(json.dumps({"b": 1, "a": [3, 2]}, sort_keys=True, indent=4))
print(json.dumps({(1, 2): "skipped", "kept": 1}, skipkeys=True))
print(json.dumps(3.0), json.dumps(1e16), json.dumps(123456789.123456789), json.dumps("plain"), json.dumps(None))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps([Point(1, 2)], default=lambda o: {"x": o.x, "y": o.y}))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps({"p": Point(3, 4)}, cls=PointEncoder))
print(PointEncoder(indent=1).encode([Point(5, 6)]))

text = json.dumps(data)
back = json.loads(text)
print(back == {**data, "tuple": [1, "two"]}, type(back["big"]).__name__, back["ratio"])
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\ud83d\\ude00\\n"}'))
print(json.loads("  [1, 2]  "), json.loads('"x"'), json.loads("-0"), json.loads("1E400"), json.loads("NaN"))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads("[1.5, 2]", parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads(b'{"bytes": true}'), json.loads(bytearray(b"[1]")))
print(json.loads('{"dup": 1, "dup": 2}'))

buf = io.StringIO()
json.dump({"saved": [1, 2, 3]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
