async def fetch():
    return 1
z = 3j
