# printf-style formatting of bytes and bytearray (PEP 461)
print(b"%s and %b" % (b"x", bytearray(b"y")))
print(b"%r|%a" % ("\xe9", b"q"))
print(b"%c%c" % (65, b"B"))
print(b"%5d|%-6.2f|%x|%X|%o|%+d|%05d" % (42, 3.14159, 255, 255, 8, 7, -3))
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 5})
print(b"\xe9%d" % 1, bytearray(b"%d%%") % 50)
print(b"%5s|%-5s|%.1s" % (b"ab", b"cd", b"xyz"))
print(b"%e %g %i" % (12345.678, 0.0001, 9))

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("str arg", lambda: b"%s" % "x")
attempt("int for s", lambda: b"%s" % 5)
attempt("c str", lambda: b"%c" % "A")
attempt("c range", lambda: b"%c" % 300)
attempt("too few", lambda: b"%d %d" % (1,))
attempt("too many", lambda: b"%d" % (1, 2))
attempt("bad char", lambda: b"%z" % 1)
attempt("d of str", lambda: b"%d" % b"x")
