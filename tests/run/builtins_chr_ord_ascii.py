# chr/ord round trips, limits and errors; ascii() and repr of non-ASCII text.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for c in [0, 9, 10, 31, 32, 65, 127, 128, 160, 255, 256, 0x3b1, 0xfeff, 0xffff, 0x10000, 0x1f600, 0x10ffff]:
    ch = chr(c)
    print(c, ord(ch) == c, repr(ch), ascii(ch), ch.isprintable(), len(ch))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr(2**70))
t(lambda: chr("a"))
t(lambda: chr(65.0))
t(lambda: ord(""))
t(lambda: ord("ab"))
t(lambda: ord(5))
t(lambda: ord(b"A"))
t(lambda: ord(bytearray(b"z")))
t(lambda: ord(b"ab"))
t(lambda: ascii("héllo\n wörld 日本 \U0001f600"))
t(lambda: ascii(["é", {"ß": b"\xff"}]))
t(lambda: ascii(1.5))
t(lambda: repr("\x00\x7f\x80\x9f\xa0\xad"))
t(lambda: repr("\u200b\u2028\ufeff\U000e0001"))
t(lambda: repr("it's"))
t(lambda: repr('say "hi"'))
t(lambda: repr("both ' and \""))
t(lambda: repr("back\\slash"))
