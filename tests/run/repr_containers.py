# repr and str of nested containers: quotes, escapes, floats, empty and one-item forms
data = {"name": "O'Brien", "quote": 'say "hi"', "both": "it's \"x\"", "tab": "a\tb", "uni": "héllo\u200b",
        "nums": [1, 2.0, -0.0, 1e16, 1.5e-7, float("inf"), 10**20], "t1": (1,), "t0": (), "e": [[], {}, set()],
        (1, "k"): {frozenset({1}): None}, None: [True, False], 2.5: b"by'tes", "nested": [[[["deep"]]]]}
print(data)
print(repr(data["name"]), str(data["name"]), repr(data["both"]), [data["tab"]], (data["uni"],))
print(str([1, "a"]), repr(["a\\b"]), str(("x",)), repr({"k": "v"}), str({1: (2, [3, {4}])}))
x = [1, 2]
x.append(x)
d = {"self": None}
d["self"] = d
t = ([],)
t[0].append(t)
print(x, d, t, repr(x), str(d))
print(repr("'"), repr('"'), repr("'\""), repr("\\"), repr("\n\r\x00\x7f\x80"), ascii("é'"))
print([1.0, 1.10, 100.0, 0.1 + 0.2, 1 / 3, 2**0.5, 1e22, 1e-5, 123456789012345678.0])
print({1, 2, 3}, frozenset({"a"}), {(): ()}, [None, ...], Ellipsis is ..., NotImplemented, type(...).__name__, (1, (2, (3,))))
def placeholder():
    ...
print(placeholder(), bool(...), ... == Ellipsis, str(...), hash(...) == hash(Ellipsis))
