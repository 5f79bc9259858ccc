# Classes deriving from list: own methods and attributes, overrides reaching list's through super().
class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        return self[-1] if self else None

class History(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
        self.appends = 0

    def append(self, item):
        self.appends += 1
        super().append(item)

    def __repr__(self):
        return f"History({self.name!r}, {list(self)!r})"

class Clamped(list):
    def __getitem__(self, i):
        if isinstance(i, int):
            i = max(0, min(i, super().__len__() - 1))
        return super().__getitem__(i)

    def __setitem__(self, i, value):
        super().__setitem__(i, value * 10)

    def __contains__(self, x):
        return super().__contains__(x) or x == "anything"

    def __len__(self):
        return super().__len__() + 100

s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), isinstance(s, Stack))
print(s.pop(), s, Stack([4, 5]), Stack("ab"), Stack().peek())
print(s == [1, 2], s + [9], [0] + s, s * 2, sorted(Stack([3, 1, 2])), list(reversed(s)))
print(type(s + [9]).__name__, type(s[:1]).__name__, type(s.copy()).__name__)

h = History("events", [1])
h.append("a")
h.append("b")
h.extend(["c"])
print(h, h.appends, h.name, len(h), str(h), h.__dict__)
print(f"{h}", [x for x in h], h[1:], h.index("b"), "a" in h)

c = Clamped([1, 2, 3])
print(c[99], c[-5], c[0:2], 2 in c, "anything" in c, 7 in c, len(c), bool(Clamped()))
c[0] = 5
print(list(c), c)

s.label = "mine"
print(s.label, getattr(s, "missing", "default"), hasattr(s, "label"))
try:
    s.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(Stack.__mro__, Stack.__bases__)
print(s.sort.__name__, Stack.push.__name__)
s.sort(reverse=True)
print(s)
for x in Stack([7, 8]):
    print("iter", x)
