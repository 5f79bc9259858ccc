# random with a seed draws exactly what CPython draws: the Mersenne Twister and CPython's
# seeding from ints, strs, bytes and floats, and each function's way of using it.
import random

random.seed(12345)
print([random.randint(1, 100) for _ in range(8)])
print(random.random(), random.random())

for seed in (0, 1, 42, -42, 2**40 + 7, 10**30, "hello", b"bytes", "", True):
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(70), random.randrange(1000))

random.seed(7)
print([random.randrange(10, 110, 7) for _ in range(6)])
print([random.randrange(100, 0, -3) for _ in range(6)])
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(32), random.getrandbits(33))
print(random.choice("abcdefg"), random.choice([1, 2, 3]), random.choice(range(1000)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 10))
print(random.sample(range(10**6), 5))
print(random.sample(["a", "b", "c", "d"], 4))
print(random.sample(["red", "blue"], k=5, counts=[4, 2]))
print(random.choices("xyz", k=6))
print(random.choices(["a", "b", "c"], weights=[10, 1, 1], k=8))
print(random.choices(["a", "b", "c"], cum_weights=[1, 2, 10], k=8))
print(random.choices(range(5), [0.5, 0.1, 0.1, 0.1, 0.2], k=4))
print(random.uniform(1, 10), random.uniform(5.5, -5.5))
print(random.triangular(), random.triangular(0, 10, 2), random.triangular(3, 3, 3))
# gauss keeps sin() of its first draw for the next call: printed to 12 places, since the
# last bit of sin differs between C libraries.
print([f"{x:.12f}" for x in (random.gauss(), random.gauss(10, 2), random.gauss(mu=5, sigma=0.1))])
print(random.normalvariate(), random.normalvariate(100, 15))
print(random.lognormvariate(0, 1), random.expovariate(), random.expovariate(3))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 2))
print(random.betavariate(2, 5), random.paretovariate(3), random.weibullvariate(1, 1.5))
print(random.randbytes(10))

state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], len(state), state[0], len(state[1]))

for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
            lambda: random.randrange(10, 1, 2), lambda: random.randrange(2.5), lambda: random.choice([]),
            lambda: random.sample(range(3), 5), lambda: random.sample({1, 2}, 1), lambda: random.getrandbits(-1),
            lambda: random.choices("ab", [1, 2, 3]), lambda: random.choices("ab", [0, 0]),
            lambda: random.gammavariate(0, 1), lambda: random.seed([1, 2]), lambda: random.randint(1),
            lambda: random.choices("ab", 3), lambda: random.choices("ab", [1, 1], cum_weights=[1, 2])]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

from random import randint, shuffle, seed
seed(99)
print(randint(0, 10**20), randint(-5, 5))
