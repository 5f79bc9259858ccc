# Classes deriving from dict: __missing__, attribute-style access, overrides and super().
class Counter(dict):
    def __missing__(self, key):
        return 0

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value

class Defaulting(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value

class LowerKeys(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __repr__(self):
        return "LowerKeys(" + super().__repr__() + ")"

counts = Counter()
for word in "the cat and the hat and the bat".split():
    counts[word] = counts[word] + 1
print(counts, counts["missing"], "missing" in counts, len(counts), type(counts).__name__)
print(counts.get("zzz"), counts.get("the"), sorted(counts.items()), dict(counts) == counts)

cfg = AttrDict(host="localhost", port=8080)
cfg.debug = True
print(cfg.host, cfg.port, cfg.debug, cfg, sorted(cfg))
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)

groups = Defaulting(list, [("a", [0])])
groups["a"].append(1)
groups["b"].append(2)
print(groups, groups.factory, isinstance(groups, dict))

lk = LowerKeys()
lk["Hello"] = 1
lk["WORLD"] = 2
print(lk, lk["HELLO"], lk.get("hello"), list(lk.keys()), repr(lk), str(lk))
print(Counter({"x": 1}) | {"y": 2}, type(Counter({"x": 1}) | {"y": 2}).__name__)
d = Counter(a=1)
d.update(b=2)
d.note = "attribute"
print(d, d.note, d.__dict__, d.pop("a"), d.setdefault("c", 3), d)
print(Counter.__mro__)
