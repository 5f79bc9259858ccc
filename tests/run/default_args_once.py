calls = 0


def make_default():
    global calls
    calls += 1
    return calls * 10


def f(x=make_default()):
    return x


print(f(), f(), f(1), calls)


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []))
