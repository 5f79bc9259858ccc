# enumerate, zip, map, filter, reversed and iter are lazy and exhaust once
calls = []
def square(x):
    calls.append(x)
    return x * x
m = map(square, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(m), list(m), calls)
z = zip("abc", range(10))
print(next(z), list(z), list(z))
e = enumerate(["x", "y"], start=-1)
print(next(e), next(e), next(e, "done"))
f = filter(lambda n: n % 2, range(7))
print(list(f), list(f))
r = reversed([1, 2, 3])
print(next(r), list(r))
it = iter([10, 20])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration as s:
    print("StopIteration", repr(s))
print(list(zip()), list(zip([1, 2])), list(map(pow, [2, 3], [5, 2, 9])), list(zip([1], [2], [3])))
print(list(map(str.upper, "ab")), list(filter(None, [0, 1, [], [2], "", "s"])), list(enumerate("")))
words = ["pear", "fig", "apple"]
for i, (w, n) in enumerate(zip(words, map(len, words)), 1):
    print(i, w, n)
nums = iter(range(5))
for n in nums:
    if n == 1:
        print("skip", next(nums))
    print("saw", n)
print(sum(map(square, range(4))), max(map(len, words)), sorted(filter(str.isalpha, ["a1", "bb", "c"])))
print(any(map(lambda x: x > 2, [1, 2, 3])), all(filter(None, [])), dict(enumerate("ab")), dict(zip("ab", "cd")))
