def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: getattr("abc", "upper")())
attempt(lambda: getattr([], "nope", 42))
attempt(lambda: getattr([], "nope"))
attempt(lambda: getattr(1, 2))
attempt(lambda: getattr(1))
attempt(lambda: (hasattr([], "append"), hasattr(1, "real"), hasattr("x", "zzz"), hasattr(str, "join")))
attempt(lambda: hasattr(1))
attempt(lambda: (id(1) == id(1), type(id([])), id("a") != id([])))
x = [1]
y = x
print(id(x) == id(y), getattr(x, "count")(1), getattr(5, "imag"), getattr(str, "__name__"))
