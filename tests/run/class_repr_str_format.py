class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __repr__(self):
        return f"Temp({self.deg!r})"

    def __str__(self):
        return f"{self.deg}°"

    def __format__(self, spec):
        if spec.endswith("F"):
            return f"{self.deg * 9 / 5 + 32:{spec[:-1]}f}°F"
        return format(self.deg, spec) + "°C"


t = Temp(21.5)
print(t, repr(t), str(t), [t], (t,), {"t": t}, {t: 1} if False else "")
print(f"{t}", f"{t!r}", f"{t!s}", f"{t:.1F}", f"{t:>8}", format(t, "06.2f"), "{:.0F}".format(t))
print("%s and %r" % (t, t), str([t, t]), ", ".join(map(str, [t, Temp(3)])))


class OnlyRepr:
    def __repr__(self):
        return "<only repr>"


class OnlyStr:
    def __str__(self):
        return "only str"


print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
o = OnlyStr()
print(o, repr(o).startswith("<__main__.OnlyStr object at 0x"), [o][0] is o)
print(repr(OnlyStr).startswith("<class '__main__.OnlyStr'>"), OnlyStr.__name__, OnlyStr.__qualname__)
try:
    format(OnlyStr(), "d")
except TypeError as e:
    print("TypeError:", e)


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)


class Outer:
    class Inner:
        def __repr__(self):
            return f"<{type(self).__qualname__}>"


print(Outer.Inner(), Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.__module__)
print(f"{3.14159:{'>'}{10}.{3}}", f"{'x':^{5}}|", f"{12345:,}", f"{0.5:%}")
