def return_wins():
    try:
        raise ValueError("lost")
    finally:
        return "finally value"


def finally_return_over_return():
    try:
        return "try value"
    finally:
        return "finally value"


def break_swallows():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f"after loop i={i}"


def continue_swallows():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("skipped")
            seen.append(i)
        finally:
            continue
    return seen


def finally_sees_exception():
    import sys
    try:
        try:
            1 / 0
        finally:
            print("in finally, handling:", sys.exception())
    except ZeroDivisionError as e:
        print("caught", e)


def nested_finally_order():
    log = []
    try:
        try:
            try:
                log.append("body")
                raise IndexError("deep")
            finally:
                log.append("inner finally")
        except KeyError:
            log.append("wrong handler")
        finally:
            log.append("middle finally")
    except IndexError as e:
        log.append(f"outer caught {e}")
    finally:
        log.append("outer finally")
    return log


def exception_in_finally_replaces():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except TypeError as e:
        return f"{e!r} context={e.__context__!r}"


def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)


def counter_in_finally():
    n = 0
    for _ in range(5):
        try:
            if n == 3:
                return n
        finally:
            n += 1
    return -1


print(return_wins())
print(finally_return_over_return())
print(break_swallows())
print(continue_swallows())
finally_sees_exception()
print(nested_finally_order())
print(exception_in_finally_replaces())
print(return_value_evaluated_before_finally())
print(counter_in_finally())
