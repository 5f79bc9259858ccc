def f(a, b, c=3):
    return a + b + c


def attempt(g):
    try:
        return g()
    except TypeError as e:
        return str(e)


calls = [
    1,
]
funcs = [f]
g = funcs[0]
print("start")
try:
    g(1)
except TypeError as e:
    print(e)
try:
    g(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    g(1, 2, d=5)
except TypeError as e:
    print(e)
try:
    g(1, 2, a=5)
except TypeError as e:
    print(e)
try:
    g()
except TypeError as e:
    print(e)
print(g(1, 2), g(1, b=2, c=0))
