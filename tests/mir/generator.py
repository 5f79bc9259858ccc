def squares(n):
    for i in range(n):
        yield i * i


print(sum(x + 1 for x in squares(4)))
