def add(a, b=1, *, scale=1):
    "Add with a scale."
    return (a + b) * scale


def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    composed.__name__ = "composed_" + "_".join(f.__name__ for f in fs)
    return composed


ops = {"add": add, "neg": lambda x: -x, "abs": abs, "str": str}
print(ops["add"](2, 3), ops["neg"](4), ops["abs"](-2), ops["str"](5))
print(add.__name__, add.__qualname__, add.__doc__, add.__defaults__, add.__kwdefaults__, add.__module__)
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), inc_then_double.__name__)
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
value = "  Hello World  "
for step in pipeline:
    value = step(value)
print(value)


def make_multiplier(n):
    def multiply(x):
        return x * n
    multiply.__doc__ = f"Multiply by {n}."
    return multiply


triple = make_multiplier(3)
print(triple(7), triple.__doc__, triple.__qualname__, make_multiplier.__code__.co_name if hasattr(make_multiplier, "__code__") else "make_multiplier")
methods = [str.upper, "x".join, [3, 1, 2].index, {"k": 1}.get]
print([m("ab") if m is not [3, 1, 2].index else m(1) for m in methods[:2]], methods[2](2), methods[3]("k"))
bound = "a-b-c".split
print(bound("-"), bound.__name__, bound.__self__)
print(sorted(["bb", "a", "ccc"], key=len), max([1, -5, 3], key=abs), list(map(add, [1, 2], [10, 20])))
print(callable(add), callable(ops), callable(str.upper), callable(None), callable(type))
funcs = []
for name in ("x", "y"):
    def show(name=name):
        return name
    funcs.append(show)
print([f() for f in funcs], funcs[0] is not funcs[1], funcs[0].__name__)
print((lambda *a, **k: (a, k))(1, 2, z=3), (lambda: "immediate")())
