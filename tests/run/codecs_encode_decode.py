# str.encode and bytes.decode: UTF-8, Latin-1 and ASCII with every error handler
text = "Grüße, 世界! €5 😀"
utf8 = text.encode()
print(utf8, len(text), len(utf8))
print(utf8.decode() == text, utf8.decode("utf-8"), bytearray(utf8).decode())
print(text.encode("utf-8") == text.encode("UTF8") == text.encode(encoding="utf_8"))
print("café".encode("latin-1"), "café".encode("iso-8859-1"), b"caf\xe9".decode("latin1"))
print(bytes(range(256)).decode("latin-1") == "".join([chr(i) for i in range(256)]))
print("plain".encode("ascii"), b"plain".decode("us-ascii"), "x".encode(" UTF-8 "))
print("bom".encode("utf-8-sig"), b"\xef\xbb\xbfbom".decode("utf-8-sig"), b"nobom".decode("utf_8_sig"))

for errors in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
    print(errors, text.encode("ascii", errors), text.encode("latin-1", errors=errors))
bad = b"ok\xff\xfe mid \xe2\x82 end \xc3"
for errors in ["replace", "ignore", "backslashreplace"]:
    print(errors, repr(bad.decode("utf-8", errors)), repr(bad.decode("ascii", errors)))

samples = [
    b"\xff",
    b"a\xe2\x28\xa1",
    b"\xf0\x90\x28",
    b"ab\xe2\x82",
    b"\xed\xa0\x80",
    b"\xc0\xaf",
    b"\xf4\x90\x80\x80",
    b"ok\xc3",
]
for raw in samples:
    try:
        raw.decode()
    except UnicodeDecodeError as e:
        print(e)
        print(" ", e.encoding, e.object, e.start, e.end, e.reason)
        print(" ", repr(e))
try:
    b"\xc3\xa9".decode("ascii")
except UnicodeError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
for s, enc in [("héé", "ascii"), ("h€llo", "latin-1"), ("😀", "ascii"), ("ab\xff", "ascii")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
        print(" ", e.encoding, e.object, e.start, e.end, e.reason)
for enc in ["foo", "utf-9", "u t f 8"]:
    try:
        b"x".decode(enc)
    except LookupError as e:
        print("LookupError:", e)
try:
    "x".encode("nope")
except LookupError as e:
    print("LookupError:", e)
try:
    b"\xff".decode("utf-8", "bogus")
except LookupError as e:
    print("LookupError:", e)
print(b"fine".decode("utf-8", "bogus"))
try:
    b"\xff".decode("utf-8", "xmlcharrefreplace")
except TypeError as e:
    print("TypeError:", e)
try:
    "x".encode(5)
except TypeError as e:
    print("TypeError:", e)
e = UnicodeDecodeError("utf-8", b"\x80abc", 0, 1, "invalid start byte")
print(e, e.args)
e = UnicodeEncodeError("ascii", "\xe9", 0, 1, "ordinal not in range(128)")
print(e)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
