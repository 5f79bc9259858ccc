def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")


find([1, 2, 3], 2)
find([1, 2, 3], 7)
find([], 1)

n = 10
while n > 0:
    n -= 3
    if n == 5:
        break
else:
    print("while else", n)

n = 7
while n > 0:
    n -= 3
    if n == 5:
        break
else:
    print("while else", n)

for i in range(3):
    for j in range(3):
        if i * j == 2:
            break
    else:
        print("inner finished", i)
        continue
    print("broke at", i, j)

for x in range(4):
    if x % 2:
        continue
    print("even", x)
else:
    print("loop done")


def primes(limit):
    out = []
    for n in range(2, limit):
        for p in out:
            if n % p == 0:
                break
        else:
            out.append(n)
    return out


print(primes(40))


def early():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("finally", i)
    else:
        return -1


print(early())
