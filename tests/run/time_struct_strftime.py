# time: gmtime/localtime as struct_time, strftime through the C library, asctime, ctime, mktime.
import time
t = time.gmtime(0)
print(t, t.tm_year, t[0], len(t), list(t)[:3], t.tm_gmtoff)
y, m, d, *rest = time.gmtime(86400 * 400 + 3661)
print(y, m, d, rest)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %w %y %p %%", time.gmtime(1700000000)))
print(time.asctime(time.gmtime(0)), time.asctime(time.gmtime(1e9)))
print(time.strftime("%Y", (2024, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)), time.gmtime(1.9).tm_sec, time.gmtime(-1.5))
print(time.mktime(time.localtime(1000)), time.localtime(5) == time.localtime(5.9))
lt = time.localtime()
print(type(lt).__name__, len(time.strftime("%H:%M")), time.ctime(0) == time.asctime(time.localtime(0)))
for bad in [lambda: time.strftime("%Y", (1, 2)), lambda: time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.struct_time((1,))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
