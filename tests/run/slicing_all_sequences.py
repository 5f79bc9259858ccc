# Slicing str, list, tuple, bytes and range with every combination of bounds and steps
seqs = ["abcdefgh", list(range(8)), tuple(range(8)), b"abcdefgh", range(8), bytearray(b"abcdefgh")]
bounds = [None, 0, 2, -2, 7, 8, 100, -100]
steps = [None, 1, 2, 3, -1, -2, -3]
for seq in seqs:
    results = []
    for start in bounds:
        for stop in bounds:
            for step in steps:
                results.append(seq[start:stop:step])
    print(type(seq).__name__, len(results), results[:3], results[-3:])
    print(" ", [len(r) for r in results[::37]])
r = range(3, 30, 4)
print(r[1:4], r[::-1], r[::2], r[-2:], r[5:1:-2], list(r[1:-1]), r[100:], r[-100:2])
print(list(range(10))[slice(2, None, 3)], "hello"[slice(None, None, -1)], (1, 2, 3)[slice(-2, None)])
s = "hello world"
print(s[::-1][::-1] == s, s[-1:-12:-1], s[3:1], s[-100:100], s[1:1], s[::11], s[5::-5])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2][::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a":]
except TypeError as e:
    print("TypeError:", e)
big = 10**30
print(s[:big], s[-big:], list(range(5))[big:], s[2:big:2])
