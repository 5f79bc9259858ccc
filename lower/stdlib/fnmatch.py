"""Unix shell-style wildcards (krait's implementation of the standard `fnmatch`).

`*` matches everything, `?` any one character, `[seq]` one character in seq (ranges
`a-z` too), `[!seq]` one character not in seq. Matching is case-sensitive on POSIX.
"""

__all__ = ["filter", "fnmatch", "fnmatchcase"]

_cache = {}


def _compile(pat):
    """The pattern as a list of parts: a literal str, "*", "?", or a (negated, chars, ranges)
    set."""
    parts = _cache.get(pat)
    if parts is not None:
        return parts
    parts = []
    literal = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if literal:
                parts.append("".join(literal))
                literal = []
            if not parts or parts[-1] != "*":
                parts.append("*")
        elif c == "?":
            if literal:
                parts.append("".join(literal))
                literal = []
            parts.append("?")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                literal.append("[")
                continue
            stuff = pat[i:j]
            i = j + 1
            negated = stuff.startswith("!")
            if negated:
                stuff = stuff[1:]
            chars = []
            ranges = []
            k = 0
            while k < len(stuff):
                if k + 2 < len(stuff) and stuff[k + 1] == "-":
                    ranges.append((stuff[k], stuff[k + 2]))
                    k += 3
                else:
                    chars.append(stuff[k])
                    k += 1
            if literal:
                parts.append("".join(literal))
                literal = []
            parts.append((negated, "".join(chars), ranges))
        else:
            literal.append(c)
    if literal:
        parts.append("".join(literal))
    if len(_cache) >= 32768:
        _cache.clear()
    _cache[pat] = parts
    return parts


def _in_set(c, item):
    negated, chars, ranges = item
    found = c in chars
    if not found:
        for lo, hi in ranges:
            if lo <= c <= hi:
                found = True
                break
    return found != negated


def _match(name, parts, p, s):
    """Whether name[s:] matches parts[p:]."""
    n = len(name)
    while p < len(parts):
        part = parts[p]
        if part == "*":
            if p + 1 == len(parts):
                return True
            for start in range(s, n + 1):
                if _match(name, parts, p + 1, start):
                    return True
            return False
        if s >= n:
            return False
        if part == "?":
            s += 1
        elif isinstance(part, tuple):
            if not _in_set(name[s], part):
                return False
            s += 1
        else:
            if not name.startswith(part, s):
                return False
            s += len(part)
        p += 1
    return s == n


def _check(name, pat):
    if isinstance(name, bytes) or isinstance(pat, bytes):
        raise NotImplementedError("krait does not support fnmatch of bytes yet")


def fnmatchcase(name, pat):
    """Whether `name` matches the shell pattern `pat`, case-sensitively."""
    _check(name, pat)
    return _match(name, _compile(pat), 0, 0)


def fnmatch(name, pat):
    """Whether `name` matches the shell pattern `pat` (case-sensitive on POSIX)."""
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names that match `pat`."""
    parts = _compile(pat)
    return [name for name in names if _match(name, parts, 0, 0)]
