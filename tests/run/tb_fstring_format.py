# A failed format in an f-string: the traceback marks the whole replacement field.
x = 3.5
print(f"ok {x:>6}")
s = "ab" + f"pre {x!r:>3}|{  x   :d} post"
