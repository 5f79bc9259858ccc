def make_adder(n):
    return lambda x: x + n


print(make_adder(1)(2))
