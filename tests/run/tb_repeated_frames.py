import traceback
def f(n):
    if n == 0:
        raise ValueError("bottom")
    return f(n - 1)
for k in (2, 3, 4, 5):
    try:
        f(k)
    except ValueError as e:
        print(k, "".join(traceback.format_tb(e.__traceback__)).count("File"), traceback.format_exc().count("repeated"))
try:
    f(6)
except ValueError:
    traceback.print_exc()
f(10)
