values = [0.0, 1.0, -1.5, 3.14159, 1234567.891, 1e-10, 1e20, 0.5, 2.5, float("inf"), float("nan")]
for v in values:
    print(f"{v}|{v:.2f}|{v:10.3e}|{v:g}|{v:.3g}|{v:+.1f}|{v:08.2f}|{v:<12}|")
print(format(3.5, ".0f"), format(4.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(f"{1e16:.0f} {123.456:.10g} {1e-5:g} {1e-4:g} {100000.0:g} {1000000.0:g}")
print(f"{0.1:.20f}")
print(f"{12345.6789:,.2f} {-0.0001:.2f} {-0.0:g}")
print("%.3f %5.1f %-6.2f| %e %g %d %i %s %r %x %o %%" % (3.14159, 2.5, 1.5, 12345.678, 0.0001, 42, 7, "s", "r", 255, 8))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%s and %s" % ("a", "b"), "%(x)s" if False else "no dict")
