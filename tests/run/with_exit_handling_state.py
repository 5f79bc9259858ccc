import sys
class Raising:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("from exit")
try:
    with Raising():
        raise KeyError("original")
except ValueError as e:
    print(repr(e), repr(e.__context__))
print(sys.exception())
from contextlib import ExitStack
def cleanup_raise():
    raise RuntimeError("cleanup failed")
try:
    with ExitStack() as stack:
        stack.callback(cleanup_raise)
        raise ValueError("body failed")
except RuntimeError as e:
    print("got", repr(e), "context", repr(e.__context__))
print(sys.exception())
