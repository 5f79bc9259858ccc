# Misuse of bytes and bytearray raises CPython's exceptions with CPython's messages
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("index", lambda: b"a"[5])
attempt("bytearray index", lambda: bytearray(b"a")[-2])
nothing = None
attempt("none index", lambda: b"a"[nothing])
attempt("float index", lambda: bytearray(b"a")[1.0])
attempt("concat str", lambda: b"a" + "x")
attempt("concat to bytearray", lambda: bytearray(b"a") + 1)
attempt("str + bytes", lambda: "x" + b"a")
attempt("order with str", lambda: b"a" < "x")
attempt("str in bytes", lambda: "x" in b"abc")
attempt("byte range in", lambda: 300 in b"abc")
attempt("negative count", lambda: bytes(-1))
attempt("str without encoding", lambda: bytes("abc"))
attempt("float source", lambda: bytes(1.5))
attempt("float bytearray", lambda: bytearray(2.5))
attempt("item range", lambda: bytes([1, 256]))
attempt("bytearray item range", lambda: bytearray([-1]))
attempt("item type", lambda: bytes(["a"]))
attempt("encoding without str", lambda: bytes(b"x", "utf-8"))
attempt("errors without str", lambda: bytes(b"x", errors="strict"))
attempt("too many", lambda: bytes(1, 2, 3, 4))
attempt("bad keyword", lambda: bytes(x=1))
attempt("hash bytearray", lambda: hash(bytearray(b"x")))
attempt("bytearray key", lambda: {bytearray(b"k"): 1})

attempt("fromhex", lambda: bytes.fromhex("01 0g"))
attempt("fromhex odd", lambda: bytes.fromhex("abc"))
attempt("fromhex type", lambda: bytes.fromhex(b"01"))
attempt("maketrans", lambda: bytes.maketrans(b"a", b"bc"))
attempt("translate table", lambda: b"abc".translate(b"x"))
attempt("hex sep", lambda: b"ab".hex("::"))
attempt("find str", lambda: b"abc".find("b"))
attempt("find range", lambda: b"abc".find(256))
attempt("count none", lambda: b"abc".count())
attempt("index missing", lambda: b"abc".index(b"z"))
attempt("rindex missing", lambda: b"abc".rindex(120))
attempt("join item", lambda: b",".join([b"x", "y"]))
attempt("startswith str", lambda: b"abc".startswith("a"))
attempt("endswith tuple", lambda: b"abc".endswith((b"c", 1)))
attempt("replace str", lambda: b"abc".replace("a", "b"))
attempt("split int", lambda: b"a b".split(1))
attempt("split empty", lambda: b"a b".split(b""))
attempt("partition empty", lambda: b"a".partition(b""))
attempt("strip str", lambda: b"abc".strip("a"))
attempt("ljust fill", lambda: b"abc".ljust(5, "x"))
attempt("center fill", lambda: b"abc".center(5, b"xy"))
attempt("upper args", lambda: b"a".upper(1))
attempt("decode type", lambda: b"a".decode(1))
attempt("pop range", lambda: bytearray(b"abc").pop(7))
attempt("pop empty", lambda: bytearray().pop())
attempt("remove missing", lambda: bytearray(b"abc").remove(120))
attempt("append range", lambda: bytearray(b"abc").append(256))
attempt("append str", lambda: bytearray(b"abc").append("a"))
attempt("extend int", lambda: bytearray(b"ab").extend(5))
attempt("extend strs", lambda: bytearray(b"ab").extend("xy"))
attempt("bytes method missing", lambda: b"ab".push(1))
attempt("bytearray attribute", lambda: bytearray(b"ab").apend(1))
attempt("percent bad", lambda: b"%d %d" % (1,))

ba = bytearray(b"abc")
try:
    ba[0] = 256
except ValueError as e:
    print("setitem:", e)
try:
    ba[0] = "x"
except TypeError as e:
    print("setitem:", e)
try:
    ba[::2] = b"x"
except ValueError as e:
    print("setitem:", e)
try:
    ba[0:1] = 5
except TypeError as e:
    print("setitem:", e)
try:
    ba[10] = 1
except IndexError as e:
    print("setitem:", e)
try:
    del ba[10]
except IndexError as e:
    print("delitem:", e)
b = b"abc"
try:
    b[0] = 1
except TypeError as e:
    print("bytes setitem:", e)
try:
    del b[0]
except TypeError as e:
    print("bytes delitem:", e)
print(ba, b)
