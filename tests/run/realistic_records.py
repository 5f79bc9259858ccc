import sys


def parse_line(line):
    parts = line.strip().split(",")
    if len(parts) != 3:
        raise ValueError(f"bad line: {line.strip()!r}")
    name, qty, price = parts
    return name, int(qty), float(price)


records = ["apple,3,0.5", "pear,10,0.25", "bad line", "kiwi,x,1.0", "melon,1,3.75"]
total = 0.0
errors = []
for i, line in enumerate(records, start=1):
    try:
        name, qty, price = parse_line(line)
    except ValueError as exc:
        errors.append((i, str(exc)))
        continue
    cost = qty * price
    total += cost
    print(f"{name:>8} x{qty:<3} = {cost:8.3f}")
print(f"total = {total:.2f}")
for lineno, msg in errors:
    print(f"line {lineno}: {msg}", file=sys.stderr)


def stats(values):
    n = len(values)
    mean = sum(values) / n
    var = sum([(v - mean) ** 2 for v in values]) / (n - 1)
    return mean, var ** 0.5


m, sd = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(round(m, 3), round(sd, 3))
big = 1
for i in range(1, 50):
    big *= i
print(len(str(big)), str(big)[:10], big % 97)
nested = {"a": [1, 2, {"b": (3, 4)}], "c": None}
print(nested, nested["a"][2]["b"][1])
print(list(zip([1, 2], [3, 4])))
flags = [x > 2 for x in range(5)]
print(flags, any(flags), all(flags), flags.count(True))
print(" | ".join([str(i) for i in []]))
key = "k"
d = {key: [], "other": 1}
d[key].append(5)
d[key] += [6]
print(d)
if __name__ == "__main__":
    print("main guard works", __name__)
sys.exit(len(errors))
