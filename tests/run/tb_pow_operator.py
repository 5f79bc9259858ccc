def power(x, y):
    return x ** y


print(power(2, 3))
print(power(0.0, -1))
