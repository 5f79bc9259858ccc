squares = [x * x for x in range(5) if x % 2 == 0]
print(squares)
