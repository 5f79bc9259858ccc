# Every list method, and CPython's errors for their misuse
xs = [5, 3, 8]
xs.append(1)
xs.extend((9, 2))
xs.extend("ab")
xs.extend(range(2))
xs.insert(0, "first")
xs.insert(-1, "before-last")
xs.insert(100, "end")
xs.insert(-100, "start")
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs.index(8), xs.index(9, 2), xs.count("a"), xs.count(42))
xs.remove("a")
print(xs, len(xs))
ys = xs.copy()
ys.reverse()
print(ys, xs == ys[::-1], ys is xs)
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda n: (n % 3, -n), reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(pairs, key=lambda p: p[0]))
nums.clear()
print(nums, [] == nums)
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
attempt("pop empty", lambda: [].pop())
attempt("pop range", lambda: [1].pop(5))
attempt("remove missing", lambda: [1, 2].remove(3))
attempt("index missing", lambda: [1, 2].index(3))
attempt("index range", lambda: [1, 2, 1].index(2, 2))
attempt("insert args", lambda: [].insert(1))
attempt("append args", lambda: [].append(1, 2))
attempt("extend int", lambda: [].extend(5))
attempt("sort mixed", lambda: sorted([1, "a", 2]))
attempt("sort key raises", lambda: sorted([1, 0, 2], key=lambda n: 1 / n))
attempt("sort bad key", lambda: [1].sort(key=5))
attempt("sort positional", lambda: [2, 1].sort(None))
half = 0.5
attempt("index float", lambda: [1][half])
attempt("empty index", lambda: [][0])
attempt("count args", lambda: [].count())
attempt("list of int", lambda: list(5))
attempt("concat tuple", lambda: [1] + (2,))
attempt("mul float", lambda: [1] * 2.0)
attempt("compare", lambda: [1] < [1, "a"] < [2])
attempt("compare bad", lambda: [1, 2] < [1, "a"])
big = list(range(10))
del big[2:8:2]
big[1:3] = []
big[::-1] = big[:]
print(big)
big += (100, 200)
big *= 2
print(big, big[-3:], big[:-7:-2])
