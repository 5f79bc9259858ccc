# tuple: count, index with ranges, concatenation, repetition, hashing, and the messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

tp = (1, 2, 3, 2, 1, "x", 2.0)
t(lambda: tp.count(2))
t(lambda: tp.count("x"))
t(lambda: tp.index(2))
t(lambda: tp.index(2, 2))
t(lambda: tp.index(2, -2))
t(lambda: tp.index(9))
t(lambda: tp.index(1, 1, 4))
t(lambda: tp + (4,))
t(lambda: tp + [4])
t(lambda: (1,) + "a")
t(lambda: tp * -1)
t(lambda: 2 * (1, 2))
t(lambda: tp[7])
t(lambda: tp[-8])
t(lambda: tp["a"])
t(lambda: tp[1:5:2])
t(lambda: tp[::-3])
t(lambda: hash((1, 2)) == hash((1, 2)))
t(lambda: hash((1, [2])))
t(lambda: hash(((1, 2), (3, {})))) 
def setit():
    tp[0] = 5
t(setit)
def delit():
    del tp[0]
t(delit)
t(lambda: tp.append)
t(lambda: tuple())
t(lambda: tuple("abc"))
t(lambda: tuple(range(3)))
t(lambda: tuple({"a": 1, "b": 2}))
t(lambda: tuple(5))
t(lambda: tuple([1], [2]))
t(lambda: (1, 2) == [1, 2])
t(lambda: (1, 2) < [1, 2])
t(lambda: len(()), )
t(lambda: ((),) == ((),))
t(lambda: 2 in (1, 2.0))
