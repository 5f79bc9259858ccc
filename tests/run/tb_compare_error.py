values = [3, "a"]
if values[0] < values[1]:
    print("less")
