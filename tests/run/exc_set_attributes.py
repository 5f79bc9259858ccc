e = ValueError(1)
e.foo = 5
print(e.foo, e.__dict__)
try:
    e.__cause__ = 5
except TypeError as x:
    print(x)
try:
    e.__context__ = 5
except TypeError as x:
    print(x)
try:
    e.__suppress_context__ = 1
except TypeError as x:
    print(x)
e.__cause__ = KeyError(2)
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(repr(e.__cause__), e.__suppress_context__)
e.args = [1, 2]
print(e.args, e)
try:
    del e.__context__
except TypeError as x:
    print(x)
try:
    del e.args
except TypeError as x:
    print(x)
try:
    del e.bar
except AttributeError as x:
    print(x)
class My(Exception):
    pass
m = My()
m.__context__ = e
print(repr(m.__context__))
e = ValueError(1)
try:
    del e.__cause__
except TypeError as x:
    print(x)
try:
    del e.__suppress_context__
except (TypeError, AttributeError) as x:
    print(type(x).__name__, x)
raise m
