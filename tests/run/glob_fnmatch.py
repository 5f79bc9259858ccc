# glob (wildcards, recursive **, hidden files, root_dir, escape) and fnmatch.
import glob, os, fnmatch
os.makedirs("glob_fnmatch.tmp/a/b", exist_ok=True)
for p in ["glob_fnmatch.tmp/x.py", "glob_fnmatch.tmp/y.txt", "glob_fnmatch.tmp/.hidden.py", "glob_fnmatch.tmp/a/z.py", "glob_fnmatch.tmp/a/b/w.py", "glob_fnmatch.tmp/a/b/v.txt"]:
    open(p, "w").close()
print(sorted(glob.glob("glob_fnmatch.tmp/*.py")))
print(sorted(glob.glob("glob_fnmatch.tmp/*")))
print(sorted(glob.glob("glob_fnmatch.tmp/**/*.py", recursive=True)))
print(sorted(glob.glob("glob_fnmatch.tmp/**", recursive=True)))
print(sorted(glob.glob("glob_fnmatch.tmp/*/")))
print(sorted(glob.glob("glob_fnmatch.tmp/?.*")))
print(sorted(glob.glob("glob_fnmatch.tmp/[xy].*")), sorted(glob.glob("glob_fnmatch.tmp/[!x]*")))
print(sorted(glob.glob("*.py", root_dir="glob_fnmatch.tmp")), sorted(glob.glob("glob_fnmatch.tmp/.*")))
print(sorted(glob.glob("glob_fnmatch.tmp/*.py", include_hidden=True)))
print(glob.glob("glob_fnmatch.tmp/nothing*"), glob.glob("glob_fnmatch.tmp/x.py"), glob.glob("glob_fnmatch.tmp/missing.py"))
print(glob.escape("a*b?[c]"), glob.has_magic("a[b"), glob.has_magic("abc"))
print(fnmatch.fnmatch("Hello.PY", "*.PY"), fnmatch.fnmatch("a.py", "*.txt"), fnmatch.filter(["a1", "b2", "a3"], "a?"))
print(fnmatch.fnmatchcase("x[", "x["), fnmatch.fnmatch("b", "[a-c]"), fnmatch.fnmatch("d", "[a-c]"), fnmatch.fnmatch("-", "[a-]"), fnmatch.fnmatch("]", "[]]"))
for d, _, fs in os.walk("glob_fnmatch.tmp", topdown=False):
    for f in fs:
        os.remove(os.path.join(d, f))
    os.rmdir(d)
