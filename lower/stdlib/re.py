"""Regular expressions (krait's implementation of the standard `re`): Python's pattern
syntax and matching rules, over the native engine `_sre`."""

import enum
import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE",
    "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    IGNORECASE = I = 2
    LOCALE = L = 4
    MULTILINE = M = 8
    DOTALL = S = 16
    UNICODE = U = 32
    VERBOSE = X = 64
    DEBUG = 128
    ASCII = A = 256

    def __repr__(self):
        return _flags_repr(int(self))

    def __str__(self):
        return _flags_repr(int(self))


NOFLAG = RegexFlag.NOFLAG
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
UNICODE = U = RegexFlag.UNICODE
VERBOSE = X = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG
ASCII = A = RegexFlag.ASCII

_FLAG_NAMES = [(2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"), (16, "DOTALL"), (32, "UNICODE"), (64, "VERBOSE"),
               (128, "DEBUG"), (256, "ASCII")]


def _flags_repr(value):
    names = []
    for bit, name in _FLAG_NAMES:
        if value & bit:
            names.append("re." + name)
            value &= ~bit
    if value:
        names.append(hex(value))
    return "|".join(names) if names else "re.NOFLAG"


class error(Exception):
    """A pattern that is not a valid regular expression."""

    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


_MAXSIZE = 9223372036854775807


class Match:
    """The result of a successful match."""

    __module__ = "re"

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _group(self, g, default=None):
        i = self._index(g)
        s = self._spans[2 * i]
        if s < 0:
            return default
        return self.string[s:self._spans[2 * i + 1]]

    def group(self, *groups):
        """The text of one group (the whole match by default), or a tuple of several."""
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(groups[0])
        return tuple(self._group(g) for g in groups)

    def __getitem__(self, g):
        return self._group(g)

    def groups(self, default=None):
        """The text of every group (`default` for those that did not take part)."""
        return tuple(self._group(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """The named groups' texts by name."""
        return {name: self._group(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        best = None
        for i in range(1, self.re.groups + 1):
            s, e = self._spans[2 * i], self._spans[2 * i + 1]
            if s < 0:
                continue
            if best is None:
                best = i
                continue
            bs, be = self._spans[2 * best], self._spans[2 * best + 1]
            if e > be or (e == be and not (bs <= s)):
                best = i
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, j in self.re.groupindex.items():
            if j == i:
                return name
        return None

    def expand(self, template):
        """`template` with its group references filled from this match."""
        return _expand(self.re, self, template)

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Pattern:
    """A compiled regular expression."""

    __module__ = "re"

    def __init__(self, pattern, flags):
        self.pattern = pattern
        try:
            self._program = _sre.compile(pattern, int(flags))
        except ValueError as e:
            raise error(e.args[0], pattern, e.args[1]) from None
        groups, groupindex, all_flags = _sre.info(self._program)
        self.groups = groups
        self.groupindex = groupindex
        self.flags = all_flags

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags & ~32
        if flags:
            return "re.compile(%s, %s)" % (text, _flags_repr(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _run(self, string, pos, endpos, mode):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)
        spans = _sre.search(self._program, string, pos, endpos, mode)
        if spans is None:
            return None
        n = len(string)
        if pos < 0:
            pos = 0
        if endpos > n:
            endpos = n
        return Match(self, string, spans, min(pos, n), endpos)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """A match at the start of `string` (at `pos`), or None."""
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """A match of the whole of `string` (`pos:endpos`), or None."""
        return self._run(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """The first match anywhere in `string`, or None."""
        return self._run(string, pos, endpos, 0)

    def _iter(self, string, pos=0, endpos=_MAXSIZE):
        """Successive matches, an empty one never right where the previous one ended empty."""
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)
        n = len(string)
        if endpos > n:
            endpos = n
        must_advance = False
        while pos <= endpos:
            spans = _sre.search(self._program, string, pos, endpos, 4 if must_advance else 0)
            if spans is None:
                return
            m = Match(self, string, spans, pos, endpos)
            yield m
            must_advance = spans[0] == spans[1]
            pos = spans[1]

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator over every match."""
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Every match's text (or its group's, or a tuple of its groups')."""
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)
        return _sre.findall(self._program, string, pos, endpos)

    def split(self, string, maxsplit=0):
        """`string` split at each match (with the groups' texts in between)."""
        out = []
        last = 0
        n = 0
        for m in self._iter(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        """`(new string, number of replacements)`."""
        if callable(repl):
            filler = repl
        else:
            template = _compile_template(self, repl)
            filler = None
            if len(template) == 1 and isinstance(string, str):
                return _sre.subn_literal(self._program, string, template[0], count)
        out = []
        last = 0
        n = 0
        for m in self._iter(string):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            if filler is not None:
                piece = filler(m)
                if piece is not None:
                    if not isinstance(piece, str):
                        raise TypeError("expected str instance, %s found" % type(piece).__name__)
                    out.append(piece)
            else:
                out.append(_fill(template, m))
            last = m.end()
            n += 1
        out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        """`string` with matches replaced by `repl` (a template or a function of the match)."""
        return self.subn(repl, string, count)[0]

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _compile_template(pattern, repl):
    """A replacement template as a list of texts and group indexes."""
    if not isinstance(repl, str):
        raise TypeError("expected str instance, %s found" % type(repl).__name__)
    parts = []
    literal = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        d = repl[i + 1]
        if d == "g":
            if i + 2 >= n or repl[i + 2] != "<":
                raise error("missing <", repl, i + 2)
            close = repl.find(">", i + 3)
            if close < 0:
                raise error("missing >, unterminated name", repl, i + 3)
            name = repl[i + 3:close]
            if not name:
                raise error("missing group name", repl, i + 3)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d" % index, repl, i + 3)
            else:
                if not name.isidentifier():
                    raise error("bad character in group name %r" % name, repl, i + 3)
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name %r" % name)
                index = pattern.groupindex[name]
            parts.append("".join(literal))
            literal = []
            parts.append(index)
            i = close + 1
        elif d == "0":
            j = i + 2
            value = 0
            while j < n and j < i + 4 and repl[j] in "01234567":
                value = value * 8 + int(repl[j])
                j += 1
            literal.append(chr(value))
            i = j
        elif d in "123456789":
            j = i + 1
            while j < n and j < i + 3 and repl[j].isdigit():
                j += 1
            # Three octal digits make a character.
            if j < n and repl[i + 1] in "01234567" and repl[i + 2:i + 3].isdigit() and repl[j] in "01234567" and j == i + 3:
                value = int(repl[i + 1:j + 1], 8)
                if value > 0o377:
                    raise error("octal escape value \\%s outside of range 0-0o377" % repl[i + 1:j + 1], repl, i)
                literal.append(chr(value))
                i = j + 1
                continue
            index = int(repl[i + 1:j])
            if index > pattern.groups:
                raise error("invalid group reference %d" % index, repl, i + 1)
            parts.append("".join(literal))
            literal = []
            parts.append(index)
            i = j
        elif d in _ESCAPES:
            literal.append(_ESCAPES[d])
            i += 2
        elif d in _ASCII_LETTERS:
            raise error("bad escape \\%s" % d, repl, i)
        else:
            literal.append("\\" + d)
            i += 2
    parts.append("".join(literal))
    return parts


def _fill(template, m):
    out = []
    for part in template:
        if isinstance(part, int):
            text = m._group(part)
            if text is not None:
                out.append(text)
        else:
            out.append(part)
    return "".join(out)


def _expand(pattern, m, template):
    return _fill(_compile_template(pattern, template), m)


_cache = {}
_MAXCACHE = 512


def compile(pattern, flags=0):
    """The compiled form of `pattern`."""
    # Looked up first, as CPython does (an unhashable pattern fails here).
    key = (type(pattern), pattern, int(flags))
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        if isinstance(pattern, (bytes, bytearray)):
            raise NotImplementedError("krait does not support bytes patterns yet")
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def match(pattern, string, flags=0):
    """A match of `pattern` at the start of `string`, or None."""
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A match of `pattern` with the whole of `string`, or None."""
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first match of `pattern` in `string`, or None."""
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """`string` with the matches of `pattern` replaced by `repl`."""
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """`(new string, number of replacements)`."""
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """`string` split at the matches of `pattern`."""
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """The texts of the matches of `pattern` (or of their groups)."""
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator over the matches of `pattern`."""
    return compile(pattern, flags).finditer(string)


def purge():
    """Empties the cache of compiled patterns."""
    _cache.clear()


_SPECIAL = set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """`pattern` with the characters special in regular expressions escaped."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    raise NotImplementedError("krait does not support escaping bytes yet")
