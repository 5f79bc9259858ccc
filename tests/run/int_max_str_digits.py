x = 10 ** 5000
try:
    print(str(x))
except ValueError as e:
    print(e)
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
print(len(str(10 ** 4299)), f"{x % 1000}")
y = 2 ** 20000
try:
    print(f"{y}")
except ValueError as e:
    print(e)
print(len(repr(10 ** 4299)))
import sys
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)), int("9" * 4999) % 7)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
print(f"{2 ** 20000:x}"[:8], f"{10 ** 10:,}")
