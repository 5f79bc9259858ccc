# print with every keyword, nested containers and non-str objects; output ordering of stdout and stderr
import sys
print()
print("a", "b", 3, 4.5, None, True, [1, "x"], (2,), {"k": (1, 2)})
print("a", "b", sep="")
print("a", "b", sep=None, end=None)
print("x", end="")
print("y", end="\n\n")
print(*"abc", sep="-")
print(*[], sep="!")
print("to", "stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
print("multi\nline", "text\ttab")
print(1, 2, 3, sep=", ", end=".\n")
print("é", "日本", "😀", "\u0301e")
print(-0.0, 1e-10, 123456789.123456789, 2**100, -2**63)
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)
print("done", file=None)
