def f():
    try:
        return "try"
    finally:
        print("finally runs before return")


print(f())


def g():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("fin", i)
    return i


print(g())


def h():
    try:
        raise ValueError("x")
    except ValueError:
        return "handled"
    finally:
        print("h finally")


print(h())


def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)


nested()
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("context:", repr(e.__context__))
