# Slices of a list, an empty list and a range for every kind of bound and step (the steps of
# 1 and -1 take their own paths).
xs = list(range(10))
e = []
for a in (None, -20, -3, 0, 2, 9, 10, 20):
    for b in (None, -20, -3, 0, 2, 9, 10, 20):
        for c in (None, 1, -1, 2, -3):
            print(a, b, c, xs[a:b:c], e[a:b:c], len(range(10)[a:b:c]))
