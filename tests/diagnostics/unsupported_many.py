async def fetch():
    return 1
try:
    pass
except* ValueError:
    pass
