total = 0
for i in range(100000):
    total += i
print(total)
acc = 0.0
for i in range(1000):
    acc += i / 3
print(acc)
words = []
for w in "one two three".split():
    words.append(w.upper())
print(words)
