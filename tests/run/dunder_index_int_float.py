class I:
    def __index__(self): return 3
class F:
    def __float__(self): return 2.5
class N:
    def __int__(self): return 7
print(hex(I()), [1,2,3,4][I()], list(range(I())), "abcdef"[I():])
print(float(F()), int(N()), int(I()), float(I()))
import math
print(math.sqrt(F()), round(2.567, I()), "ab" * I(), bin(I()), oct(I()))
import operator
print(operator.index(I()))
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print(e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(e)
try:
    float(object())
except TypeError as e:
    print(e)
