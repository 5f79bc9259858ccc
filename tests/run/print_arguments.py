# print(): sep/end/file/flush forms, None meaning the default, and argument errors.
import sys
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

print()
print("a", "b", 3, sep="")
print("a", "b", sep=None, end=None)
print("x", end="")
print("y", end="!\n")
print(1, 2, 3, sep=" | ", end=" <\n")
print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout, flush=True)
print("none file", file=None)
print(*[1, 2, 3], sep="-")
print(*"abc")
print([1, "a"], (None,), {"k": 1.5}, sep="\t")
t(lambda: print("x", sep=1))
t(lambda: print("x", end=2))
t(lambda: print("x", file=5))
t(lambda: print("x", bogus=1))
t(lambda: print("x", sep=b","))
print("é日😀", "\\n", "\t|")
