# reference: cpython-64bit
# Errors of files and the OS: the OSError subclass for each errno with the C library's
# message and the file names, bad modes and arguments, closed files, unsupported operations.
import os

os.makedirs("files_errors.tmp", exist_ok=True)
os.chdir("files_errors.tmp")
with open("exists.txt", "w") as f:
    f.write("x")

def attempt(what, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        print(what, "->", type(e).__name__ + ":", e)
        if isinstance(e, OSError):
            print("   ", e.errno, e.strerror, e.filename, e.args)

attempt("missing", open, "missing.txt")
attempt("exists", open, "exists.txt", "x")
attempt("directory", open, ".")
attempt("missing dir", open, "no/such/file.txt", "w")
for mode in ["rw", "z", "rbt", "rr", "", "U"]:
    attempt("mode " + repr(mode), open, "exists.txt", mode)
attempt("binary encoding", open, "exists.txt", "rb", encoding="utf-8")
attempt("binary newline", open, "exists.txt", "rb", newline="")
attempt("bad newline", open, "exists.txt", newline="x")
attempt("bad encoding", open, "exists.txt", encoding="klingon")
attempt("bad name", open, 3.5)

f = open("exists.txt")
attempt("write to reader", f.write, "x")
attempt("text write bytes", open("other.txt", "w").write, b"x")
attempt("binary write str", open("other.bin", "wb").write, "x")
attempt("cur-relative seek", f.seek, 1, 1)
attempt("bad whence", f.seek, 0, 5)
f.close()
attempt("read closed", f.read)
attempt("readline closed", f.readline)
attempt("iterate closed", next, f)
g = open("other.txt", "w")
attempt("read writer", g.read)
g.close()

attempt("remove missing", os.remove, "missing.txt")
attempt("rmdir missing", os.rmdir, "missing")
attempt("mkdir exists", os.mkdir, ".")
attempt("makedirs exists", os.makedirs, ".")
attempt("listdir missing", os.listdir, "missing")
attempt("rename missing", os.rename, "missing.txt", "new.txt")
attempt("getsize missing", os.path.getsize, "missing.txt")
attempt("chdir missing", os.chdir, "missing")
attempt("listdir bad", os.listdir, 42.0)

for name in os.listdir("."):
    os.remove(name)
os.chdir("..")
os.rmdir("files_errors.tmp")
