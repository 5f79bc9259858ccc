count = 5
for item in count:
    print(item)
