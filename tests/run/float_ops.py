a = 7.5
b = -2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(2.0 ** 0.5, 2 ** 0.5, 10.0 ** -2, 4 ** 0.5)
print(1 + 2.5, 3 * 0.5, 7 / 2, 7.0 // 2, 1 - 0.1)
print(int(3.7), int(-3.7), int(2.5e10), round(2.5), round(3.5), round(-2.5), round(2.675, 2))
print(round(1234.5678, 2), round(1234.5678, -2), round(0.5), round(1.5))
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0)
print(1.0 == 1, 2.5 > 2, 3 < 3.5, 0.1 + 0.2 == 0.3)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(max(1.5, 2), min(-1, -1.5), abs(-0.0))
print(float("inf") > 10 ** 400, -float("inf") < -(10 ** 400))
