# Unpacking lists of the right length takes a short path: a list that typed code filled with
# floats (kept unboxed) unpacks to the same values and stays usable; wrong lengths still raise.
def f():
    xs = []
    for i in range(3):
        xs.append(i * 0.5)
    a, b, c = xs
    total = 0.0
    for x in xs:
        total += x
    try:
        p, q = xs
    except ValueError as e:
        print(e)
    return a, b, c, total, xs


print(f())
