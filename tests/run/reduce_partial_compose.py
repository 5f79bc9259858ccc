from functools import partial, reduce
import operator

power = partial(pow, exp=2) if False else partial(pow, 2)
print(power(10), partial(int, base=2)("1011"), partial(print, sep="-")("a", "b") or "printed")
p = partial(sorted, key=len)
print(p(["ccc", "a", "bb"]), p(["x", "yy"], reverse=True), p.func is sorted, p.args, p.keywords)
pp = partial(partial(max, key=abs), -10)
print(pp(3, -4), pp.func, pp.args if False else "nested partial flattened?", type(pp).__name__)
print(reduce(operator.add, range(5)), reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0))
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2]), reduce(operator.or_, [{1}, {2}, {1, 3}]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
print(reduce(operator.add, [], "empty-initial"))


def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns)


inc_sq_str = compose(lambda x: x + 1, lambda x: x * x, str)
print(inc_sq_str(3), type(inc_sq_str(3)).__name__)
adders = [partial(operator.add, n) for n in range(3)]
print([a(10) for a in adders], repr(partial(operator.mul, 3))[:30])
