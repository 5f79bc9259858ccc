def total(n: int) -> float:
    s: float = 0.0
    x: float = 0.0
    for i in range(n):
        s += x
        x += 0.5
    return s


print(total(10_000_000))
