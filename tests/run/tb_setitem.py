data = [0, 1, 2]
data[1] = 10
data[7] = 70
