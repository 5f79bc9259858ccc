# datetime: date, time, datetime, timedelta, timezone — construction and errors, arithmetic,
# comparisons, str/repr, isoformat/fromisoformat, strftime/strptime, isocalendar, timestamps.
import datetime as dt
from datetime import date, datetime, timedelta, timezone, time
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime(), d.strftime("%A %d %B %Y %j"))
print(d + timedelta(days=1), d - timedelta(weeks=9), date(2024, 3, 1) - d, d.replace(year=2023, day=28), date.fromordinal(738000), date.fromisoformat("2024-12-31"))
t = timedelta(days=1, hours=2, minutes=3, seconds=4.5, milliseconds=6)
print(t, repr(t), t.days, t.seconds, t.microseconds, t.total_seconds(), -t, abs(-t), t * 2, t / 2, t // 3, t / timedelta(hours=1), t % timedelta(hours=5))
print(timedelta(0), repr(timedelta(0)), timedelta(microseconds=1), timedelta(seconds=-1), repr(timedelta(seconds=-1)), timedelta(hours=25), str(timedelta(days=-2, seconds=5)))
print(divmod(timedelta(hours=5), timedelta(hours=2)), timedelta(minutes=90) > timedelta(hours=1), bool(timedelta(0)), timedelta(1) == timedelta(hours=24))
x = datetime(2024, 1, 15, 13, 45, 30, 123456)
print(x, repr(x), x.date(), x.time(), x.isoformat(), x.isoformat(" ", "seconds"), x.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %a %b %y"), x.weekday(), x.timetuple()[:6])
print(x + timedelta(days=20, hours=12), x - datetime(2024, 1, 1), x.replace(microsecond=0), datetime.combine(d, time(8, 30)), datetime(2024, 1, 1) < x)
print(datetime.strptime("2024-03-05 07:08:09", "%Y-%m-%d %H:%M:%S"), datetime.strptime("5 Mar 24 7PM", "%d %b %y %I%p"), datetime.strptime("2024-060", "%Y-%j"))
print(datetime.fromisoformat("2024-01-02T03:04:05"), datetime.fromisoformat("2024-01-02 03:04:05.250+02:00"), datetime.fromisoformat("2024-01-02"))
u = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
e = u.astimezone(timezone(timedelta(hours=-5), "EST"))
print(u, repr(u), e, e.tzname(), e.utcoffset(), u == e, u - e, u.timestamp(), datetime.fromtimestamp(0, timezone.utc), repr(timezone(timedelta(hours=1))), str(timezone(timedelta(hours=5, minutes=30))))
print(time(23, 59, 59, 999999), repr(time(1, 2)), time(12).isoformat(), time(7, 5).strftime("%H:%M"), date.min, date.max, datetime.max, timedelta.max, timedelta.resolution)
print(u.strftime("%Y %z %Z"), e.isoformat(), datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=2))).isoformat(timespec="minutes"))
for bad in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: date(0, 1, 1), lambda: datetime(2024, 1, 1, 24), lambda: datetime.strptime("x", "%Y"), lambda: timedelta(days=10**9), lambda: u < datetime(2024, 1, 1), lambda: date.fromisoformat("2024/01/01")]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 1)]), {date(2024, 1, 1): 1}[date(2024, 1, 1)], date(2024, 1, 1) == datetime(2024, 1, 1))
print(dt.MINYEAR, dt.MAXYEAR, isinstance(x, date), type(x).__name__, datetime(2024, 1, 1).isocalendar().week)
