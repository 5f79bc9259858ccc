# int methods and attributes: bit_length, bit_count, as_integer_ratio, is_integer,
# conjugate, numerator/denominator/real/imag, __index__-style uses.
vals = [0, 1, -1, 7, -8, 255, 2**31, -2**31, 2**63, -2**63 - 1, 10**30, -(10**30), True, False]
for v in vals:
    print(repr(v), v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.is_integer(),
          v.conjugate(), v.numerator, v.denominator, v.real, v.imag)
print(type(True.numerator).__name__, type(True.real).__name__, type(True.conjugate()).__name__)
print(int.bit_length(12), int.bit_count(-12))
print((2**1000).bit_length(), (2**1000 - 1).bit_count())
print(sum([n.bit_count() for n in range(1000)]))
print([n.bit_length() for n in range(-9, 10)])
