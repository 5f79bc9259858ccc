async def fetch():
    return 1
type Pair = tuple[int, int]
