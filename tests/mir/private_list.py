# A list only this function can reach: its elements are floats, read unboxed.
def scale(n: int) -> float:
    xs = []
    for i in range(n):
        xs.append(i * 0.5)
    total = 0.0
    for x in xs:
        total += x * 2.0
    return total + xs[0]


print(scale(4))
