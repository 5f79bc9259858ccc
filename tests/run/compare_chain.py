x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 > 1 > 5)
print(1 == 1 == 1, 1 == 1 != 2, "a" < "b" < "c")
print(x == 5.0, x != 5, 2 <= 2, 3 >= 4)
print([1, 2] < [1, 3], (1, 2) == (1, 2), [1, 2] == [1, 2], (1, 2) < (1, 2, 0))
print("abc" < "abd", "Z" < "a", "" < "a", "apple" > "app")
print(3 if x > 2 else 4, "yes" if x < 0 else "no")
print(2 in [1, 2, 3], 4 not in [1, 2, 3], "b" in "abc", "z" in "abc", 1 in {1: 2}, 2 in {1: 2})
print(1 in (1, 2), 3 in range(5), 5 in range(5))
