import sys

print("a", "b", "c")
print("a", "b", sep="-")
print("x", end="")
print("y")
print("no newline", end="|\n")
print()
print(1, 2, 3, sep="")
print("to stderr", file=sys.stderr)
print("sep none", "ok", sep=None)
sys.stdout.write("written\n")
sys.stderr.write("err written\n")
print("done", flush=True)
