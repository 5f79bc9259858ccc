print("a\x1cb c".split(), " \x1f x\x1e ".strip(), "\x1d".isspace(), "a\xa0b".split())
for s in ["\x1c5", "\xa05\u2003", " 7 "]:
    try:
        print(int(s), float(s))
    except ValueError as e:
        print(e)
