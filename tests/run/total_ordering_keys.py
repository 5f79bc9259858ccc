import functools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs), len(set(vs)))
print(Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.1"))
try:
    Version("1.0") < "1.0"
except TypeError as e:
    print("TypeError:", e)


def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words, key=functools.cmp_to_key(compare_len_then_alpha)))
key = functools.cmp_to_key(compare_len_then_alpha)
print(key("ab") < key("abc"), key("b") > key("a"), key("x") == key("x"))
print(sorted(vs, reverse=True), sorted(words, key=lambda w: (-len(w), w)))
