# Many insertions and deletions in dicts, sets and lists keep them consistent (resizing, holes).
d = {}
for i in range(100000):
    d[i] = i * 2
for i in range(0, 100000, 3):
    del d[i]
print(len(d), d[1], d[99998], sum(d.values()) % 1000003, list(d)[:5], list(d)[-3:])
for i in range(0, 100000, 3):
    d[i] = -i
print(len(d), list(d)[-3:], d[0], d[3])
s = set(range(50000))
s -= set(range(0, 50000, 2))
s |= {-1, -2}
print(len(s), min(s), max(s), sum(s))
for x in range(1, 50000, 2):
    s.discard(x)
print(sorted(s))
xs = list(range(20000))
while len(xs) > 10:
    xs.pop(0)
    xs.pop()
    del xs[len(xs) // 2]
print(xs)
ys = []
for i in range(1000):
    ys.insert(0, i)
print(ys[:5], ys[-5:], len(ys))
words = {}
for i in range(30000):
    w = "w" + str(i % 1000)
    words[w] = words.get(w, 0) + 1
print(len(words), words["w0"], words["w999"], sorted(words.items())[:3])
