# A realistic script: walks a directory tree it builds, reporting sizes by extension, the
# largest files, empty directories and files matching patterns, like a small `du`/`find`.
import fnmatch
import os
import shutil
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

root = Path(tempfile.mkdtemp(prefix="walker-", dir="."))
layout = {
    "src/app.py": 1200, "src/util.py": 300, "src/data/records.csv": 5000, "src/data/notes.txt": 42,
    "docs/index.md": 800, "docs/img/logo.png": 2048, "build/out.o": 9000, "build/tmp/.cache": 10,
    "README.md": 150,
}
for name, size in layout.items():
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
(root / "empty").mkdir()
(root / "docs" / "drafts").mkdir()

sizes = defaultdict(int)
counts = Counter()
largest = []
empty = []
for dirpath, dirnames, filenames in os.walk(root):
    dirnames.sort()
    if not dirnames and not filenames:
        empty.append(os.path.relpath(dirpath, root))
    for name in sorted(filenames):
        full = os.path.join(dirpath, name)
        size = os.path.getsize(full)
        ext = os.path.splitext(name)[1] or "(none)"
        sizes[ext] += size
        counts[ext] += 1
        largest.append((size, os.path.relpath(full, root)))

print(f"{'extension':<10} {'files':>5} {'bytes':>8}")
for ext in sorted(sizes, key=lambda e: (-sizes[e], e)):
    print(f"{ext:<10} {counts[ext]:>5} {sizes[ext]:>8}")
print("largest:", sorted(largest, reverse=True)[:3])
print("empty directories:", sorted(empty))
print("python files:", sorted(str(p.relative_to(root)) for p in root.rglob("*.py")))
print("hidden:", sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs if f.startswith(".")))
print("matching *.m?:", sorted(fnmatch.filter((p.name for p in root.rglob("*") if p.is_file()), "*.m?")))
total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
print("total:", total, "bytes in", sum(1 for p in root.rglob("*") if p.is_file()), "files")
shutil.rmtree(root)
print("cleaned up:", not root.exists())
