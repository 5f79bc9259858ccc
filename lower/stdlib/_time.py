"""The part of `time` krait writes in Python: `struct_time` (the native `time` module hands
it out and makes its values)."""

_NAMES = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")


class struct_time:
    """A time as nine fields (year, month, day, hour, minute, second, weekday, day of the
    year, DST flag), plus the zone's name and offset."""

    __module__ = "time"
    __slots__ = ("_fields", "tm_zone", "tm_gmtoff")
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __init__(self, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)")
        if len(seq) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({len(seq)}-sequence given)")
        self._fields = seq[:9]
        self.tm_zone = seq[9] if len(seq) > 9 else None
        self.tm_gmtoff = seq[10] if len(seq) > 10 else None

    @property
    def tm_year(self):
        return self._fields[0]

    @property
    def tm_mon(self):
        return self._fields[1]

    @property
    def tm_mday(self):
        return self._fields[2]

    @property
    def tm_hour(self):
        return self._fields[3]

    @property
    def tm_min(self):
        return self._fields[4]

    @property
    def tm_sec(self):
        return self._fields[5]

    @property
    def tm_wday(self):
        return self._fields[6]

    @property
    def tm_yday(self):
        return self._fields[7]

    @property
    def tm_isdst(self):
        return self._fields[8]

    def __len__(self):
        return 9

    def __getitem__(self, i):
        return self._fields[i]

    def __iter__(self):
        return iter(self._fields)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._fields == other._fields
        if isinstance(other, tuple):
            return self._fields == other
        return NotImplemented

    def __hash__(self):
        return hash(self._fields)

    def __repr__(self):
        fields = ", ".join(f"{n}={v!r}" for n, v in zip(_NAMES, self._fields))
        return f"time.struct_time({fields})"

    def __reduce__(self):
        return (struct_time, (self._fields,))
