row = [1, 2, 3]
print(*row)
print(*row, sep=", ")
print("start", *"abc", "end", *(4, 5))
print(*[])
pairs = [(1, "a"), (2, "b")]
for p in pairs:
    print(*p, sep="=")


def area(w, h, unit="m"):
    return f"{w * h} {unit}^2"


dims = (3, 4)
print(area(*dims))
print(area(*dims, unit="cm"))
print(area(2, *[5]))
print(max(*row), min(*row, 0), list(zip(*[[1, 2], [3, 4]])))
try:
    area(*[1, 2, 3, 4])
except TypeError as e:
    print(e)
print(*range(3), *{"k": 1})
