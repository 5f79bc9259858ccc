import string
import time
from string import capwords, ascii_letters
print(string.ascii_lowercase, string.ascii_uppercase, ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable), len(string.printable))
print(capwords(" hello   wORLD  foo "), capwords("a-b-c", "-"), string.capwords("x  y", sep=None), capwords("ǆa ßb"))
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
time.sleep(0)
p1 = time.perf_counter()
print(t0 > 1.7e9, p1 - p0 >= 0.009, time.monotonic() >= m0, type(time.time_ns()), time.perf_counter_ns() > 0, time.process_time() >= 0, type(time.monotonic_ns()))
for bad in [-1, float("nan"), "x"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.time(1)
except TypeError as e:
    print(e)
try:
    string.nope
except AttributeError as e:
    print(e)
