# Lists of floats built by typed code, then used by every kind of other operation
def build(n):
    xs = []
    for i in range(n):
        xs.append(i / 4)
    return xs[0], len(xs), xs[-1], xs[n // 2]

def readers(n):
    xs = []
    for i in range(n):
        xs.append(i * 1.5)
    out = [len(xs), sum(xs), min(xs), max(xs), sorted(xs, reverse=True)[:3], list(reversed(xs))[:2]]
    out.append(xs.index(3.0))
    out.append(xs.count(1.5))
    out.append(4.5 in xs)
    out.append(str(xs))
    total = 0.0
    for x in xs:
        total += x
    out.append(total)
    xs[0] = 100.0
    xs.append(-1.0)
    out.append(xs)
    return out

def mutate(n):
    xs = [0.0] * n
    for i in range(n):
        xs[i] = i * i * 0.5
    xs[-1] += 0.25
    xs.sort(reverse=True)
    first = xs.pop(0)
    xs.insert(1, 7.75)
    xs.remove(0.0)
    xs.reverse()
    ys = xs.copy()
    ys[0] = -5.0
    zs = xs + ys
    xs.extend([9.5, 10.5])
    xs *= 2
    xs.clear()
    xs.append(3.25)
    return first, ys, zs, xs, xs[0] + 1

def errors():
    xs = [1.5, 2.5]
    out = []
    try:
        xs[5]
    except IndexError as e:
        out.append(str(e))
    try:
        xs[-3] = 0.5
    except IndexError as e:
        out.append(str(e))
    try:
        xs[2] += 1.0
    except IndexError as e:
        out.append(str(e))
    out.append(xs[-1] * 2)
    out.append(xs[True])
    return out

def same_object():
    x = 2.5
    xs = [x]
    ys = []
    ys.append(x)
    return xs[0] == ys[0], xs[0] is xs[0] or True

def generic_then_typed(data):
    total = 0.0
    for v in data:
        total += v
    return total

print(build(9))
print(readers(6))
print(mutate(6))
print(errors())
print(same_object())
print(generic_then_typed([0.5, 0.25]), generic_then_typed((1.0, 2.0)))
