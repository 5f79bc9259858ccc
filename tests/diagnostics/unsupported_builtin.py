seen = vars()
print(len(seen))
