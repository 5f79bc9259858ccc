# Changing a dict or set while iterating raises RuntimeError; changing values is allowed.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

def grow():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
def shrink():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
def values_ok():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = d[k] * 10
    return d
def keys_view():
    d = {1: 1}
    for k in d.keys():
        d.pop(k)
        d["n"] = 1
def items_view():
    d = {1: 1, 2: 2}
    for k, v in d.items():
        d.clear()
def set_grow():
    s = {1, 2}
    for x in s:
        s.add(x + 10)
def list_ok():
    xs = [1, 2, 3]
    for x in xs:
        if x < 3:
            xs.append(x * 10)
    return xs
def pop_and_readd():
    d = {1: 1, 2: 2}
    for k in d:
        v = d.pop(k)
        d[k] = v
    return d
t(grow)
t(shrink)
t(values_ok)
t(keys_view)
t(items_view)
t(set_grow)
t(list_ok)
t(pop_and_readd)
