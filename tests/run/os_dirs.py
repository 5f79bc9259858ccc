# Directories: makedirs, listdir, walk (top-down with pruning, bottom-up), rename, remove,
# rmdir, exists/isdir/isfile/getsize, getcwd/chdir, the environment.
import os

base = "os_dirs.tmp"
os.makedirs(os.path.join(base, "src", "pkg"), exist_ok=True)
os.makedirs(os.path.join(base, "src", "pkg"), exist_ok=True)
os.mkdir(os.path.join(base, "docs"))
os.mkdir(os.path.join(base, "build"))
files = {
    "README": "read me\n",
    "src/main.py": "print('hi')\n",
    "src/pkg/__init__.py": "",
    "src/pkg/util.py": "x = 1\ny = 2\n",
    "docs/guide.txt": "guide\n" * 10,
    "build/out.o": "binary",
}
for name, text in files.items():
    with open(os.path.join(base, name), "w") as f:
        f.write(text)

print(sorted(os.listdir(base)))
print(os.path.isdir(base), os.path.isfile(base), os.path.exists(os.path.join(base, "README")))
print(os.path.getsize(os.path.join(base, "docs/guide.txt")))

for dirpath, dirnames, filenames in sorted(os.walk(base)):
    print(dirpath, sorted(dirnames), sorted(filenames))

# Pruning: walk does not descend into the directories removed from dirnames.
seen = []
for dirpath, dirnames, filenames in os.walk(base):
    dirnames[:] = sorted(d for d in dirnames if d != "build")
    seen.append(dirpath)
print(sorted(seen))

print([d for d, _, _ in os.walk(base, topdown=False)][-1] == base)
total = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(base) for f in fs)
print("total bytes", total)

os.rename(os.path.join(base, "README"), os.path.join(base, "README.md"))
print(sorted(os.listdir(base)))

here = os.getcwd()
os.chdir(base)
print(os.getcwd() == os.path.join(here, base), sorted(os.listdir()))
os.chdir(here)

print(os.getenv("KRAIT_SURELY_UNSET"), os.getenv("KRAIT_SURELY_UNSET", "fallback"))
print(os.environ.get("KRAIT_SURELY_UNSET", "none"), "HOME" in os.environ, os.getenv("HOME") == os.environ["HOME"])

for dirpath, dirnames, filenames in os.walk(base, topdown=False):
    for f in filenames:
        os.remove(os.path.join(dirpath, f))
    os.rmdir(dirpath)
print(os.path.exists(base))
