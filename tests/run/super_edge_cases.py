class A:
    def who(self):
        return "A"

    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"

    @property
    def label(self):
        return "label-A"

    def __init_subclass__(cls, **kw):
        cls.tag = f"tagged {cls.__name__}"


class B(A):
    def who(self):
        return "B>" + super().who()

    @classmethod
    def make(cls):
        return "B.make/" + super().make()

    @property
    def label(self):
        return super().label + "+B"

    def nested(self):
        def helper():
            return __class__.__name__
        return helper()

    def explicit(self):
        return super(B, self).who(), super(A, self).__class__.__name__


class C(B):
    def who(self):
        return "C>" + super().who()

    def skip(self):
        return super(B, self).who()


c = C()
print(c.who(), C.make(), c.label, c.nested(), c.explicit(), c.skip(), C.tag, B.tag)
print(super(C, c).who(), super(C, C).make())


class Base:
    def __init__(self):
        self.log = ["Base"]


class Mixin:
    def __init__(self):
        super().__init__()
        self.log.append("Mixin")


class Final(Mixin, Base):
    def __init__(self):
        super().__init__()
        self.log.append("Final")


print(Final().log, [k.__name__ for k in Final.__mro__])


class Counter(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)

    def get_twice(self, k):
        return super().get(k, 0)


d = Counter()
d["a"] = 5
print(d, d.get_twice("a"), d.get_twice("z"))
try:
    super(C, 5)
except TypeError as e:
    print("TypeError:", e)
