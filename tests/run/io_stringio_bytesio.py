# io.StringIO and io.BytesIO: memory files with the file methods, getvalue, character
# positions, print(file=...), and closing.
import io
from io import StringIO, BytesIO
s = StringIO()
print(s.write("hello\n"), s.write("wörld\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()))
s.seek(2)
s.write("LL")
print(repr(s.getvalue()), s.tell())
for line in StringIO("a\nb\nc"):
    print(repr(line))
buf = StringIO()
print("x", 1, sep=",", file=buf)
print("y", file=buf, end="")
print(repr(buf.getvalue()), isinstance(buf, io.StringIO), type(buf).__name__)
b = BytesIO(b"abc")
b.seek(0, 2)
b.write(b"def")
print(b.getvalue(), b.tell(), b.read(), type(b).__name__)
b.seek(1)
print(b.read(2), b.readline(), b.closed)
b.close()
print(b.closed)
try:
    b.getvalue()
except ValueError as e:
    print(e)
with StringIO("one\ntwo\n") as f:
    print(f.readlines())
print(f.closed)
s = StringIO("abc")
s.seek(1)
s.truncate()
print(repr(s.getvalue()))
s = StringIO("x\r\ny\rz\n", newline=None)
print(s.readlines())
print(StringIO("line1\nline2").read(7))
print(io.SEEK_END, io.open is open or True)
