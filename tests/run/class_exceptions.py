# Exception classes a program defines: hierarchy, except matching, extra attributes,
# __init__ with super(), __str__/__repr__, raise of the class itself, chaining, uncaught.
class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(f"{key}: {reason}")
        self.key = key
        self.reason = reason

class RetryError(AppError):
    def __init__(self, attempts):
        super().__init__(attempts)
        self.attempts = attempts
    def __str__(self):
        return f"gave up after {self.attempts} attempts"

class Quiet(ValueError):
    def __repr__(self):
        return "Quiet!"

def load(key):
    if key == "port":
        raise ConfigError(key, reason="not a number")
    if key == "retry":
        raise RetryError(3)
    if key == "quiet":
        raise Quiet("shh")
    if key == "bare":
        raise AppError
    return key.upper()

for key in ["host", "port", "retry", "quiet", "bare"]:
    try:
        print("ok", load(key))
    except ConfigError as e:
        print("config", e, e.key, e.reason, e.args, repr(e))
    except AppError as e:
        print("app", type(e).__name__, e, e.args, repr(e))
    except ValueError as e:
        print("value", e, repr(e), e.args, isinstance(e, Exception))
print(issubclass(ConfigError, AppError), issubclass(ConfigError, Exception), ConfigError.__mro__)
e = AppError("a", 2)
e.extra = [1]
print(e.args, str(e), repr(e), e.extra, e.__dict__)
try:
    try:
        load("port")
    except AppError as inner:
        raise RetryError(5) from inner
except RetryError as outer:
    print(outer, "caused by", repr(outer.__cause__), outer.__cause__.key)
try:
    AppError(x=1)
except TypeError as te:
    print("TypeError:", te)
load("retry")
