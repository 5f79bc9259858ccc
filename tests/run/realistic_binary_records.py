# A small binary file format written and read back by hand: length-prefixed records,
# a checksum, a hex dump and a Base64 encoding, all on bytes and bytearray.

def encode_record(name, score, tags):
    out = bytearray()
    raw = name.encode("utf-8")
    out += len(raw).to_bytes(2, "big")
    out += raw
    out += score.to_bytes(4, "big", signed=True)
    out.append(len(tags))
    for tag in tags:
        t = tag.encode("ascii")
        out.append(len(t))
        out.extend(t)
    return bytes(out)

def decode_record(data, pos):
    n = int.from_bytes(data[pos:pos + 2], "big")
    pos += 2
    name = data[pos:pos + n].decode("utf-8")
    pos += n
    score = int.from_bytes(data[pos:pos + 4], "big", signed=True)
    pos += 4
    count = data[pos]
    pos += 1
    tags = []
    for _ in range(count):
        k = data[pos]
        tags.append(data[pos + 1:pos + 1 + k].decode("ascii"))
        pos += 1 + k
    return (name, score, tags), pos

def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

def hexdump(data):
    lines = []
    for off in range(0, len(data), 16):
        chunk = data[off:off + 16]
        hexpart = chunk.hex(" ")
        text = "".join([chr(c) if 32 <= c < 127 else "." for c in chunk])
        lines.append(f"{off:08x}  {hexpart:<47}  |{text}|")
    return "\n".join(lines)

ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

def b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + bytes(3 - len(chunk)), "big")
        for k in range(4):
            if k <= len(chunk):
                out.append(ALPHABET[(n >> (18 - 6 * k)) & 63])
            else:
                out += b"="
    return bytes(out)

def b64decode(text):
    out = bytearray()
    clean = text.rstrip(b"=")
    for i in range(0, len(clean), 4):
        chunk = clean[i:i + 4]
        n = 0
        for c in chunk:
            n = n * 64 + ALPHABET.index(c)
        n <<= 6 * (4 - len(chunk))
        out += n.to_bytes(3, "big")[:len(chunk) - 1]
    return bytes(out)

records = [
    ("Zoë", 1200, ["admin", "ops"]),
    ("Bjørn", -45, []),
    ("李雷", 2**31 - 1, ["x"]),
    ("plain", 0, ["a", "bb", "ccc"]),
]
blob = bytearray(b"KRT1")
blob += len(records).to_bytes(1, "little")
for r in records:
    blob += encode_record(r[0], r[1], r[2])
blob += adler32(blob).to_bytes(4, "big")
data = bytes(blob)
print(len(data), "bytes, checksum", hex(adler32(data[:-4])))
print(hexdump(data))

assert data[:4] == b"KRT1"
stored = int.from_bytes(data[-4:], "big")
print("checksum ok:", stored == adler32(data[:-4]))
pos = 5
for _ in range(data[4]):
    rec, pos = decode_record(data, pos)
    print(rec)
print("consumed", pos, "of", len(data) - 4)

encoded = b64encode(data)
print(encoded.decode("ascii"))
print(b64decode(encoded) == data, b64encode(b"Ma"), b64encode(b"M"), b64decode(b"TWE="))

corrupt = bytearray(data)
corrupt[9] ^= 0x40
print("corrupt checksum ok:", int.from_bytes(corrupt[-4:], "big") == adler32(corrupt[:-4]))
try:
    decode_record(bytes(corrupt), 5)
except UnicodeDecodeError as e:
    print("bad record:", e)
