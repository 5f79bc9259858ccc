# f-strings as Python 3.12 parses them (PEP 701)
songs = ["Take me back to Eden", "Alkaline", "Ascensionism"]
print(f"This is the playlist: {", ".join(songs)}")
print(f"{f"{f"{f"{f"{f"{1+1}"}"}"}"}"}")
d = {"key": "value", "n": 3}
print(f"{d["key"]} and {d['n']} and {d.get("missing", "default")}")
print(f"{
    d["n"]  # the number
    * 2
}")
print(f"{"\n".join(["line1", "line2"])}")
print(f"{'\t'.join(["a", "b"])!r}")
width, precision, value = 12, 3, 3.14159265
print(f"[{value:{width}.{precision}f}] [{value:<{width}}] [{value:{"^"}{width}.{precision + 1}}]")
print(f"{value=}", f"{value = :.2f}", f"{value=!r:>12}", f"{ width + 1 = }", f"{d['n']=}")
name = "Ada"
print(f"{name!r} {name!s} {name!a} {'é'!a} {name:>{width}} {name!r:^10}")
print(f"{{literal braces}} {{{name}}} {'{'}{'}'}")
print(f"{3:{'+'}5d} {-3:{"0"}5d} {255:#{"x"}}")
print(f"{'nested ' + f'{name.upper()}'!r}")
items = [1, 2, 3]
print(f"{[x * 2 for x in items]} {items[-1]:03}")
print(f"{'yes' if items else 'no'} {(lambda: 7)()} {len(f'{name}{name}')}")
print(f"""multi
{name}
line""", f'''{name!r}''', rf"\d{name}", fr"{name}\n")
x = 10
print(f"{x:{x}}|", f"{x!r:{x}}|", f"{x:>{x}{'x'}}|")
print(f"{1_000_000:,} {1_000_000:_} {0.5:%} {12:b} {-12:o} {3.0:g} {1e100:g}")
