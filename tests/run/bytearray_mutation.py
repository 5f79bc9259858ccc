# bytearray: the mutable bytes
ba = bytearray(b"hello")
ba[0] = 72
print(ba, ba[0], ba[-1])
ba.append(33)
ba.extend(b" ok")
ba.extend([32, 50])
ba.extend(bytearray(b"!"))
ba.extend(range(97, 100))
print(ba, len(ba))
ba.insert(0, 62)
ba.insert(-1, 45)
ba.insert(100, 46)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(111)
print(ba)
ba.reverse()
print(ba)
ba.reverse()
c = ba.copy()
c[0] = 0
print(ba[0], c[0], c == ba)
ba[1:3] = b"EL"
print(ba)
ba[0:0] = b">>"
print(ba)
ba[2:4] = b""
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
ba[1:4] = [65, 66]
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[::3]
print(ba)
del ba[:]
print(ba, len(ba), bool(ba))
buf = bytearray()
for i in range(5):
    buf += bytes([i + 48])
buf += bytearray(b"|")
print(buf)
buf *= 2
print(buf)
alias = buf
alias += b"!"
print(buf is alias, buf)
buf.clear()
print(buf)
b = b"imm"
b2 = b
b += b"utable"
print(b, b2)
print(bytearray(b"xyz") + b"abc", b"abc" + bytearray(b"xyz"), bytearray(b"ab") * 2)
data = bytearray(10)
for i in range(10):
    data[i] = (i * 37) % 256
print(data, sum(data), data.hex())
