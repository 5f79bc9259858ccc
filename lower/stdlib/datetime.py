"""Dates and times (krait's implementation of the standard `datetime`): `date`, `time`,
`datetime`, `timedelta`, `timezone`, arithmetic and comparisons, `strftime`/`strptime`,
`isoformat`/`fromisoformat`, `now`/`today`/`fromtimestamp`."""

import time as _time
from functools import total_ordering as _total_ordering

__all__ = ["date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC"]

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHS = [None, "January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """`(year, month, day)` of proleptic Gregorian ordinal `n` (day 1 is 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    n -= preceding
    return year, month, n + 1


def _check_int(value):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    raise TypeError("an integer is required (got type %s)" % type(value).__name__)


def _check_date_fields(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _check_int(hour), _check_int(minute), _check_int(second), _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _reflect(result):
    """The opposite of a comparison's result (NotImplemented stays)."""
    return result if result is NotImplemented else not result


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


@_total_ordering
class timedelta:
    """A duration: days, seconds and microseconds."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if not isinstance(v, (int, float)):
                raise TypeError("unsupported type for timedelta %s component: %s" % ("days", type(v).__name__))
        exact = all(isinstance(v, int) for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks))
        if exact:
            total = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000 + milliseconds * 1000 + microseconds
        else:
            whole = 0
            frac = 0.0
            for v, unit in ((weeks, 604800000000), (days, 86400000000), (hours, 3600000000), (minutes, 60000000),
                            (seconds, 1000000), (milliseconds, 1000), (microseconds, 1)):
                if isinstance(v, int):
                    whole += v * unit
                else:
                    i = int(v)
                    whole += i * unit
                    frac += (v - i) * unit
            total = whole + round(frac)
        d, rest = divmod(total, 86400000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """The duration in seconds."""
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "datetime.timedelta(%s)" % ", ".join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = ("%d day%s, " % (self._days, "s" if abs(self._days) != 1 else "")) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(microseconds=self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta(microseconds=_divide_and_round(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        if isinstance(other, timedelta):
            return self._us() // other._us()
        return timedelta(microseconds=self._us() // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta(microseconds=_divide_and_round(self._us(), other))
        a, b = other.as_integer_ratio()
        return timedelta(microseconds=_divide_and_round(b * self._us(), a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta(microseconds=r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _divide_and_round(a, b):
    """`a / b` rounded half to even, in integers."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    """The base class of time zones."""

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if rest.seconds or rest.microseconds:
        s += "%s%02d" % (sep, rest.seconds)
        if rest.microseconds:
            s += ".%06d" % rest.microseconds
    return s


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is not None and not isinstance(name, str):
            raise TypeError("name must be a string")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % offset)
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        return dt + self._offset


timezone.utc = timezone(timedelta(0))
UTC = timezone.utc
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


class IsoCalendarDate(tuple):
    __module__ = "datetime"

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % (self[0], self[1], self[2])


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


class date:
    """A date of the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        t = _time.localtime()
        return cls(t.tm_year, t.tm_mon, t.tm_mday)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            return cls(*_parse_isodate(date_string))
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % date_string) from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        monday = _iso_week1_monday(year)
        return cls.fromordinal(monday + (week - 1) * 7 + day - 1)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "datetime.%s(%d, %d, %d)" % (type(self).__name__, self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._year)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day, -1))

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1monday = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _iso_week1_monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        return _reflect(self.__le__(other))

    def __ge__(self, other):
        return _reflect(self.__lt__(other))

    def __hash__(self):
        return hash(self._cmpkey())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= 3652059:
                return type(self).fromordinal(o)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time:
    """A time of day, with an optional time zone."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "datetime.%s(%d, %d%s)" % (type(self).__name__, self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        return s

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    __str__ = isoformat

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(None)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def strftime(self, format):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(self, format, tt)

    def __format__(self, fmt):
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _cmpkey(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmpkey() == other._cmpkey() and self.utcoffset() == other.utcoffset()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        return _reflect(self.__le__(other))

    def __ge__(self, other):
        return _reflect(self.__lt__(other))

    def __hash__(self):
        return hash(self._cmpkey())

    def __bool__(self):
        return True

    @classmethod
    def fromisoformat(cls, time_string):
        try:
            return cls(*_parse_isotime(time_string))
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % time_string) from None


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


class datetime(date):
    """A date and a time of day, with an optional time zone."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        if tzinfo is not None and not isinstance(tzinfo, tzinfo_class):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tzinfo).__name__)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_us(cls, us, tz):
        """The datetime `us` microseconds after 0001-01-01 00:00."""
        days, rest = divmod(us, 86400000000)
        y, m, d = _ord2ymd(days + 1)
        s, micro = divmod(rest, 1000000)
        hh, s = divmod(s, 3600)
        mm, ss = divmod(s, 60)
        return cls(y, m, d, hh, mm, ss, micro, tz)

    def _us(self):
        return ((self.toordinal() - 1) * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        frac, whole = t - int(t), int(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        if tz is None:
            tm = _time.localtime(whole)
            return cls(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, min(tm.tm_sec, 59), us)
        tm = _time.gmtime(whole)
        utc = cls(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, min(tm.tm_sec, 59), us, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t, timezone.utc).replace(tzinfo=None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond, tzinfo,
                   fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(date_string) > 10:
                sep = date_string[10]
                dpart, tpart = date_string[:10], date_string[11:]
                if sep.isdigit():
                    raise ValueError
            else:
                dpart, tpart = date_string, ""
            fields = list(_parse_isodate(dpart))
            if tpart:
                fields += list(_parse_isotime(tpart))
            return cls(*fields)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % date_string) from None

    @classmethod
    def strptime(cls, date_string, format):
        return cls(*_strptime(date_string, format))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def timetuple(self):
        dst = -1
        if self._tzinfo is not None:
            d = self._tzinfo.dst(self)
            if d is not None:
                dst = 1 if d else 0
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), _days_before_month(self._year, self._month) + self._day, dst))

    def utctimetuple(self):
        off = self.utcoffset()
        d = self - off if off else self
        return _time.struct_time((d._year, d._month, d._day, d._hour, d._minute, d._second, d.weekday(),
                                  _days_before_month(d._year, d._month) + d._day, 0))

    def timestamp(self):
        if self._tzinfo is None:
            return _time.mktime((self._year, self._month, self._day, self._hour, self._minute, self._second, -1, -1,
                                 -1)) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(self)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(self)

    def astimezone(self, tz=None):
        if tz is None:
            ts = self.timestamp()
            local = datetime.fromtimestamp(ts)
            tm = _time.localtime(int(ts))
            return local.replace(tzinfo=timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone))
        off = self.utcoffset()
        if off is None:
            local = self.astimezone()
            off = local.utcoffset()
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        s = "datetime.%s(%s)" % (type(self).__name__, ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._hour,
                                                   self._minute, self._second, self._year)

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def _cmp(self, other, equality):
        if not isinstance(other, datetime):
            return None
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        x = self._us() - (a._us() if a is not None else 0)
        y = other._us() - (b._us() if b is not None else 0)
        return _cmp(x, y)

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented if not isinstance(other, date) else False
        return self._cmp(other, True) == 0

    def __lt__(self, other):
        c = self._cmp(other, False)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._cmp(other, False)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._cmp(other, False)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._cmp(other, False)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._us() - (off._us() if off is not None else 0))

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us() + other._us()
        if not 0 <= us < 315537897600000000:
            raise OverflowError("date value out of range")
        return type(self)._from_us(us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        x = self._us() - (a._us() if a is not None and self._tzinfo is not other._tzinfo else 0)
        y = other._us() - (b._us() if b is not None and self._tzinfo is not other._tzinfo else 0)
        return timedelta(microseconds=x - y)


tzinfo_class = tzinfo
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _parse_isodate(s):
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        return int(s[0:4]), int(s[5:7]), int(s[8:10])
    if len(s) == 8 and s.isdigit():
        return int(s[0:4]), int(s[4:6]), int(s[6:8])
    if len(s) in (8, 10) and "W" in s:
        year = int(s[0:4])
        rest = s[5:] if s[4] == "-" else s[4:]
        week = int(rest[1:3])
        day = int(rest[-1]) if len(rest) > 3 else 1
        d = date.fromisocalendar(year, week, day)
        return d.year, d.month, d.day
    raise ValueError


def _parse_isotime(s):
    tz = None
    for sign in ("+", "-"):
        i = s.find(sign)
        if i > 0:
            tz = _parse_offset(s[i:])
            s = s[:i]
            break
    if s.endswith("Z"):
        tz = timezone.utc
        s = s[:-1]
    hh = int(s[0:2])
    mm = ss = us = 0
    rest = s[2:]
    if rest.startswith(":"):
        rest = rest[1:]
    if rest:
        mm = int(rest[0:2])
        rest = rest[2:]
        if rest.startswith(":"):
            rest = rest[1:]
        if rest:
            ss = int(rest[0:2])
            rest = rest[2:]
            if rest:
                if rest[0] not in ".,":
                    raise ValueError
                digits = rest[1:7]
                if not digits.isdigit():
                    raise ValueError
                us = int(digits.ljust(6, "0"))
    if len(s) > 2 and s[2] != ":" and not s[2].isdigit():
        raise ValueError
    return hh, mm, ss, us, tz


def _parse_offset(s):
    sign = -1 if s[0] == "-" else 1
    body = s[1:].replace(":", "")
    hh = int(body[0:2])
    mm = int(body[2:4]) if len(body) >= 4 else 0
    ss = int(body[4:6]) if len(body) >= 6 else 0
    off = timedelta(hours=hh, minutes=mm, seconds=ss)
    return timezone(off * sign) if off else timezone.utc


def _strftime(obj, format, timetuple):
    """`format` with `%f`, `%z`, `%:z` and `%Z` done here and the rest by `time.strftime`."""
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == "%" and i + 1 < n:
            d = format[i + 1]
            if d == "f":
                out.append("%06d" % getattr(obj, "microsecond", 0))
                i += 2
                continue
            if d == "z":
                off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
                out.append(_format_offset(off, "") if off is not None else "")
                i += 2
                continue
            if d == ":" and i + 2 < n and format[i + 2] == "z":
                off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
                out.append(_format_offset(off) if off is not None else "")
                i += 3
                continue
            if d == "Z":
                name = obj.tzname() if hasattr(obj, "tzname") else None
                out.append((name or "").replace("%", "%%"))
                i += 2
                continue
            out.append(c + d)
            i += 2
            continue
        out.append(c)
        i += 1
    return _time.strftime("".join(out), timetuple)


def _strptime(text, format):
    """`(year, month, day, hour, minute, second, microsecond, tzinfo)` read from `text` by
    `format`."""
    if not isinstance(text, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(text).__name__)
    year = 1900
    month = day = 1
    hour = minute = second = micro = 0
    tz = None
    ampm = None
    yday = None
    i = 0
    j = 0
    n = len(text)
    fail = ValueError("time data %r does not match format %r" % (text, format))

    def number(maxlen):
        nonlocal i
        start = i
        while i < n and i - start < maxlen and text[i].isdigit():
            i += 1
        if i == start:
            raise fail
        return int(text[start:i])

    def name(options):
        nonlocal i
        low = text[i:].lower()
        for k, opt in enumerate(options):
            if opt and low.startswith(opt.lower()):
                i += len(opt)
                return k
        raise fail

    while j < len(format):
        c = format[j]
        if c == "%" and j + 1 < len(format):
            d = format[j + 1]
            j += 2
            if d == "Y":
                year = number(4)
            elif d == "y":
                y = number(2)
                year = y + (2000 if y < 69 else 1900)
            elif d == "m":
                month = number(2)
            elif d == "d":
                day = number(2)
            elif d == "H":
                hour = number(2)
            elif d == "I":
                hour = number(2)
            elif d == "M":
                minute = number(2)
            elif d == "S":
                second = number(2)
            elif d == "f":
                start = i
                while i < n and i - start < 6 and text[i].isdigit():
                    i += 1
                if i == start:
                    raise fail
                micro = int(text[start:i].ljust(6, "0"))
            elif d == "j":
                yday = number(3)
            elif d == "b" or d == "h":
                month = name(_MONTHNAMES[1:]) + 1
            elif d == "B":
                month = name(_FULLMONTHS[1:]) + 1
            elif d == "a":
                name(_DAYNAMES[1:])
            elif d == "A":
                name(_FULLDAYS)
            elif d == "p":
                ampm = name(["AM", "PM"])
            elif d == "z":
                if i < n and text[i] == "Z":
                    tz = timezone.utc
                    i += 1
                else:
                    start = i
                    if i < n and text[i] in "+-":
                        i += 1
                    while i < n and (text[i].isdigit() or text[i] == ":"):
                        i += 1
                    tz = _parse_offset(text[start:i])
            elif d == "%":
                if i < n and text[i] == "%":
                    i += 1
                else:
                    raise fail
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, "%" + d))
        elif c.isspace():
            j += 1
            while i < n and text[i].isspace():
                i += 1
        else:
            if i < n and text[i] == c:
                i += 1
                j += 1
            else:
                raise fail
    if i < n:
        raise ValueError("unconverted data remains: %s" % text[i:])
    if ampm is not None:
        if ampm == 0 and hour == 12:
            hour = 0
        elif ampm == 1 and hour != 12:
            hour += 12
    if yday is not None:
        d = date.fromordinal(_ymd2ord(year, 1, 1) + yday - 1)
        month, day = d.month, d.day
    return year, month, day, hour, minute, second, micro, tz
