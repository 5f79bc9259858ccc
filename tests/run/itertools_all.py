import itertools
from itertools import (accumulate, batched, chain, combinations, combinations_with_replacement, compress, count,
                       cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat,
                       starmap, takewhile, tee, zip_longest)
import operator

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(batched("ABCDEFG", 3)), list(batched([], 2)))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("A", 2)))
print(list(combinations_with_replacement("ABC", 2)))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
c = count(5)
print(next(c), next(c), c, list(islice(count(1.5, 0.5), 3)), repr(count(2, 3)))
print(list(islice(cycle("AB"), 5)), list(cycle([])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda w: w[0])])
groups = groupby("aabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(pairwise("ABCDE")), list(pairwise("A")))
print(list(permutations("ABC", 2)), len(list(permutations(range(5)))), list(permutations([1, 2, 3]))[:3])
print(list(product("AB", "xy")), list(product(range(2), repeat=3))[:4], list(product()))
print(list(repeat(10, 3)), repeat("a", 2), list(map(pow, range(4), repeat(2))))
print(list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1], [2, 3])))
print(type(chain()).__name__, type(groupby("")).__name__)
try:
    list(islice("abc", -1))
except ValueError as e:
    print(e)
try:
    batched("abc", 0)
except ValueError as e:
    print(e)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(islice(fib(), 10)), list(takewhile(lambda v: v < 30, fib())))
print(sum(1 for _ in combinations(range(20), 3)))
