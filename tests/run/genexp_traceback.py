def total(xs):
    return sum(1 / x for x in xs)
print(total([1, 2]))
print(total([1, 0]))
