n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
i = 0
while i < 3:
    i += 1
else:
    print("while else", i)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print(i)
else:
    print("not printed")
queue = [1, 2, 3]
while queue:
    print(queue.pop(0))
