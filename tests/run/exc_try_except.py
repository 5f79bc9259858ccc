def check(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally", x)


print(check(2))
print(check(0))
try:
    [1, 2][5]
except (KeyError, IndexError) as e:
    print(type(e), e)
try:
    {}["missing"]
except LookupError as e:
    print("lookup", repr(e), e.args)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    raise ValueError("custom", 42)
except ValueError as e:
    print(e, e.args)
try:
    raise KeyError
except KeyError as e:
    print("bare class", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner")
        raise
except ZeroDivisionError as e:
    print("outer", e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    pass
except Exception:
    print("no")
else:
    print("else runs")
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)
try:
    raise Exception("base")
except Exception as err:
    msg = str(err)
print(msg)
