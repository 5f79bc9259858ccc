import delta
print(delta.missing)
