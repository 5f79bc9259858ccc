with open("f") as f:
    pass
match 3:
    case _:
        pass
