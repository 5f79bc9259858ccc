print(True, False, None)
print(True + True, True * 3, False - 1, True / 2)
print(not True, not 0, not "", not [1], not None)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" and "y")
print(True == 1, False == 0, True is True, None is None, None == None)
print(bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool({}), bool(0.0), bool(None))
print(int(True), str(False), repr(None))
x = None
print(x is None, x is not None)
