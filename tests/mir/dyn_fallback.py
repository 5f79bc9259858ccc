def pick(flag):
    if flag:
        x = 1
    else:
        x = "one"
    return x


print(pick(True), pick(False))
