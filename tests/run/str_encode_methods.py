# str.encode / bytes.decode round trips and handlers, len in bytes, BOMs.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "Grüße, 世界 €"
for enc in ["utf-8", "UTF8", "latin-1", "iso-8859-1", "ascii", "utf-8-sig", "U8"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        try:
            b = s.encode(enc, errors)
            print(enc, errors, b, len(b))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e.start, e.end, e.reason)
t(lambda: s.encode("utf-8").decode("latin-1"))
t(lambda: s.encode("utf-8").decode("ascii"))
t(lambda: s.encode("utf-8").decode("ascii", "replace"))
t(lambda: s.encode("utf-8").decode("ascii", "ignore"))
t(lambda: s.encode("utf-8").decode("ascii", "backslashreplace"))
t(lambda: b"\xef\xbb\xbfhi".decode("utf-8-sig"))
t(lambda: b"\xef\xbb\xbfhi".decode("utf-8"))
t(lambda: "hi".encode("utf-8-sig"))
t(lambda: b"\xc3\x28".decode())
t(lambda: b"\xe2\x82".decode())
t(lambda: b"\xf0\x9f\x98".decode("utf-8", "replace"))
t(lambda: b"abc\xff".decode(errors="ignore"))
t(lambda: "x".encode("no-such-codec"))
t(lambda: "x".encode("utf-8", "no-such-handler"))
t(lambda: b"x".decode("utf-8", "no-such-handler"))
t(lambda: b"\xff".decode("utf-8", "no-such-handler"))
t(lambda: str(b"caf\xc3\xa9", "utf-8"))
t(lambda: str(b"caf\xe9", "latin-1"))
t(lambda: str(b"abc"))
t(lambda: bytes("é", "utf-8") + bytes("é", "latin-1"))
