def g():
    try:
        return {}["k"]
    finally:
        print("g finally")


def h():
    try:
        g()
    except KeyError as e:
        raise ValueError("wrapped") from e


try:
    h()
except ValueError as e:
    print("cause:", repr(e.__cause__))
def reraise():
    raise
try:
    reraise()
except RuntimeError as e:
    print(e)
def fin():
    try:
        1 / 0
    finally:
        [][1]
fin()
