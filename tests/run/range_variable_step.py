# for loops over range() with a step known only at run time
def collect(start, stop, step):
    out = []
    for i in range(start, stop, step):
        out.append(i)
    return out

def typed(n: int, step: int) -> list:
    seen = []
    for i in range(0, n, step):
        seen.append(i)
    for j in range(n, 0, -step):
        seen.append(-j)
    return seen

print(collect(0, 10, 3), collect(10, 0, -3), collect(0, 10, -1), collect(5, 5, 2), collect(-5, 5, 4))
print(typed(10, 4), typed(3, 5))
print(collect(2**62, 2**62 + 10, 4), collect(0, 2**70, 2**68))
total = 0
for k in range(1, 4):
    for m in range(k, 20, k):
        total += m
print(total)
try:
    collect(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    typed(5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    collect(0, 10, 1.5)
except TypeError as e:
    print("TypeError:", e)
