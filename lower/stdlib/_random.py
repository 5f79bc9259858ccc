"""The part of `random` krait writes in Python: the `Random` class, whose instances have
generators of their own (the native module's functions run on them)."""

import random as _module

_call = _module._call_with

_METHODS = (
    "random", "getrandbits", "randbytes", "randrange", "randint", "choice", "choices", "shuffle", "sample",
    "uniform", "triangular", "gauss", "normalvariate", "lognormvariate", "expovariate", "gammavariate",
    "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate",
)


class Random:
    """A random number generator of its own (the module's functions share one)."""

    __module__ = "random"
    VERSION = 3

    def __init__(self, x=None):
        self._state = _module._new_state()
        self.seed(x)

    def seed(self, a=None, version=2):
        _call(self._state, "seed", a, version)

    def random(self):
        return _call(self._state, "random")

    def getrandbits(self, k):
        return _call(self._state, "getrandbits", k)

    def randbytes(self, n):
        return _call(self._state, "randbytes", n)

    def randrange(self, start, stop=None, step=1):
        if step == 1:
            if stop is None:
                return _call(self._state, "randrange", start)
            return _call(self._state, "randrange", start, stop)
        return _call(self._state, "randrange", start, stop, step)

    def randint(self, a, b):
        return _call(self._state, "randint", a, b)

    def choice(self, seq):
        return _call(self._state, "choice", seq)

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        return _call(self._state, "choices", population, weights, cum_weights=cum_weights, k=k)

    def shuffle(self, x):
        return _call(self._state, "shuffle", x)

    def sample(self, population, k, *, counts=None):
        return _call(self._state, "sample", population, k, counts=counts)

    def uniform(self, a, b):
        return _call(self._state, "uniform", a, b)

    def triangular(self, low=0.0, high=1.0, mode=None):
        return _call(self._state, "triangular", low, high, mode)

    def gauss(self, mu=0.0, sigma=1.0):
        return _call(self._state, "gauss", mu, sigma)

    def normalvariate(self, mu=0.0, sigma=1.0):
        return _call(self._state, "normalvariate", mu, sigma)

    def lognormvariate(self, mu, sigma):
        return _call(self._state, "lognormvariate", mu, sigma)

    def expovariate(self, lambd=1.0):
        return _call(self._state, "expovariate", lambd)

    def gammavariate(self, alpha, beta):
        return _call(self._state, "gammavariate", alpha, beta)

    def betavariate(self, alpha, beta):
        return _call(self._state, "betavariate", alpha, beta)

    def paretovariate(self, alpha):
        return _call(self._state, "paretovariate", alpha)

    def weibullvariate(self, alpha, beta):
        return _call(self._state, "weibullvariate", alpha, beta)

    def getstate(self):
        return _call(self._state, "getstate")

    def setstate(self, state):
        return _call(self._state, "setstate", state)
