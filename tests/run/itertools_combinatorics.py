import itertools as it

print(list(it.product("ab", repeat=2)))
print(list(it.product([1, 2], "xy", [True])))
print(list(it.permutations(range(3))))
print(list(it.permutations("abcd", 2))[:5], len(list(it.permutations("abcd", 2))))
print(list(it.combinations("abcde", 3))[-3:])
print(list(it.combinations_with_replacement("abc", 2)))
print(list(it.combinations(range(4), 0)), list(it.combinations(range(2), 3)))
print(sum(1 for _ in it.product(range(3), repeat=4)))
for r in range(4):
    print(r, ["".join(c) for c in it.combinations("wxyz", r)])
try:
    it.permutations("ab", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    it.product("ab", repeat=-1)
except ValueError as e:
    print("ValueError:", e)
