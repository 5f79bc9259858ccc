# random.Random: instances with generators of their own (bit for bit CPython's), state,
# subclasses; the module's generator is left alone.
import random
r1 = random.Random(42)
r2 = random.Random(42)
random.seed(42)
a = [r1.random() for _ in range(3)]
print(a == [r2.random() for _ in range(3)], a == [random.random() for _ in range(3)], a)
r = random.Random("seed string")
print(r.randint(1, 100), r.randrange(10), r.randrange(0, 100, 5), r.choice("abcdef"), r.sample(range(50), 4))
print(r.choices([1, 2, 3], weights=[5, 1, 1], k=5), round(r.uniform(1, 2), 6), round(r.gauss(0, 1), 6), r.getrandbits(20), r.randbytes(4))
xs = list(range(10))
r.shuffle(xs)
print(xs, round(r.triangular(), 6), round(r.expovariate(2), 6), round(r.betavariate(2, 3), 6))
state = r.getstate()
first = r.random()
r.setstate(state)
print(first == r.random(), type(r).__name__, isinstance(r, random.Random))
random.seed(7)
x = random.random()
r3 = random.Random(1)
r3.random()
print(random.random() != x, round(random.Random(99).random(), 12))
class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
d = Dice(5)
print([d.roll() for _ in range(10)])
