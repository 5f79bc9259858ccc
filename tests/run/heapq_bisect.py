# heapq and bisect: the heap's list order after each operation is CPython's, and so are
# the search results, keys, ties and errors.
import heapq
import bisect
from heapq import heappush, heappop

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 6, 0]:
    heappush(h, x)
    print(h)
print([heappop(h) for _ in range(4)], h)
print(heapq.heapreplace(h, 4), h)
print(heapq.heappushpop(h, 1), h)
print(heapq.heappushpop(h, 100), h)
print(heapq.heappushpop([], 3))

data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 5, 5]
heapq.heapify(data)
print(data)
print([heapq.heappop(data) for _ in range(len(data))])

# Tuples as (priority, task): a task queue.
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))

words = "the quick brown fox jumps over the lazy dog again and again".split()
print(heapq.nsmallest(3, words), heapq.nlargest(3, words))
print(heapq.nsmallest(4, words, key=len), heapq.nlargest(4, words, key=len))
print(heapq.nlargest(2, [3, 1, 3, 1], key=lambda x: 0), heapq.nsmallest(0, words), heapq.nlargest(-1, words))
print(heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(1, iter([4, 8, 2])))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3, 5], [1, 2, 3], [])))
print(list(heapq.merge(["bb", "a"], ["ccc", "dd"], key=len, reverse=True)))
print(list(heapq.merge([(1, "x")], [(1, "a")], key=lambda t: t[0])))
m = heapq.merge(iter([1, 2]), iter([0, 3]))
print(next(m), next(m), list(m))

for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
            lambda: heapq.heapify({}), lambda: heapq.heappush([1], "a"), lambda: heapq.nlargest("2", [1])]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect(a, 4, lo=2, hi=5))
grades = [(60, "D"), (70, "C"), (80, "B"), (90, "A")]
for score in [55, 60, 75, 99]:
    i = bisect.bisect([g[0] for g in grades], score)
    print(score, grades[i - 1][1] if i else "F")
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("dee", 33), key=lambda p: p[1])
print(people)
s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(s, x)
bisect.insort_left(s, 5)
bisect.insort_right(s, 5.0)
print(s)
print(bisect.bisect("abcdef", "c"), bisect.bisect_left(range(0, 100, 5), 42))
for bad in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(a, "x"), lambda: bisect.insort((1, 2), 3)]:
    try:
        bad()
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
