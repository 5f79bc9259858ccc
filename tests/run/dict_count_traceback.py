# An error inside the counting idiom points where CPython points.


def tally(d, keys):
    for k in keys:
        d[k] = d.get(k, 0) + 1
    return d


print(tally({}, ["a", "b", "a"]))
print(tally({"a": "x"}, ["a"]))
