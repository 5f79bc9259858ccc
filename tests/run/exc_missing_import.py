def root(x):
    return math.sqrt(x)


print("computing")
print(root(2))
