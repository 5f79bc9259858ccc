# printf-style formatting: every conversion, flag, width and precision, and the errors
for fmt in ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%#X", "%o", "%#o", "%e", "%.2e", "%E",
            "%f", "%.0f", "%#.0f", "%10.3f", "%-10.1f|", "%g", "%.3g", "%#g", "%G", "%i", "%u", "%s", "%r", "%a",
            "%10s|", "%-10s|", "%.2s", "%c"]:
    out = []
    for v in [0, 42, -7, 3.14159, 1e20, "text", "é"]:
        try:
            out.append(fmt % v)
        except (TypeError, ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(fmt, out)
print("%*d|%-*d|%.*f|%*.*f" % (5, 42, 4, 7, 2, 3.14159, 8, 3, 2.71828))
print("%(a)s %(b)05.1f %(a)r %%" % {"a": "x", "b": 2.25})
print("%s and %s" % ("one", "two"), "%s" % (("tuple",),), "%s" % [1, 2], "%d%%" % 50, "%c%c" % (72, "i"))
print("%s" % None, "%r" % None, "%d" % True, "%f" % True, "%x" % 255.0 if False else "%x" % 255, "%.3s" % 3.14159)
for bad, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%", ()), ("%(k)s", 1), ("%c", "ab"),
                  ("%c", -1), ("%x", 1.5), ("%*d", ("a", 1))]:
    try:
        print(repr(bad % args))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(bad, type(e).__name__, e)
