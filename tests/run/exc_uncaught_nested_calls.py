def level3(x):
    return int(x)


def level2(x):
    return level3(x) * 2


def level1(xs):
    total = 0
    for x in xs:
        total += level2(x)
    return total


print(level1(["1", "2"]))
print(level1(["3", "four"]))
