# time: clocks advance, are floats/ints of the right kinds, sleep waits; no absolute values.
import time
t0, p0, m0, c0 = time.time(), time.perf_counter(), time.monotonic(), time.process_time()
n0, pn0, mn0 = time.time_ns(), time.perf_counter_ns(), time.monotonic_ns()
print(type(t0).__name__, type(p0).__name__, type(m0).__name__, type(c0).__name__)
print(type(n0).__name__, type(pn0).__name__, type(mn0).__name__)
print(t0 > 1.7e9, n0 > 1.7e18, abs(n0 / 1e9 - t0) < 5)
time.sleep(0.05)
time.sleep(0)
p1, m1 = time.perf_counter(), time.monotonic()
print(p1 - p0 >= 0.04, m1 - m0 >= 0.04, p1 - p0 < 5)
total = 0
for i in range(100000):
    total += i
print(total, time.process_time() >= c0, time.perf_counter_ns() >= pn0)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
