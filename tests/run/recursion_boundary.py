# reference: cpython-64bit  (the pyodide runner adds Python frames, which shifts the recursion limit)
import sys


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


deepest = 0
for n in range(990, 1005):
    try:
        down(n)
        deepest = n
    except RecursionError:
        break
print("deepest at default limit:", deepest)
sys.setrecursionlimit(60000)
print(down(50000))


def chain(n):
    return chain(n + 1) if n < 100 else n


print(chain(0))
