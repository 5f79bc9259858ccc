import sys

count = 0
words = 0
for line in sys.stdin:
    count += 1
    words += len(line.split())
    print(repr(line))
print(count, "lines", words, "words")
