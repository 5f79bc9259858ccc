# os.scandir: DirEntry objects (name, path, is_dir/is_file/is_symlink, stat, os.fspath),
# the iterator as a context manager.
import os
base = "os_scandir.tmp"
os.makedirs(os.path.join(base, "sub"), exist_ok=True)
with open(os.path.join(base, "file.txt"), "w") as f:
    f.write("12345")
entries = sorted(os.scandir(base), key=lambda e: e.name)
for e in entries:
    print(e, e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False))
print(entries[0].stat().st_size, os.fspath(entries[0]), isinstance(entries[0], os.DirEntry))
with os.scandir(base) as it:
    print(sorted(e.name for e in it if e.is_file()))
os.chdir(base)
print(sorted(e.path for e in os.scandir()))
os.chdir("..")
os.remove(os.path.join(base, "file.txt"))
os.rmdir(os.path.join(base, "sub"))
os.rmdir(base)
