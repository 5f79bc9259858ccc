class Buggy:
    items = []

    def add(self, x):
        self.items.append(x)


a, b = Buggy(), Buggy()
a.add(1)
b.add(2)
print(a.items, b.items, Buggy.items, a.items is b.items)


class Fixed:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)


c, d = Fixed(), Fixed()
c.add(1)
print(c.items, d.items)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

    def bump_wrong(self):
        self.count += 100
        return self.count


x, y = Counter(), Counter()
print(Counter.count, x.id, y.id, x.bump_wrong(), Counter.count, x.count, y.count)
del x.count
print(x.count)


def append_to(v, target=[]):
    target.append(v)
    return target


print(append_to(1), append_to(2), append_to(3, []), append_to(4))


class Config:
    defaults = {"a": 1}

    def __init__(self, **overrides):
        self.values = {**self.defaults, **overrides}


print(Config(b=2).values, Config().values, Config.defaults)
