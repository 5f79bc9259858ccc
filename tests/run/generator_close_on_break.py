def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers closed")

for n in numbers():
    if n == 2:
        break
print("after break")

def first_big(limit):
    for n in numbers():
        if n > limit:
            return n
print(first_big(3))

for n in numbers():
    pass
print("exhausted")

def lines():
    print("open")
    try:
        yield "a"
        yield "b"
    finally:
        print("close")
for line in lines():
    for ch in line:
        break
    continue
print([x for x in numbers() if x < 2][:1])
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("fin", tag)

for i, x in enumerate(g("enumerate")):
    break
print("after enumerate")
for a, b in zip(g("zip-a"), g("zip-b")):
    break
print("after zip")
for v in map(str, g("map")):
    break
print("after map")
for v in filter(None, g("filter")):
    break
print("after filter")
