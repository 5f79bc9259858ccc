# shutil (copyfile, copy, copy2, copytree with ignore and dirs_exist_ok, move, rmtree with its
# error handlers, which) and tempfile (mkdtemp, TemporaryDirectory, NamedTemporaryFile,
# TemporaryFile, gettempdir).
import os, shutil, tempfile
from pathlib import Path

base = "shutil_tempfile.tmp"
os.makedirs(os.path.join(base, "src", "sub"), exist_ok=True)
with open(os.path.join(base, "src", "a.txt"), "w") as f:
    f.write("alpha\n")
with open(os.path.join(base, "src", "sub", "b.log"), "w") as f:
    f.write("beta\n")
with open(os.path.join(base, "src", "c.pyc"), "w") as f:
    f.write("compiled\n")

print(shutil.copyfile(os.path.join(base, "src", "a.txt"), os.path.join(base, "copy.txt")))
print(shutil.copy(os.path.join(base, "src", "a.txt"), base))
print(open(os.path.join(base, "a.txt")).read(), end="")
print(shutil.copy2(os.path.join(base, "src", "a.txt"), os.path.join(base, "a2.txt")))
try:
    shutil.copyfile(os.path.join(base, "copy.txt"), os.path.join(base, "copy.txt"))
except shutil.SameFileError as e:
    print(type(e).__name__, e)
print(shutil.copytree(os.path.join(base, "src"), os.path.join(base, "dst"), ignore=shutil.ignore_patterns("*.pyc")))
for d, dirs, files in sorted(os.walk(os.path.join(base, "dst"))):
    print(d, sorted(dirs), sorted(files))
try:
    shutil.copytree(os.path.join(base, "src"), os.path.join(base, "dst"))
except FileExistsError as e:
    print(type(e).__name__, e.filename)
shutil.copytree(os.path.join(base, "src"), os.path.join(base, "dst"), dirs_exist_ok=True)
print(sorted(os.listdir(os.path.join(base, "dst"))))
print(shutil.move(os.path.join(base, "copy.txt"), os.path.join(base, "dst")))
print(shutil.move(os.path.join(base, "a2.txt"), os.path.join(base, "moved.txt")))
print(sorted(os.listdir(base)))
shutil.rmtree(os.path.join(base, "dst"))
print(os.path.exists(os.path.join(base, "dst")))
shutil.rmtree(os.path.join(base, "nothing"), ignore_errors=True)
errors = []
shutil.rmtree(os.path.join(base, "nothing"), onexc=lambda f, p, e: errors.append((f.__name__, type(e).__name__)))
print(errors)
try:
    shutil.rmtree(os.path.join(base, "nothing"))
except FileNotFoundError as e:
    print(type(e).__name__, e.filename)
print(shutil.which("surely-not-a-command-krait"))

d = tempfile.mkdtemp(prefix="krait-", suffix=".d", dir=base)
print(os.path.isdir(d), os.path.basename(d).startswith("krait-"), d.endswith(".d"), os.path.isabs(d))
print(oct(os.stat(d).st_mode & 0o777))
with tempfile.TemporaryDirectory(dir=base) as t:
    Path(t, "inside.txt").write_text("x")
    print(os.path.isdir(t), os.listdir(t))
print(os.path.exists(t))
td = tempfile.TemporaryDirectory(dir=base)
print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
td.cleanup()
print(os.path.exists(td.name))
with tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=base) as f:
    f.write("temporary\n")
    f.seek(0)
    print(f.read(), end="")
    print(f.name.endswith(".txt"), os.path.exists(f.name))
print(os.path.exists(f.name))
g = tempfile.NamedTemporaryFile(dir=base, delete=False)
g.write(b"kept")
g.close()
print(open(g.name, "rb").read(), os.path.exists(g.name))
os.remove(g.name)
h = tempfile.TemporaryFile(mode="w+", dir=base)
h.write("anonymous")
h.seek(0)
print(h.read())
h.close()
print(tempfile.gettempdir() == (os.environ.get("TMPDIR") or "/tmp"), tempfile.gettempprefix())
shutil.rmtree(base)
print(os.path.exists(base))
