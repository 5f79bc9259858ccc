# f-strings: !r !s !a, the = specifier with spacing and format specs, nested quotes.
x, name, items = 3.5, "Ünïcode", [1, "two"]
print(f"{x!r} {x!s} {name!r} {name!a} {items!a}")
print(f"{x=} {x = } {x=:.2f} {x=!s} {name=!a:>12}")
print(f"{x + 1=}", f"{items[1]=}", f"{len(name)=:03d}")
print(f"{'nested ' + f'{x:{4}.{1}f}'!r}")
print(f"{"same quotes"} {'single'} {"""triple"""}")
print(f"{'\n'.join(['a', 'b'])}")
print(f"{{literal}} {{{x}}} }}{{")
print(f"{x:{'>'}{10}}|{x:{'<'}{8}.{2}}|")
w, p = 12, 3
print(f"{3.14159:{w}.{p}f}|{3.14159:<{w}.{p}e}|{-3.14159:+{w}}")
print(f"{x!r:>10}|{name!s:*^12}|")
d = {"k": [10, 20]}
print(f"{d['k'][1]} {d["k"][0]:>5}")
print(f"{ x }", f"{x   :>6}")
print(f"{3 if x > 3 else 4}", f"{(lambda y: y * 2)(4)}")
print(f"{'a' 'b'}", f"{x:}", f"{name:.3}")
print(f"""multi
{x
 + 1}
line""")
