counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print(counter)
total = 10


def read_global():
    return total * 2


print(read_global())


def shadow():
    total = 5
    return total


print(shadow(), total)


def set_new():
    global created
    created = "yes"


set_new()
print(created)
