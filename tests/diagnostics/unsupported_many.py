s = {1, 2}
with open("f") as f:
    pass
data = b"bytes"
