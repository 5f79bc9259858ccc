def first(groups):
    for g in groups:
        try:
            raise g
        except* ValueError:
            break
        except* TypeError:
            continue


def second():
    try:
        pass
    except* KeyError:
        return 1
    # Loops and functions inside the clause may use them.
    try:
        pass
    except* KeyError:
        for i in range(3):
            break
        def inner():
            return 2
