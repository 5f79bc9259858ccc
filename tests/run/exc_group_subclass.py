# Subclasses of exception groups: derive decides the class of the parts.
class Errors(ExceptionGroup):
    code = 0

    def derive(self, excs):
        part = Errors(self.message, excs)
        part.code = self.code + 1
        return part

def errors(message, excs, code):
    e = Errors(message, excs)
    e.code = code
    return e

class Plain(ExceptionGroup):
    pass

e = errors("bundle", [ValueError(1), TypeError(2)], 7)
print(repr(e), e.code, e.message, isinstance(e, ExceptionGroup), type(e).__mro__[:3])
m, r = e.split(ValueError)
print(type(m).__name__, repr(m), m.code, type(r).__name__, r.code)

p = Plain("plain", [ValueError(1), TypeError(2)])
m, r = p.split(TypeError)
print(type(p).__name__, type(m).__name__, repr(m))

try:
    raise errors("raised", [ValueError(1), KeyError(2)], 1)
except* ValueError as v:
    print("clause got", type(v).__name__, v.code, repr(v))
except* KeyError as k:
    print("clause got", type(k).__name__, k.code)

try:
    Plain("bad", [KeyboardInterrupt()])
except TypeError as err:
    print(err)

class Base(BaseExceptionGroup):
    pass

b = Base("base", [KeyboardInterrupt()])
print(type(b).__name__, repr(b), str(b))
print(type(Base("base", [ValueError()])).__name__)

try:
    Errors("x", [ValueError()], 3)
except TypeError as err:
    print(err)
