name = "krait"
n = 42
pi = 3.14159265
print(f"{name} {n} {pi}")
print(f"{name!r} {name!s} {n!r}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05d}|{n:+d}|{-n:d}")
print(f"{pi:.2f}|{pi:10.3f}|{pi:e}|{pi:.3e}|{pi:g}|{pi:%}|{pi:.1%}")
print(f"{1234567:,}|{1234567:_}|{1234567.891:,.2f}|{255:x}|{255:X}|{255:#x}|{255:o}|{255:b}|{255:#b}")
print(f"{name:>10}|{name:<10}|{name:^10}|{name:*^11}|{name:.2}")
w = 8
p = 3
print(f"{pi:{w}.{p}f}|{n:{w}}")
print(f"{n=}")
print(f"{n + 1 = }")
print(f"{'nested'!r}")
print(f"{[1, 2]} {(3,)} {dict(a=1)}")
print(f"{{literal}} {n}%")
print(f"{0.1 + 0.2}", f"{1e16}", f"{2 ** 70}")
print(f"{3.0:.0f} {2.5:.0f} {-0.0:.1f} {1e20:.2e} {0.000012345:.3g} {123456789.0:g}")
print(f"{12.5:08.2f} {-12.5:08.2f} {12:=+6}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}")
