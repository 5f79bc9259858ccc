import sys

print(sys.getrecursionlimit())


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


print(down(500))
try:
    down(5000)
except RecursionError as e:
    print("too deep:", e)
sys.setrecursionlimit(10000)
print(down(5000))
