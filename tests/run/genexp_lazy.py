log = []


def src(n):
    log.append(f"src({n})")
    for i in range(n):
        log.append(f"yield {i}")
        yield i


g = (x * 2 for x in src(3))
print("made", log)
print(next(g), log)
print(list(g), log)
print(list(g))

log.clear()
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("eager", e)


def cond(x):
    log.append(f"cond {x}")
    return x % 2


g3 = (y for y in range(5) if cond(y))
print(log)
print(sum(g3), log)

pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
print(type(g3).__name__, g3.__name__, g3.__qualname__)

def f():
    return (i for i in range(2))
print(f().__qualname__)
gen = (c.upper() for c in "abc")
print(next(gen), next(gen), next(gen), next(gen, "end"))
print(sum(i * i for i in range(10)))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in []))
print(dict((k, len(k)) for k in ["ab", "cde"]))
print(", ".join(str(i) for i in range(4)))
