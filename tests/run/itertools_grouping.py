import itertools as it
from operator import itemgetter

records = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig"), ("veg", "leek"), ("veg", "okra")]
for key, group in it.groupby(records, key=itemgetter(0)):
    print(key, [name for _, name in group])
print([(k, len(list(g))) for k, g in it.groupby("aaabccddddde")])
print([list(g) for _, g in it.groupby(sorted(records), itemgetter(0))])

print(list(it.batched(range(10), 3)))
print(list(it.pairwise("abcde")))
print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate([], initial=7)))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.filterfalse(str.isdigit, "a1b2c3")), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.islice(it.count(10, 5), 3)), list(it.islice(it.cycle("xy"), 5)), list(it.repeat("z", 3)))
print(list(it.islice(range(20), 2, 12, 3)), list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["xy", "z"])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
g = it.groupby([1, 1, 2])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
try:
    list(it.batched("abc", 0))
except ValueError as e:
    print("ValueError:", e)
