# functools.lru_cache and cache: memoisation with hits/misses, LRU eviction, keyword keys.
import functools
from functools import lru_cache, cache
@functools.lru_cache(maxsize=2)
def f(x):
    print("computing", x)
    return x * 2
for x in [1, 2, 1, 3, 2, 1]:
    print(f(x))
print(f.cache_info(), f.__wrapped__.__name__)
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info().misses)
@lru_cache
def h(a, b=1):
    return a + b
print(h(1), h(1, b=1), h(a=1), h(1), h.cache_info())
@lru_cache(maxsize=None)
def cnt(s):
    return len(s)
print(cnt("abc"), cnt("abc"), cnt.cache_info())
@lru_cache(maxsize=0)
def nocache(x):
    return -x
print(nocache(1), nocache(1), nocache.cache_info())
try:
    h([1])
except TypeError as e:
    print("TypeError:", e)
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError:", e)
info = f.cache_info()
print(type(info).__name__, info.hits, info[1], info.maxsize, tuple(info))
