class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class NotFound(AppError):
    code = 404


class Invalid(AppError, ValueError):
    code = 422


class Silent(AppError):
    def __repr__(self):
        return "Silent!"


errors = [AppError("generic"), NotFound("no user", detail="id=7"), Invalid("bad email"), Silent("quiet")]
for e in errors:
    print(type(e).__name__, str(e), repr(e), e.args, isinstance(e, ValueError), e.code)
try:
    raise Invalid("x", detail="y")
except ValueError as e:
    print("caught as ValueError:", e, [c.__name__ for c in type(e).__mro__])
try:
    raise NotFound
except AppError as e:
    print("raised class:", type(e).__name__)
except TypeError as e:
    print("TypeError:", e)


class WithArgs(Exception):
    pass


w = WithArgs(1, "two", [3])
print(str(w), repr(w), w.args, len(w.args))
w.args = ("replaced",)
print(w, repr(w))


class Chain(Exception):
    def __init__(self, *parts):
        self.parts = parts
        super().__init__(" -> ".join(parts))


print(Chain("a", "b", "c"), Chain("a", "b").parts, Chain().args)
raise NotFound("final", detail="uncaught")
