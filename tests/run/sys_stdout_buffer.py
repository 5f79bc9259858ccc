# sys.stdout.buffer and sys.stderr.buffer: bytes written through the same buffer as text;
# an exit status from sys.exit.
import sys
print("text first")
n = sys.stdout.buffer.write(b"raw bytes \xe2\x9c\x93\n")
sys.stdout.write("text again\n")
sys.stdout.buffer.write(bytearray(b"more\n"))
sys.stdout.buffer.flush()
print(n, repr(sys.stdout.buffer), sys.stdout.buffer.writable())
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print(e)
sys.stderr.buffer.write(b"to stderr\n")
sys.exit(3)
