import functools

def repeat(n):
    def wrap(f):
        def inner(*args, **kwargs):
            out = None
            for _ in range(n):
                out = f(*args, **kwargs)
            return out
        inner.__name__ = f.__name__
        return inner
    return wrap

@repeat(3)
def hello(name, punct="!"):
    print("hello", name + punct)
    return len(name)

print(hello("bob"), hello("al", punct="?"))
print(hello.__name__)

def logged(f):
    calls = []
    def inner(*a):
        calls.append(a)
        return f(*a)
    inner.calls = calls
    return inner

@logged
def add(a, b):
    return a + b
add(1, 2); add(3, 4)
print(add.calls)

class Acc:
    def __init__(self):
        self.total = 0
    def adder(self):
        def add(x):
            self.total += x
            return self.total
        return add
    key = lambda self: self.total

a = Acc()
f = a.adder()
f(3); f(4)
print(a.total, a.key(), Acc.key.__qualname__, f.__qualname__)

counter = 100
def bump():
    def g():
        global counter
        counter += 1
    g(); g()
bump()
print(counter)

def deleter():
    x = 5
    def g():
        return x
    del x
    try:
        g()
    except NameError as e:
        print(e)
    try:
        print(x)
    except UnboundLocalError as e:
        print(e)
deleter()

curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))

def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, lambda v: v * 2, abs)(-21))

def scale_all(xs, k):
    return [x * k for x in xs if x > k], list(map(lambda x: x - k, xs))
print(scale_all([1, 5, 9], 2))

def main():
    memo = {}
    def cost(n):
        if n in memo:
            return memo[n]
        r = n if n < 2 else cost(n - 1) + cost(n - 2)
        memo[n] = r
        return r
    print(cost(90), len(memo))
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(10):
        add(i)
    print(total)
main()

def shadow():
    x = "outer"
    def g():
        x = "inner"
        return x
    return g(), x
print(shadow())

def nl_chain():
    v = 0
    def a():
        def b():
            nonlocal v
            v += 10
        b()
        return v
    return a(), v
print(nl_chain())

print(functools.reduce(lambda acc, x: acc * x, [1, 2, 3, 4]))
def mk():
    return [lambda: 1, lambda: 2]
print([g() for g in mk()])
print(repr(lambda: 0)[:18])
