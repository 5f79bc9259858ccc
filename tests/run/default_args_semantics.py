import time

calls = []


def stamp():
    calls.append("evaluated")
    return len(calls)


def f(x=stamp(), *, y=stamp()):
    return x, y


print(calls, f(), f(10), f(y=0), calls)


def g(items=None):
    if items is None:
        items = []
    items.append(1)
    return items


print(g(), g(), g([5]))


def h(d={}):
    d[len(d)] = True
    return d


print(h(), h(), h is not None, h.__defaults__)
x = 5


def late(v=x):
    return v


x = 99
print(late(), late.__defaults__)


class Widget:
    def __init__(self, name, tags=[]):
        self.name = name
        self.tags = tags

    def tag(self, t):
        self.tags.append(t)
        return self


a = Widget("a").tag("red")
b = Widget("b")
print(b.tags, a.tags is b.tags, Widget.__init__.__defaults__)


def kwonly(*, a=1, b):
    return a, b


print(kwonly(b=2), kwonly.__kwdefaults__, kwonly.__defaults__)
lam = lambda p, q=[]: q.append(p) or q
print(lam(1), lam(2), lam(3, []))
