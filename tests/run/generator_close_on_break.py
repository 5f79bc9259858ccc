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
