async def fetch():
    return 1
match 3:
    case _:
        pass
