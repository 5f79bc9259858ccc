# An uncaught UnicodeDecodeError: CPython's traceback and message
def read_name(raw):
    return raw.decode("utf-8")

names = [b"alice", b"b\xc3\xb8b", b"car\xffol"]
for raw in names:
    print(read_name(raw))
