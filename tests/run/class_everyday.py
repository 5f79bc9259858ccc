# Classes in everyday use: __str__/__repr__/__format__ in output, sorting by __lt__ and key,
# linked structures, __getattr__ fallbacks and proxies.
class Item:
    count = 0
    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty
        self.__class__.count += 1
    def total(self):
        return self.price * self.qty
    def __str__(self):
        return f"{self.name} x{self.qty}"
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"
    def __lt__(self, other):
        return self.total() < other.total()
    def __format__(self, spec):
        return format(self.name, spec)
items = [Item("apple", 0.5, 10), Item("pear", 0.75, 2), Item("melon", 3.0)]
print(items)
print(f"{items[0]}", f"{items[1]:>10}|", str(items[2]), "%s" % items[0], "{}".format(items[1]))
print(sorted(items), max(items), min(items, key=lambda i: i.name))
print(sum([i.total() for i in items]), Item.count, {i.name: i.total() for i in items})
print(items[0] in items, Item("apple", 0.5, 10) in items)
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
head = None
for v in range(5):
    head = Node(v, head)
vals = []
while head:
    vals.append(head.value)
    head = head.next
print(vals)
class Plain:
    pass
p = Plain()
print(f"{p!r}"[:17], format(p, "") == str(p))
try:
    format(p, ">5")
except TypeError as e:
    print("TypeError:", e)
class Dyn:
    def __getattr__(self, name):
        return name.upper()
d = Dyn()
d.real = 1
print(d.real, d.virtual, getattr(d, "other"), hasattr(d, "x"))
class Tree:
    def __init__(self):
        self.children = []
    def add(self, t):
        self.children.append(t)
        return self
    def size(self):
        return 1 + sum([c.size() for c in self.children])
print(Tree().add(Tree().add(Tree())).add(Tree()).size())
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        return getattr(self.target, name)
px = Proxy([3, 1, 2])
px.sort()
print(px.target, px.count(1), px.index(2))
try:
    px.nothing()
except AttributeError as e:
    print("AttributeError:", e)
