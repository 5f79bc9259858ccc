def numbers(limit):
    for i in range(limit):
        yield 10 // (3 - i)


def consume(limit):
    total = 0
    for n in numbers(limit):
        total += n
        print("got", n)
    return total


print(consume(3))
print(consume(5))
