counter = 10


def show(values):
    total = 0
    for v in values:
        totl = total + v
    return totl


print(show([1, 2]))


def broken():
    return countr + 1


try:
    broken()
except NameError as e:
    print("message:", e)
prnt("typo")
