# Floats read from and stored into containers by code whose types are known only at run
# time (the lists may keep their floats unboxed): the values, errors and identities are
# Python's whatever the container.


def step(vs, xs, dt):
    for k in range(len(xs)):
        d = xs[k] * dt
        vs[k] -= d
        xs[k] += vs[k] * dt


def run(vs, xs):
    for _ in range(3):
        step(vs, xs, 0.5)
    return vs, xs


print(run([1.0, 2.0, -3.5], [0.25, 0.5, 0.75]))
print(run([1, 2, 3], [4, 5, 6]))          # ints: the int paths
print(run([1.0, 2, 3.5], [4, 5.5, 6]))    # mixed
print(run({0: 1.0, 1: 2.0}, {0: 0.5, 1: 0.25}))


class Scale(float):
    def __mul__(self, other):
        return Scale(float(self) * float(other) * 10)


vs, xs = run([1.0, 2.0], [Scale(1.0), 0.5])
print(vs, xs, [type(x).__name__ for x in xs])


# A list whose floats were stored unboxed is an ordinary list afterwards.
def fill(xs):
    for i in range(len(xs)):
        y = xs[i] * 2
        xs[i] = y
    return xs


data = fill([0.5, 1.5, 2.5, -0.0])
print(data, sum(data), sorted(data), max(data), data.index(3.0), 5.0 in data)
print([x for x in data], list(reversed(data)), data[::2], data == [1.0, 3.0, 5.0, -0.0])
data.append("end")
print(data, data[-1], data[-2])
fill(data[:3])
print(repr(data[3]), str(data[3]))


# Identity: an item read twice from a list that holds objects is the same object. (Not
# asked of a list that keeps its floats unboxed: krait makes a new float object for each
# read of one, where CPython gives the stored object; see ARCHITECTURE.md.)
def same(xs):
    a = xs[0]
    b = xs[0]
    c = a + 0.0
    xs[1] = c
    return a is b, xs[1] == c


print(same([1.5, 2.5]))


# Errors from reads and stores keep their messages.
def bad(xs, i):
    try:
        v = xs[i] * 1.0
        xs[i] = v
        return v
    except (IndexError, TypeError, KeyError) as exc:
        return f"{type(exc).__name__}: {exc}"


for container, index in (([1.0], 1), ([1.0], -2), ([1.0], "0"), ([1.0], 1.0), ((1.0,), 0),
                         ({"a": 1.5}, "b"), ([1.0, 2.0], True), ([1.0], 2**70), ("ab", 0)):
    print(bad(container, index))


# Negative indexes and slices on the same lists.
def tail(xs):
    t = xs[-1] * 3
    xs[-1] = t
    xs[0:1] = [t / 2]
    return xs


print(tail([1.0, 2.0, 4.0]))
