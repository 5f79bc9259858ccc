"""Shell-like splitting and quoting (krait's implementation of the standard `shlex`):
`split` (POSIX rules), `quote`, `join`."""

__all__ = ["split", "quote", "join"]

_WHITESPACE = " \t\r\n"
_QUOTES = "'\""
_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")


def split(s, comments=False, posix=True):
    """The words of `s` as a POSIX shell splits them (quotes and backslashes applied)."""
    if s is None:
        raise ValueError("s argument must not be None")
    if not posix:
        raise NotImplementedError("krait does not support shlex.split with posix=False yet")
    tokens = []
    token = ""
    quoted = False
    state = " "
    escaped_state = "a"
    i = 0
    n = len(s)
    while True:
        c = s[i] if i < n else ""
        i += 1
        if state == " ":
            if not c:
                break
            if c in _WHITESPACE:
                continue
            if comments and c == "#":
                while i < n and s[i] != "\n":
                    i += 1
                continue
            if c == "\\":
                escaped_state = "a"
                state = "\\"
            elif c in _QUOTES:
                state = c
            else:
                token = c
                state = "a"
        elif state in _QUOTES:
            quoted = True
            if not c:
                raise ValueError("No closing quotation")
            if c == state:
                state = "a"
            elif c == "\\" and state == '"':
                escaped_state = state
                state = "\\"
            else:
                token += c
        elif state == "\\":
            if not c:
                raise ValueError("No escaped character")
            if escaped_state in _QUOTES and c != escaped_state and c != "\\":
                token += "\\"
            token += c
            state = escaped_state
        else:
            if not c:
                break
            if c in _WHITESPACE:
                state = " "
                if token or quoted:
                    tokens.append(token)
                token = ""
                quoted = False
            elif comments and c == "#":
                while i < n and s[i] != "\n":
                    i += 1
                state = " "
                if token or quoted:
                    tokens.append(token)
                token = ""
                quoted = False
            elif c in _QUOTES:
                state = c
            elif c == "\\":
                escaped_state = "a"
                state = "\\"
            else:
                token += c
    if token or quoted:
        tokens.append(token)
    return tokens


def quote(s):
    """`s` quoted for a POSIX shell (unchanged if it needs no quotes)."""
    if not s:
        return "''"
    for c in s:
        if c not in _SAFE:
            return "'" + s.replace("'", "'\"'\"'") + "'"
    return s


def join(split_command):
    """The words quoted and joined with spaces: the inverse of `split`."""
    return " ".join(quote(arg) for arg in split_command)
