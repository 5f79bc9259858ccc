seen = set()
for word in ["a", "b", "a"]:
    seen.add(word)
print(len(seen))
