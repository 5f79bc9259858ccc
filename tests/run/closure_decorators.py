import functools

def memoize(f):
    cache = {}
    @functools.wraps(f)
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)

print(paths(10, 10), len(paths.cache), paths.__name__)

def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    def report():
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return count, report

count, report = counter_factory()
for w in "the cat and the hat and the bat".split():
    count(w)
print(report())

def make_accumulators():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def reset():
        nonlocal total
        old, total = total, 0
        return old
    return add, reset

add, reset = make_accumulators()
print(add(5), add(10), reset(), add(1))

def compose_all(*fs):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fs, lambda x: x)
pipeline = compose_all(str.strip, str.lower, lambda s: s.replace(" ", "-"))
print(pipeline("  Hello Big World "))

handlers = {}
def on(event):
    def register(f):
        handlers.setdefault(event, []).append(f)
        return f
    return register

@on("start")
def greet():
    return "hello"

@on("start")
def log():
    return "logged"

print([h() for h in handlers["start"]])

def outer(n):
    def middle(m):
        def inner(k):
            return n * 100 + m * 10 + k
        return inner
    return middle
print(outer(1)(2)(3), [outer(i)(i)(i) for i in range(3)])
