def attempt(n):
    try:
        if n == 0:
            return 1 / 0
        if n == 1:
            return 1 // 0
        if n == 2:
            return 1 % 0
        if n == 3:
            return 1.0 / 0
        if n == 4:
            return [1][3]
        if n == 5:
            return {"a": 1}["b"]
        if n == 6:
            return int("12x")
        if n == 7:
            return 1 + "a"
        if n == 8:
            return "a" + 1
        if n == 9:
            return "a" < 1
        if n == 10:
            return [1] * "x"
        if n == 11:
            return len(5)
        if n == 12:
            return (1, 2)[9]
        if n == 13:
            return "abc"[10]
        if n == 14:
            return float("x")
        if n == 15:
            return [].pop()
        if n == 16:
            return {}[[1]]
        if n == 17:
            return 2.0 // 0.0
        if n == 18:
            return 2.0 % 0
        if n == 19:
            return 0 ** -1
        if n == 20:
            a, b = [1, 2, 3]
        if n == 21:
            a, b, c = [1, 2]
        if n == 22:
            v = 5
            return v()
        if n == 23:
            return None + 1
        if n == 24:
            return -"x"
        if n == 25:
            return [1, 2].index(3)
        if n == 26:
            for x in 5:
                pass
        if n == 27:
            return "x".nope()
        if n == 28:
            return int(float("inf"))
        if n == 29:
            return 10 ** 400 * 1.0
        if n == 30:
            return chr(-1)
        if n == 31:
            return {}.popitem()
        if n == 32:
            return max([])
        if n == 33:
            return 1 < None
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


for i in range(34):
    print(i, attempt(i))
