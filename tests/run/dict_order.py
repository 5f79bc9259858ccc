d = {}
for i in range(10):
    d[i * 7 % 10] = i
print(d)
del d[3]
del d[0]
d[3] = "back"
print(d, list(d))
d.pop(7)
d[100] = 1
print(list(d.items()))
e = {"z": 1, "a": 2, "m": 3}
print(e, sorted(e), list(e.values()))
big = {}
for i in range(1000):
    big[str(i)] = i
for i in range(0, 1000, 2):
    del big[str(i)]
print(len(big), list(big)[:5], big["999"])
try:
    for k in big:
        big["new"] = 1
except RuntimeError as err:
    print(err)
print(d.popitem(), d)
