"""The parts of `collections` krait writes in Python: `deque` and `ChainMap` (the native
`collections` module hands them out)."""


class deque:
    """A double-ended queue: O(1) appends and pops at both ends, an optional `maxlen`."""

    __module__ = "collections"
    __slots__ = ("_data", "_head", "_maxlen", "_state")
    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._data = []
        self._head = 0
        self._maxlen = maxlen
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """The largest size of the deque, or None."""
        return self._maxlen

    def __len__(self):
        return len(self._data) - self._head

    def __bool__(self):
        return len(self._data) > self._head

    def _compact(self):
        if self._head > 16 and self._head * 2 > len(self._data):
            self._data = self._data[self._head:]
            self._head = 0

    def append(self, x):
        """Adds `x` at the right end (dropping the leftmost item at `maxlen`)."""
        self._state += 1
        if self._maxlen == 0:
            return
        self._data.append(x)
        if self._maxlen is not None and len(self._data) - self._head > self._maxlen:
            self._data[self._head] = None
            self._head += 1
            self._compact()

    def appendleft(self, x):
        """Adds `x` at the left end (dropping the rightmost item at `maxlen`)."""
        self._state += 1
        if self._maxlen == 0:
            return
        if self._head == 0:
            pad = max(8, len(self._data))
            self._data = [None] * pad + self._data
            self._head = pad
        self._head -= 1
        self._data[self._head] = x
        if self._maxlen is not None and len(self._data) - self._head > self._maxlen:
            self._data.pop()

    def pop(self):
        """Removes and returns the rightmost item."""
        if len(self._data) == self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._data.pop()
        if len(self._data) == self._head:
            self._data = []
            self._head = 0
        return x

    def popleft(self):
        """Removes and returns the leftmost item."""
        if len(self._data) == self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._data[self._head]
        self._data[self._head] = None
        self._head += 1
        if self._head == len(self._data):
            self._data = []
            self._head = 0
        else:
            self._compact()
        return x

    def extend(self, iterable):
        """Appends each item of `iterable` at the right."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Appends each item of `iterable` at the left (so they end up reversed)."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Removes every item."""
        self._state += 1
        self._data = []
        self._head = 0

    def _items(self):
        return self._data[self._head:]

    def _set(self, items):
        self._state += 1
        self._data = items
        self._head = 0

    def rotate(self, n=1):
        """Rotates `n` steps to the right (to the left if `n` is negative)."""
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            items = self._items()
            self._set(items[-n:] + items[:-n])

    def reverse(self):
        """Reverses the deque in place."""
        items = self._items()
        items.reverse()
        self._set(items)

    def count(self, x):
        """How many items equal `x`."""
        return self._items().count(x)

    def index(self, x, start=0, stop=None):
        """The position of the first item equal to `x` (within `start:stop`)."""
        items = self._items()
        size = len(items)
        if stop is None:
            stop = size
        if start < 0:
            start = max(0, start + size)
        if stop < 0:
            stop += size
        for i in range(start, min(stop, size)):
            if items[i] == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        """Inserts `x` before position `i`."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(i, x)
        self._set(items)

    def remove(self, value):
        """Removes the first item equal to `value`."""
        items = self._items()
        for i in range(len(items)):
            if items[i] == value:
                del items[i]
                self._set(items)
                return
        raise ValueError(f"{value!r} is not in deque")

    def copy(self):
        """A shallow copy."""
        return deque(self._items(), self._maxlen)

    __copy__ = copy

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        size = len(self)
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError("deque index out of range")
        return self._head + i

    def __getitem__(self, i):
        return self._data[self._index(i)]

    def __setitem__(self, i, x):
        self._data[self._index(i)] = x

    def __delitem__(self, i):
        j = self._index(i) - self._head
        items = self._items()
        del items[j]
        self._set(items)

    def __iter__(self):
        state = self._state
        k = 0
        while True:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            if self._head + k >= len(self._data):
                return
            yield self._data[self._head + k]
            k += 1

    def __reversed__(self):
        state = self._state
        k = len(self) - 1
        while k >= 0:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield self._data[self._head + k]
            k -= 1

    def __contains__(self, x):
        return x in self._items()

    def __repr__(self):
        items = repr(self._items())
        if self._maxlen is None:
            return f"deque({items})"
        return f"deque({items}, maxlen={self._maxlen})"

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return deque(self._items() + other._items(), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._items() * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items() * n
        self.clear()
        self.extend(items)
        return self


class ChainMap:
    """Several mappings searched in order as one; writes go to the first."""

    __module__ = "collections"

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    def keys(self):
        return list(iter(self))

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    @classmethod
    def fromkeys(cls, iterable, value=None):
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with a new first mapping (`m`, or a new dict) before these."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """The ChainMap of every mapping but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def clear(self):
        self.maps[0].clear()

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            return dict(self.items()) == dict(other.items())
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    def __or__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ior__(self, other):
        self.maps[0].update(other)
        return self
