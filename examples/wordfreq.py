"""Counts the words read from standard input and prints those seen more than once."""
import sys

counts = {}
for line in sys.stdin:
    for word in line.lower().split():
        word = word.strip(".,;:!?\"'()[]")
        if word:
            counts[word] = counts.get(word, 0) + 1

for word in sorted(counts):
    if counts[word] > 1:
        print(f"{counts[word]:5d}  {word}")
