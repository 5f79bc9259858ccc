# Parsing a binary record format with bytes: slicing, int.from_bytes, struct-like packing by hand.
def pack_record(ident, name, score, flags):
    data = bytearray()
    data += ident.to_bytes(4, "big")
    encoded = name.encode("utf-8")
    data.append(len(encoded))
    data += encoded
    data += int(score * 100).to_bytes(2, "little", signed=True)
    data.append(flags)
    return bytes(data)

records = [(1, "alpha", 12.5, 0b101), (70000, "béta", -3.25, 0), (2**31, "γάμμα", 99.99, 255)]
blob = b"".join([pack_record(*r) for r in records])
print(len(blob), blob[:12], blob.hex(" ", 4)[:47])
pos = 0
while pos < len(blob):
    ident = int.from_bytes(blob[pos:pos + 4], "big")
    n = blob[pos + 4]
    name = blob[pos + 5:pos + 5 + n].decode("utf-8")
    pos += 5 + n
    score = int.from_bytes(blob[pos:pos + 2], "little", signed=True) / 100
    flags = blob[pos + 2]
    pos += 3
    print(ident, repr(name), score, f"{flags:08b}", bin(flags).count("1"))
checksum = sum(blob) % 256
xor = 0
for byte in blob:
    xor ^= byte
print(checksum, xor, blob.count(0), blob.find(b"\xff"), blob.rfind(b"a"))
print(bytes(reversed(blob[:4])), blob[::-1][:4], bytearray(blob[:3]).hex(), blob.startswith(b"\x00\x00"))
print(blob.replace(b"\x00", b"")[:10], blob.split(b"\x05")[0], bytes.fromhex("de ad be ef"))
