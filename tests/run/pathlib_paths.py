# pathlib: pure path arithmetic (parts, names, suffixes, parents, joining, relative_to, match,
# ordering) and the file system (mkdir, read/write, iterdir, glob, rglob, walk, rename, stat).
from pathlib import Path, PurePath, PurePosixPath
import os
p = PurePath("/usr/lib/python3.12/os.py")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.anchor, p.root)
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1])
q = PurePosixPath("a", "b/c", "d.tar.gz")
print(q, q.suffixes, q.stem, q.with_suffix(".zip"), q.with_name("x.txt"), q.with_stem("y"))
print(PurePath("a") / "b" / "c", "x" / PurePath("y"), PurePath("a", "/abs", "c"), PurePath(), PurePath("a//b/./c/"))
print(PurePath("//host/share"), PurePath("///x").parts, PurePath(".hidden").suffix, PurePath("a.").suffix)
print(PurePath("/a/b/c").relative_to("/a"), PurePath("a/b").is_relative_to("a"), PurePath("a/b").is_relative_to("c"))
try:
    PurePath("/a/b").relative_to("/c")
except ValueError as e:
    print(e)
print(PurePath("/a/b").relative_to("/a/c", walk_up=True))
print(PurePath("a/b.py").match("*.py"), PurePath("/a/b/c.py").match("b/*.py"), PurePath("/a/b/c.py").match("/*.py"), PurePath("a/b.py").match("a/*.txt"))
print(PurePath("a") == PurePath("a/"), PurePath("a") < PurePath("b"), sorted([PurePath("b"), PurePath("a/c"), PurePath("a")]))
print(hash(PurePath("x")) == hash(PurePath("x")), {PurePath("x"): 1}[PurePath("x")], PurePath("/x").is_absolute(), PurePath("x").is_absolute())
for bad in [lambda: PurePath("a").with_suffix("txt"), lambda: PurePath("/").with_name("x"), lambda: PurePath(3), lambda: PurePath("a") / 3]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
base = Path("pathlib_paths.tmp")
base.mkdir(exist_ok=True)
(base / "sub" / "deep").mkdir(parents=True, exist_ok=True)
print((base / "notes.txt").write_text("hello\nworld\n"), (base / "notes.txt").read_text())
(base / "data.bin").write_bytes(b"\x00\x01")
print((base / "data.bin").read_bytes(), (base / "data.bin").stat().st_size)
(base / "sub" / "a.py").touch()
(base / "sub" / "deep" / "b.py").write_text("x = 1\n")
print(sorted(p.name for p in base.iterdir()))
print(sorted(str(p) for p in base.glob("*.txt")), sorted(str(p) for p in base.rglob("*.py")))
print(sorted(str(p) for p in base.glob("**/*.py")), sorted(str(p) for p in base.glob("*/")))
print(base.exists(), base.is_dir(), (base / "notes.txt").is_file(), (base / "nope").exists())
print(type(base).__name__, isinstance(base, PurePath), base.absolute() == Path.cwd() / "pathlib_paths.tmp")
print(Path("pathlib_paths.tmp/sub/../notes.txt").resolve() == (Path.cwd() / "pathlib_paths.tmp" / "notes.txt"))
try:
    base.mkdir()
except FileExistsError as e:
    print(type(e).__name__, e.filename, e.strerror)
try:
    (base / "missing.txt").read_text()
except FileNotFoundError as e:
    print(type(e).__name__, e.filename, e.strerror)
new = (base / "notes.txt").rename(base / "renamed.txt")
print(new, new.exists())
with (base / "renamed.txt").open() as f:
    print(f.readline().strip())
for d, dirs, files in sorted(os.walk(base, topdown=False), reverse=True):
    pass
for dirpath, dirnames, filenames in sorted(base.walk()):
    print(dirpath, sorted(dirnames), sorted(filenames))
for d, dirs, files in os.walk(base, topdown=False):
    for f in files:
        (Path(d) / f).unlink()
    Path(d).rmdir()
print(base.exists())
