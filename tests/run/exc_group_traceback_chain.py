# An uncaught group whose members have causes, contexts and notes of their own.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {text!r}") from e

def check_all(items):
    errors = []
    for item in items:
        try:
            parse(item)
        except RuntimeError as e:
            e.add_note(f"while checking {item}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("some items failed", errors)

def main():
    try:
        check_all(["1", "x", "2", "y"])
    except* RuntimeError as eg:
        raise SystemError("giving up") from eg

main()
