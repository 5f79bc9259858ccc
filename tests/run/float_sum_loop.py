def total(n: int) -> float:
    s: float = 0.0
    for i in range(n):
        s += i * 0.5
    return s


def mean(xs):
    return sum(xs) / len(xs)


print(total(1000))
print(total(0))
print(mean([1, 2, 3, 4]))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum(range(101)), sum([1, 2.5, 3]))
