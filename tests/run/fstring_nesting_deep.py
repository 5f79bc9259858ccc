# f-strings nested inside f-strings (PEP 701 allows any depth), with specs built from f-strings.
x, w, p = 3.14159, 10, 3
print(f"{f'{x:.{p}f}':>{w}}|")
print(f"{f"{f"{f"{x:.1f}"}"}"}")
print(f"[{', '.join([f'{n:02d}' for n in range(5)])}]")
print(f"{'-' * w}{f'{x:^{w}.2}'}{'-' * w}")
rows = [("a", 1.5), ("bb", 22.25), ("ccc", 333.125)]
width = max([len(r[0]) for r in rows])
for name, val in rows:
    print(f"{name:<{width}} = {val:>{w}.{p - 1}f} ({f'{val:e}'})")
print(f"{'{'}{x}{'}'}", f"{{{x}}}", f"{'{{'}")
print(f"{'\\'.join(['a', 'b'])}", f"{"\t".join("xy")!r}")
nested = {"k": {"inner": [1, 2, 3]}}
print(f"{nested['k']['inner'][-1]:{'0'}{3}}", f"{nested["k"]["inner"]!r:>15}")
