import sys

print(len(sys.argv) - 1, sys.argv[1:])
total = 0
for a in sys.argv[1:]:
    total += int(a)
print("sum", total)
