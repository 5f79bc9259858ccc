# The counting idiom d[k] = d.get(k, 0) + 1, over every kind of dict, key and count.


def count_words(text):
    freq = {}
    for w in text.split():
        freq[w] = freq.get(w, 0) + 1
    return freq


print(count_words("a b a c b a"))

ints = {}
for i in [3, 1, 3, 3, -7, 1]:
    ints[i] = ints.get(i, 10) + 5
print(ints)

mixed = {1.0: 0.5, True: 7, "x": 2**62, "y": [1]}
for k in [1, 1.0, True, "x", "x"]:
    mixed[k] = mixed.get(k, 0) + 1
print(mixed, type(mixed["x"]))
try:
    k = "y"
    mixed[k] = mixed.get(k, 0) + 1
except TypeError as e:
    print("TypeError:", e)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print("hash", self.name)
        return hash("spam")

    def __eq__(self, other):
        print("eq", self.name, other)
        return other == "spam"

    def __repr__(self):
        return f"Noisy({self.name})"


d = {Noisy("n1"): 1}
k = "spam"
d[k] = d.get(k, 0) + 1
print(d)


class Sub(str):
    pass


s = {Sub("q"): 1}
k = "q"
s[k] = s.get(k, 0) + 1
print(s)


class Tally(dict):
    def get(self, key, default=None):
        print("Tally.get", key)
        return super().get(key, default)

    def __setitem__(self, key, value):
        print("Tally.set", key, value)
        super().__setitem__(key, value)


t = Tally()
k = "a"
t[k] = t.get(k, 0) + 1
t[k] = t.get(k, 0) + 1
print(t)


class Counter:
    def __init__(self):
        self.data = {}

    def get(self, key, default):
        return self.data.get(key, default) * 2

    def __setitem__(self, key, value):
        self.data[key] = value


c = Counter()
k = "z"
c[k] = c.get(k, 1) + 1
c[k] = c.get(k, 1) + 1
print(c.data)

big = {"n": 2**62 - 1}
k = "n"
big[k] = big.get(k, 0) + 1
print(big, big[k] - 2**62)


def unhashable():
    d = {}
    k = [1]
    d[k] = d.get(k, 0) + 1


try:
    unhashable()
except TypeError as e:
    print("TypeError:", e)


def unbound():
    k = "a"
    counts[k] = counts.get(k, 0) + 1


try:
    unbound()
except NameError as e:
    print("NameError:", e)
counts = {}
unbound()
unbound()
print(counts)
