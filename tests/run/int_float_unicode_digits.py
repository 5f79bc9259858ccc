print(int("١٢٣"), int(" ٣ "), int("\u3000 42\u2003"), float("١.٥"), float(" 𝟙𝟚 "), int("٣", 16), int("1_000"), float("1_0.5"))
for bad in ["1__0", "_1", "1_", "٣x", "", " ", "0x", "1e5"]:
    try:
        print(int(bad))
    except ValueError as e:
        print(e)
for bad in ["1__0", "abc", "", "1e", "inf_", "١e٢"]:
    try:
        print(float(bad))
    except ValueError as e:
        print(e)
