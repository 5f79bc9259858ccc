# A generator pipeline: lazy stages, each pulling from the previous one.
def read_records(lines):
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        yield number, line

def parse(records):
    for number, line in records:
        name, _, rest = line.partition("=")
        try:
            yield number, name.strip(), float(rest)
        except ValueError:
            print(f"line {number}: bad value {rest.strip()!r}")

def running_totals(items):
    totals = {}
    for number, name, value in items:
        totals[name] = totals.get(name, 0.0) + value
        yield name, totals[name]

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

text = """
# readings
a = 1.5
b = 2
a = x
c = -0.25

a = 3
b = 1e3
c = 0.75
"""
pipeline = running_totals(parse(read_records(text.splitlines())))
print(type(pipeline).__name__)
for name, total in take(5, pipeline):
    print(f"{name}: {total}")
print("rest:", list(pipeline))

squares = (x * x for x in range(10))
evens = (x for x in squares if x % 2 == 0)
print(sum(evens), list(squares))
print(max((len(w), w) for w in "the quick brown fox jumps".split()))
print(list(zip(*(iter("abcdef"),) * 2)))
