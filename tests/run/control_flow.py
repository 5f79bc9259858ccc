for i in range(3):
    if i == 0:
        print("zero")
    elif i == 1:
        print("one")
    else:
        print("other")
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 4:
        break
    print("n", n)
else:
    print("never")
for i in range(3):
    pass
else:
    print("loop else", i)
for i in range(10, 0, -3):
    print(i, end=",")
print()
for i in range(2, 10, 4):
    print(i)
for i in range(0):
    print("no")
k = 0
while True:
    k += 1
    if k > 3:
        break
print(k)
for c in "hi":
    for d in "ab":
        if d == "b":
            break
        print(c + d)
for i in range(5):
    if i == 10:
        break
else:
    print("completed")
