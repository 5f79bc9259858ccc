for s in [slice(None), slice(1, None, 2), slice(None, None, -1), slice(-3, -1), slice(10, 20), slice(5, 1, -2)]:
    print(s, s.indices(7), s.indices(0))
try:
    slice(1).indices(-1)
except ValueError as e:
    print(e)
try:
    slice(None, None, 0).indices(3)
except ValueError as e:
    print(e)
