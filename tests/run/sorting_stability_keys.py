# sort and sorted: stable with key and reverse, errors from keys and comparisons
records = [("bob", 25, 3.5), ("amy", 31, 2.0), ("cat", 25, 3.5), ("dan", 31, 1.0), ("eve", 19, 3.5)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[2], r[0])))
by_score = sorted(records, key=lambda r: r[2])
print([r[0] for r in sorted(by_score, key=lambda r: r[1])])
words = ["b", "B", "a", "A", "c", "C"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True), sorted(words, reverse=True))
nums = [3, -1, 2, -3, 1, -2]
nums.sort(key=abs)
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
print(sorted([0.5, -0.0, 0.0, -1, 1, True, False]), sorted([2**70, -2**70, 1.5e21, 7]))
print(sorted("Banana"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted({"x", "y"}, reverse=True))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(min(records, key=lambda r: r[2]), max(records, key=lambda r: r[2]), min([], key=len, default="none"))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)
try:
    sorted([1, "2", 3])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 0, 1], key=lambda x: 10 // x)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    [1, 2].sort(key=lambda a, b: a)
except TypeError as e:
    print("TypeError:", e)
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], s == sorted(big, reverse=True)[::-1], len(set(s)))
