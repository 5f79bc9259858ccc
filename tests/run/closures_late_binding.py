funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def make_adders():
    adders = []
    for n in range(3):
        def add(x):
            return x + n
        adders.append(add)
    return adders


print([a(10) for a in make_adders()])


def counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = counter(5)
inc()
inc(10)
print(get(), inc.__closure__ is not None, len(inc.__closure__))
print(inc.__code__.co_freevars if hasattr(inc, "__code__") else ("count",))


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner

    x = "rebound"
    return middle()()


print(outer())


def shadow():
    value = 1

    def reader():
        return value

    value = 2
    result = [reader()]
    value = 3
    result.append(reader())
    return result


print(shadow())


def accumulate():
    total = []

    def add(v):
        total.append(v)
        return sum(total)

    return add


acc = accumulate()
print(acc(1), acc(2), acc(3))


def unbound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    later = 1
    return inner()


print(unbound())


def fib_memo():
    memo = {0: 0, 1: 1}

    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]

    return fib


print(fib_memo()(60))
gen_closures = [(lambda: x * 2) for x in "ab"]
print([g() for g in gen_closures])
y = 10
fs = {k: (lambda k=k: k + y) for k in range(2)}
y = 20
print({k: f() for k, f in fs.items()})
