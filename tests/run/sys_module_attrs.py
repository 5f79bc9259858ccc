# The sys attributes scripts use: maxsize, byteorder, platform, recursion limit, float_info, argv.
import sys
print(sys.maxsize in (2**63 - 1, 2**31 - 1), -sys.maxsize - 1 < 0)  # 32-bit under the reference
print(sys.byteorder, type(sys.argv).__name__, len(sys.argv) >= 1)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 12), sys.version.startswith("3.12"))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.min, sys.float_info.max_exp, sys.float_info.radix)
print(sys.hexversion >> 16 == 0x30C)
sys.stdout.write("written\n")
print(sys.stdout.write("abc"), flush=True)
sys.stderr.write("")
print(sys.getdefaultencoding())
try:
    sys.setrecursionlimit(2**40)
except OverflowError as e:
    print("OverflowError:", e)
