# Zero padding with grouping (the separators pad too), alternate forms, and unknown codes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for w in range(1, 12):
    t(lambda: (format(7, f"0{w},"), format(-7, f"0{w},"), format(1234, f"0{w}_"), format(255, f"#0{w}_x"), format(1.5, f"0{w},.1f"), format(-1234.5, f"0{w},")))
t(lambda: format(3.5, "   >6"))
t(lambda: format(3, "   >6"))
t(lambda: format("s", "   >6"))
t(lambda: format(3.5, "  "))
t(lambda: format(123456.789, "#g"))
t(lambda: format(1.0, "#g"))
t(lambda: format(1.0, "#"))
t(lambda: format(1e20, "#g"))
t(lambda: format(12.0, "#.3g"))
t(lambda: format(float("inf"), "r"))
t(lambda: format(float("nan"), "d"))
x = 3.5
t(lambda: f"{x   :   >6}")
t(lambda: f"{x:   >6}")
