with open("f") as f:
    pass
squares = (x * x for x in range(3))
