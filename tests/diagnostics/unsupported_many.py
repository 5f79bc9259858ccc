with open("f") as f:
    pass
data = b"bytes"
