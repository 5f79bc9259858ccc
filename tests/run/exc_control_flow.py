def f1():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            print("try", i)
        except ValueError as e:
            print("except", e)
            continue
        else:
            print("else", i)
        finally:
            print("finally", i)
    return "done"


print(f1())


def f2():
    try:
        return 1
    finally:
        return 2


print(f2())


def f3():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("caught outer")
        return "ok"


print(f3())


def f4(n):
    result = []
    while n > 0:
        try:
            n -= 1
            if n == 2:
                break
            result.append(n)
        finally:
            result.append("f")
    return result


print(f4(5))


def f5():
    try:
        raise KeyError("a")
    except (TypeError, KeyError) as e:
        return repr(e)


print(f5())


def f6():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("outer")
    except TypeError as e:
        return f"{e} caused by context {e.__context__!r}"


print(f6())


def f7():
    e = "before"
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    try:
        return e
    except NameError as err:
        return "unbound: " + str(err)


print(f7())
try:
    try:
        raise ValueError("a")
    finally:
        print("cleanup")
except ValueError as e:
    print("got", e)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("loop finally", count)
print("end", count)
try:
    raise IndexError
except IndexError as e:
    print(repr(e), str(e) == "", e.args)
try:
    raise RuntimeError("with", "args", 3)
except RuntimeError as e:
    print(e, repr(e))
try:
    x = int("5") + undefined_thing
except NameError as e:
    print("NameError:", e)
