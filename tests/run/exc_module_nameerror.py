print("before")
print(not_defined_anywhere)
