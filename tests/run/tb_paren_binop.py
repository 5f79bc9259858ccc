a = 1
b = 3
print((a + 2) / (b - 3))
