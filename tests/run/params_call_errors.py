def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)


def g(*args, **kwargs):
    return args, kwargs


attempts = [
    lambda: f(1, 2, 3, d=4),
    lambda: f(1, 2, c=3, d=4),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(a=1, b=2, c=3, d=4),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, d=4),
    lambda: f(1, 2, 3, d=4, z=0),
    lambda: f(1, 2, 3, c=3, d=4),
    lambda: f(1),
    lambda: g(*5),
    lambda: g(**[1]),
    lambda: g(*[1, 2], **{"x": 1}),
    lambda: g(x=1, **{"x": 2}),
    lambda: g(**{"a": 1}, **{"a": 2}),
    lambda: f(*[1, 2, 3], **{"d": 9}),
    lambda: g(**{1: 2}),
]
for attempt in attempts:
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError:", e)


class K:
    def m(self, x, *, y):
        return x, y

    @classmethod
    def c(cls, a):
        return a

    @staticmethod
    def s(a, b=2):
        return a + b


k = K()
for attempt in [lambda: k.m(1, y=2), lambda: k.m(1, 2), lambda: k.m(y=1), lambda: K.m(1, y=2),
                lambda: k.c(), lambda: K.c(1, 2), lambda: K.s(), lambda: k.s(1, 2, 3), lambda: K().m(x=1, y=2, z=3)]:
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError:", e)
