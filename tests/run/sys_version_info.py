# sys.version_info, sys.float_info and friends
import sys
v = sys.version_info
print(v)
print(v.major, v.minor, v.releaselevel, v.serial, v[0], v[:2], v[-1], len(v))
print(v >= (3, 8), v < (3, 13), v[:2] == (3, 12), v > (3, 12, 6), tuple(v)[:3])
major, minor, micro, level, serial = v
print(major, minor, level)
print(type(v).__name__ if False else "version_info", isinstance(v, tuple))
if sys.version_info < (3, 10):
    print("old python")
else:
    print("new enough")
print(sys.hexversion >= 0x030C0000, hex(sys.hexversion)[:6])
print(sys.version.split()[0].startswith("3.12"))
f = sys.float_info
print(f.max, f.min, f.epsilon, f.dig, f.mant_dig, f.max_exp, f.min_exp, f.max_10_exp, f.min_10_exp, f.radix, f.rounds)
print(f.max == 1.7976931348623157e308, 1.0 + f.epsilon > 1.0, 1.0 + f.epsilon / 2 == 1.0)
print(sys.byteorder)
try:
    v.nope
except AttributeError as e:
    print(e)
try:
    v[5]
except IndexError as e:
    print(e)
print(sys.float_info)
