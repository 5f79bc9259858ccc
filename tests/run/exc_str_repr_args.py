cases = [
    Exception(),
    Exception("one"),
    Exception("a", 2),
    ValueError(""),
    KeyError("k"),
    KeyError(),
    KeyError("a", "b"),
    IndexError(3),
    OSError(1000, "Custom failure"),
    OSError(1000, "Custom failure", "x.txt"),
    OSError(1000, "Custom failure", "x.txt", None, "y.txt"),
    FileNotFoundError(1000, "No such file or directory", "data.csv"),
    PermissionError(1001, "Permission denied", "/root"),
    OSError("plain"),
    StopIteration(5),
    SystemExit(3),
    UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
    AttributeError("attr"),
    NameError("nm"),
    RuntimeError(None),
    ZeroDivisionError("division by zero"),
]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)

e = OSError(1000, "No such file", "x.txt")
print(e.errno, e.strerror, e.filename, type(e).__name__, isinstance(e, FileNotFoundError))
print(OSError(5).errno, OSError(1, 2, 3, 4, 5, 6).args, OSError().strerror)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
u = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason)
print(StopIteration(7).value, SystemExit(4).code, KeyError("x").args[0])
try:
    b"\xff".decode()
except UnicodeDecodeError as ex:
    print(ex)
try:
    "é".encode("ascii")
except UnicodeEncodeError as ex:
    print(ex, ex.start, ex.end)
print(str(KeyError("multi\nline")), repr(Exception("q'uote")))
