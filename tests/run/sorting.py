records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]


def by_age(r):
    return r[1]


def by_name(r):
    return r[0]


print(sorted(records, key=by_age))
print(sorted(records, key=by_age, reverse=True))
print(sorted(records, key=by_name))
print(sorted(records))
nums = [5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0, 11, 15, 13, 12, 14, 10, 19, 17, 16, 18]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=len), max(words), min(words, key=len))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
