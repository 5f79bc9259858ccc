def counter(start):
    count = start
    def inc(step):
        nonlocal count
        count += step
        return count
    return inc


print(counter(1)(2))
