def outer(values):
    def inner(xs):
        scale = lambda v: 100 / v
        return list(map(scale, xs))
    return inner(values)


print(outer([1, 2, 4]))
print(outer([5, 0, 1]))
