def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = make_counter()
print(c(), c(), c())
d = make_counter()
print(d(), c())

def adder(n):
    return lambda x: x + n

add5 = adder(5)
print(add5(10), adder(1.5)(2))

def outer():
    x = 1
    def middle():
        def inner():
            return x * 10
        return inner()
    x = 2
    return middle()
print(outer())

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())

def early():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [f() for f in fs]
print(early())

def fib_maker():
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib
print(fib_maker()(20))

def unbound():
    def g():
        return y
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    y = 3
    return g()
print(unbound())

def param_cell(a, b=2):
    def g():
        return a + b
    a = a * 100
    return g()
print(param_cell(1))
print(make_counter.__name__, make_counter().__qualname__, adder(1).__qualname__)
f = make_counter()
print(type(f.__closure__), len(f.__closure__), f.__closure__[0].cell_contents)
f()
print(f.__closure__[0].cell_contents)
print(make_counter.__closure__)
