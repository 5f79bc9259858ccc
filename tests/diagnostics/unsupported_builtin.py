seen = locals()
print(len(seen))
print(vars())
