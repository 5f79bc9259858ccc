# Module-level variables: typed where only module code assigns them, Dyn where functions can
total = 0
for i in range(1000):
    total += i * i
print(total, type(total).__name__)
label = "n="
label += str(total)
print(label, len(label))
flag = total > 10
if flag:
    print("big", flag, not flag)
counter = 0
def bump():
    global counter
    counter += 5
    return counter
for _ in range(3):
    counter += 1
    bump()
print(counter)
def read_total():
    return total + 1
print(read_total())
mixed = 1
print(mixed + 1)
mixed = "now a str"
print(mixed.upper())
mixed = [mixed]
print(mixed * 2)
nan = float("nan")
print([nan] == [nan], nan is nan, nan != nan)
x = 2.5
y = x
print(x is y, x * 2, [x].count(y))
big = 2**62
big += big
print(big, big * big)
try:
    print(undefined_yet)
except NameError as e:
    print("NameError:", e)
undefined_yet = 1
gone = 10
del gone
try:
    print(gone)
except NameError as e:
    print("NameError:", e)
gone = 20
print(gone + 1)
for k in range(3):
    pass
print(k, [k * 2 for k in range(4)], k)
a, b = 1, 2
a, b = b, a + b
print(a, b)
n = 0
while n < 10:
    n += 3
print(n)
