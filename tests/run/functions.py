def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))


def add(a, b):
    return a + b


print(add(1, 2), add("a", "b"), add([1], [2]), add(1.5, 2))


def no_return():
    x = 1


print(no_return())


def early(n):
    if n > 0:
        return "positive"
    return


print(early(1), early(-1))


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), fact(25))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(10), is_odd(7))
f = add
print(f(3, 4))
funcs = [add, greet]
print(funcs[0](5, 6))


def mutable_default(x, acc=[]):
    acc.append(x)
    return acc


print(mutable_default(1), mutable_default(2))
print(type(add))
