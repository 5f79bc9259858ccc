# send() drives a coroutine-style generator; the first send must be None.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)

a = averager()
print(a.send(None))
for v in [10, 20, 5.5, 4.5]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as stop:
    print("returned", stop.value, stop.args)

b = averager()
try:
    b.send(3)
except TypeError as e:
    print("TypeError:", e)
print(next(b), b.send(2), b.send(4))
b.close()
print(next(b, "closed and exhausted"))
