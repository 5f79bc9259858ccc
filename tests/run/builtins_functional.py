line = "3 1 4 1 5 9 2 6"
nums = list(map(int, line.split()))
print(nums, sum(map(int, line.split())))
print(list(map(str, [1, 2.5, None])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", [], [1]])), list(filter(lambda v: v % 2, nums)))
evens = filter(lambda v: v % 2 == 0, range(10))
print(next(evens), next(evens), list(evens))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 7))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, -1, 7), pow(-2, 3, 5), pow(2, 3, -5), pow(5, 0, 1))
print(bin(10), oct(64), hex(255), bin(-5), hex(2 ** 70), bin(True))
print(callable(len), callable(5), callable(lambda: 0), callable(int))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
total = 0
for a, b in map(lambda p: (p, p * p), range(4)):
    total += b
print(total)
