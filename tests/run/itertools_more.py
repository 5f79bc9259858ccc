import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([5, 1, 7, 2], max)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([])), list(it.accumulate([], initial=0)))
print(list(it.batched("abcdefg", 3)), list(it.pairwise([1, 2, 3, 4])), list(it.pairwise("a")))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
t1, t2, t3 = it.tee(range(3), 3)
print(list(t1), list(t2), list(t3))
print(list(it.islice(it.count(10, 5), 2, 8, 2)), list(it.islice("abcdef", None, None, 3)))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.filterfalse(None, [0, 1, "", "x", None])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(it.chain.from_iterable(["ab", [1], ()])), list(it.repeat("x", 3)), list(zip(it.cycle("ab"), range(5))))
print([(k, list(g)) for k, g in it.groupby(sorted("mississippi"))])
print([(k, len(list(g))) for k, g in it.groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
print(list(it.product("ab", repeat=2)), len(list(it.permutations(range(4), 2))), list(it.combinations("abcd", 3)))
print(list(it.combinations_with_replacement("ab", 2)), list(it.permutations("ab")))
counter = it.count(start=1.5, step=0.5)
print(next(counter), next(counter), repr(counter))
print(list(it.islice(it.cycle([]), 3)), list(it.product()), list(it.combinations(range(3), 0)))
try:
    list(it.batched("abc", 0))
except ValueError as e:
    print("ValueError:", e)
try:
    it.islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
