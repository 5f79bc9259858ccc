# str.join over any iterable, and its error for non-str items.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: ",".join(["a", "b", "c"]))
t(lambda: ",".join(("x",)))
t(lambda: ",".join([]))
t(lambda: "".join("abc"))
t(lambda: "-".join({"k": 1, "j": 2}))
t(lambda: "->".join(map(str, range(5))))
t(lambda: " ".join(reversed("abc")))
t(lambda: ", ".join(sorted({"b", "a"})))
t(lambda: ",".join(["a", 1]))
t(lambda: ",".join([1, "a"]))
t(lambda: ",".join(["a", None, 2]))
t(lambda: ",".join([b"x"]))
t(lambda: ",".join(5))
t(lambda: ",".join())
t(lambda: ",".join(["é", "日"]))
t(lambda: "\n".join(["line"] * 3))
