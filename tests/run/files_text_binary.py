# open() in text and binary modes: reading by lines, sizes and iteration, universal
# newlines, appending, seeking, encodings, print(file=...), and the file object's attributes.
import os

os.makedirs("files_text_binary.tmp", exist_ok=True)
os.chdir("files_text_binary.tmp")

with open("notes.txt", "w") as f:
    print(f.write("first line\n"), f.tell())
    f.write("second line\nthird")
    print(f.closed, f.name, f.mode, f.encoding == "UTF-8" or f.encoding == "utf-8")
print(f.closed)

with open("notes.txt") as f:
    print(repr(f.readline()))
    for line in f:
        print(repr(line))
print(open("notes.txt").read().splitlines())

with open("notes.txt", "a") as f:
    f.writelines(["\nfourth\r\n", "fifth\rsixth"])
with open("notes.txt") as f:
    print(f.readlines())
with open("notes.txt", newline="") as f:
    print(f.readlines())
with open("notes.txt", newline="\r") as f:
    print(f.readlines())
with open("notes.txt", "rb") as f:
    data = f.read()
    print(data[-20:], type(f).__name__, f.mode)
with open("notes.txt") as f:
    print(repr(f.read(5)), repr(f.readline(3)), repr(f.readline()), f.tell())
    print(f.readlines(10))

with open("crlf.txt", "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open("crlf.txt", "rb") as f:
    print(f.read())

with open("data.bin", "wb") as f:
    print(f.write(bytes(range(10))), type(f).__name__)
with open("data.bin", "r+b") as f:
    f.seek(3)
    print(f.read(4), f.tell())
    print(f.seek(-2, 2), f.read())
    f.seek(0)
    f.write(b"AB")
    print(type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable())
with open("data.bin", "rb") as f:
    print(f.read(), f.read(), f.read(3))
with open("data.bin", "ab") as f:
    f.write(bytearray(b"\xff\xfe"))
with open("data.bin", "rb") as f:
    print(list(f))

with open("unicode.txt", "w", encoding="utf-8") as f:
    f.write("héllo wörld ✓\nzweite Zeile\n")
with open("unicode.txt") as f:
    print(f.read(3), f.read(4), repr(f.read()))
with open("unicode.txt", encoding="latin-1") as f:
    print(repr(f.readline()))
with open("unicode.txt", "rb") as f:
    print(f.readline())
print(os.path.getsize("unicode.txt"))

with open("w+.txt", "w+") as f:
    f.write("written then read\n")
    f.seek(0)
    print(repr(f.read()))
    f.truncate(7)
with open("w+.txt") as f:
    print(repr(f.read()))

with open("out.txt", "w") as h:
    print("to a file", 1, 2, sep="-", file=h)
    print("second", file=h, end="!\n")
print(open("out.txt").read(), end="")
lines = open("out.txt")
print(next(lines), end="")
print(next(lines), end="")
print(next(lines, "done"))
print(iter(lines) is lines)
lines.close()

for name in sorted(os.listdir(".")):
    os.remove(name)
os.chdir("..")
os.rmdir("files_text_binary.tmp")
print(os.path.exists("files_text_binary.tmp"))
